package io.stepguard.monitor.geometry;

import io.stepguard.model.Human;
import io.stepguard.model.RobotState;
import io.stepguard.model.Vec3;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.MonitorConfig.PersonSpeedPolicy;
import java.util.Optional;

/**
 * The protective separation distance of ISO/TS 15066 speed and separation monitoring:
 *
 * <pre>S_p = S_h + S_r + S_s + C + Z_d + Z_r</pre>
 *
 * with S_h = v_h (T_r + T_s) the distance the person covers while the robot reacts and stops, S_r =
 * v_r T_r the distance the robot covers while it reacts, S_s the robot's stopping distance, C the
 * intrusion distance, Z_d and Z_r the position uncertainties of person and robot.
 *
 * <p>The person's speed v_h follows {@link MonitorConfig#personSpeedPolicy()}: under {@code
 * DIRECTED} (ISO/TS 15066 5.5.4) it is the component of the measured velocity toward the nearest
 * moving part of the robot, never below 0 (a person walking away counts as standing still), plus
 * the tracking margin; the full measured speed plus the margin when that direction is not defined
 * (the person overlaps the robot); {@code personSpeedFloorMps} (ISO 13855: 1.6 m/s) when the
 * velocity is not measured, and at least that for a person marked child (a child's tracked velocity
 * does not predict a sudden dash). Under {@code FLOOR}: max(floor, measured speed) for everyone.
 *
 * @param personSpeedMps v_h, m/s
 * @param speedBasis how v_h was chosen, with the clause, for the reasoning chain
 * @param robotSpeedMps v_r, m/s
 * @param totalM S_p, m
 */
public record SeparationDistance(
    double personSpeedMps,
    String speedBasis,
    double robotSpeedMps,
    double personTravelM,
    double robotTravelM,
    double stoppingDistanceM,
    double intrusionM,
    double uncertaintyM,
    double totalM) {

  /**
   * Tolerance of every comparison of a distance with its limit, m: a separation within 1e-9 m of
   * the limit counts as at the limit (allowed), so floating-point rounding never decides.
   */
  public static final double TOLERANCE_M = 1e-9;

  /** True when {@code separationM} is below {@code limitM} by more than {@link #TOLERANCE_M}. */
  public static boolean below(double separationM, double limitM) {
    return separationM < limitM - TOLERANCE_M;
  }

  /**
   * S_p for {@code person} when the direction to the robot is not known: a measured speed counts in
   * full (as if it pointed at the robot). O(1).
   */
  public static SeparationDistance of(
      Human person, RobotState robot, double robotSpeedMps, MonitorConfig config) {
    return of(person, Optional.empty(), robot, robotSpeedMps, config);
  }

  /**
   * S_p for {@code person} and a robot moving at {@code robotSpeedMps}; {@code towardRobot} is the
   * planar direction from the person's centre to the nearest point of the robot's moving parts (any
   * length; empty or zero when undefined). O(1).
   */
  public static SeparationDistance of(
      Human person,
      Optional<Vec3> towardRobot,
      RobotState robot,
      double robotSpeedMps,
      MonitorConfig config) {
    double vh;
    String basis;
    double floor = config.personSpeedFloorMps();
    if (config.personSpeedPolicy() == PersonSpeedPolicy.FLOOR) {
      double measured = person.velocity().map(Vec3::normXy).orElse(0.0);
      vh = Math.max(floor, measured);
      basis =
          person.velocity().isPresent()
              ? "floor policy: the larger of the floor "
                  + n(floor)
                  + " m/s and the measured "
                  + n(measured)
                  + " m/s"
              : "velocity unmeasured: " + n(floor) + " m/s (ISO 13855)";
    } else if (person.velocity().isEmpty()) {
      vh = floor;
      basis = "velocity unmeasured: " + n(floor) + " m/s (ISO 13855)";
    } else {
      Vec3 v = person.velocity().get();
      double margin = config.trackingSpeedMarginMps();
      var dir = towardRobot.filter(d -> d.normXy() > 1e-12);
      if (dir.isEmpty()) {
        double s = v.normXy();
        vh = s + margin;
        basis =
            "measured "
                + n(s)
                + " m/s (direction to the robot undefined: counted in full) + "
                + n(margin)
                + " m/s tracking margin (ISO/TS 15066 5.5.4)";
      } else {
        Vec3 u = dir.get();
        double toward = Math.max(0, (v.x() * u.x() + v.y() * u.y()) / u.normXy());
        vh = toward + margin;
        basis =
            "measured "
                + n(toward)
                + " m/s toward the nearest moving part"
                + (toward == 0 && v.normXy() > 0 ? " (walking away or past)" : "")
                + " + "
                + n(margin)
                + " m/s tracking margin (ISO/TS 15066 5.5.4)";
      }
      if (person.isChild() && vh < floor) {
        // A child's tracked velocity does not predict a sudden dash: never below ISO 13855's.
        basis =
            "child: "
                + n(floor)
                + " m/s (ISO 13855), more than the directed "
                + n(vh)
                + " m/s ("
                + basis
                + ")";
        vh = floor;
      }
    }
    double sh = vh * (robot.reactionTimeS() + robot.stoppingTimeS());
    double sr = robotSpeedMps * robot.reactionTimeS();
    double ss = robot.stoppingDistanceM();
    double c = config.intrusionDistanceM();
    double z = config.personPositionUncertaintyM() + config.robotPositionUncertaintyM();
    return new SeparationDistance(vh, basis, robotSpeedMps, sh, sr, ss, c, z, sh + sr + ss + c + z);
  }

  private static String n(double v) {
    return String.format(java.util.Locale.ROOT, "%.2f", v);
  }
}
