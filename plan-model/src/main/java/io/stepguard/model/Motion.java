package io.stepguard.model;

import java.util.List;
import java.util.Optional;

/**
 * A planned motion for one step.
 *
 * @param frameId frame of the waypoints; must be the scene's frame
 * @param eeWaypoints end-effector waypoints, m, in order (the path starts at the predicted
 *     end-effector position)
 * @param baseWaypoints base waypoints, m (z ignored)
 * @param speedMps commanded Cartesian speed, m/s, if given
 */
public record Motion(
    String frameId, List<Vec3> eeWaypoints, List<Vec3> baseWaypoints, Optional<Double> speedMps) {
  public Motion {
    Require.nonEmpty(frameId, "frameId");
    eeWaypoints = Require.list(eeWaypoints, "eeWaypoints");
    baseWaypoints = Require.list(baseWaypoints, "baseWaypoints");
    Require.nonNull(speedMps, "speedMps");
    speedMps.ifPresent(v -> Require.positive(v, "speedMps"));
    if (eeWaypoints.isEmpty() && baseWaypoints.isEmpty()) {
      throw new IllegalArgumentException("a motion needs at least one waypoint");
    }
  }
}
