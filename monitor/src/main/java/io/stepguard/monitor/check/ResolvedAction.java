package io.stepguard.monitor.check;

import io.stepguard.model.Vec3;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step's action after parsing and grounding.
 *
 * @param verb the canonical verb ("pick", "turn_on"), or the raw word when {@code known} is false
 * @param known whether the verb is in the effect table
 * @param parsedFromText true when the planner gave only text and stepguard parsed it
 * @param eePath end-effector path in the scene frame, m: the motion's waypoints after the predicted
 *     start, or the segment from the predicted end-effector to the target; at least one point
 * @param speedMps the commanded speed, else the robot's max speed, m/s
 */
public record ResolvedAction(
    String verb,
    boolean known,
    boolean parsedFromText,
    Grounding target,
    Grounding destination,
    Map<String, String> arguments,
    List<Vec3> eePath,
    double speedMps,
    Optional<String> motionFrame) {
  public ResolvedAction {
    arguments = Map.copyOf(arguments);
    eePath = List.copyOf(eePath);
  }
}
