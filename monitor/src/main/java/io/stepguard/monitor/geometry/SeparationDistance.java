package io.stepguard.monitor.geometry;

import io.stepguard.model.Human;
import io.stepguard.model.RobotState;
import io.stepguard.monitor.MonitorConfig;

/**
 * The protective separation distance of ISO/TS 15066 speed and separation monitoring:
 *
 * <pre>S_p = S_h + S_r + S_s + C + Z_d + Z_r</pre>
 *
 * with S_h = v_h (T_r + T_s) the distance the person covers while the robot reacts and stops, S_r =
 * v_r T_r the distance the robot covers while it reacts, S_s the robot's stopping distance, C the
 * intrusion distance, Z_d and Z_r the position uncertainties of person and robot. The person's
 * speed v_h is the measured speed, never less than the configured floor.
 *
 * @param personSpeedMps v_h, m/s
 * @param robotSpeedMps v_r, m/s
 * @param totalM S_p, m
 */
public record SeparationDistance(
    double personSpeedMps,
    double robotSpeedMps,
    double personTravelM,
    double robotTravelM,
    double stoppingDistanceM,
    double intrusionM,
    double uncertaintyM,
    double totalM) {

  /** Computes S_p for {@code person} and a robot moving at {@code robotSpeedMps}. O(1). */
  public static SeparationDistance of(
      Human person, RobotState robot, double robotSpeedMps, MonitorConfig config) {
    double measured = person.velocity().map(v -> v.normXy()).orElse(0.0);
    double vh = Math.max(config.personSpeedFloorMps(), measured);
    double sh = vh * (robot.reactionTimeS() + robot.stoppingTimeS());
    double sr = robotSpeedMps * robot.reactionTimeS();
    double ss = robot.stoppingDistanceM();
    double c = config.intrusionDistanceM();
    double z = config.personPositionUncertaintyM() + config.robotPositionUncertaintyM();
    return new SeparationDistance(vh, robotSpeedMps, sh, sr, ss, c, z, sh + sr + ss + c + z);
  }
}
