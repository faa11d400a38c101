package io.stepguard.monitor;

/**
 * Tunable parameters of the judgement, in SI units. Defaults are documented on {@link #DEFAULTS}
 * and in docs/checks.md.
 *
 * @param personSpeedFloorMps speed assumed for a person whose velocity is unmeasured, and the least
 *     speed used for any person (ISO 13855 walking speed 1.6 m/s)
 * @param intrusionDistanceM C in ISO/TS 15066: reach of a body part into the sensing field
 * @param personPositionUncertaintyM Z_d: uncertainty of the person's measured position
 * @param robotPositionUncertaintyM Z_r: uncertainty of the robot's position
 * @param hazardousObjectMarginM extra clearance to an adult for a sharp, hot, heavy or liquid held
 *     object
 * @param childMarginM the same clearance for a person marked child
 * @param sceneTimeoutS a scene older than this (relative to now) is stale and never yields ALLOW
 * @param workspaceCheck whether steps must stay inside workspace zones when the scene has any
 */
public record MonitorConfig(
    double personSpeedFloorMps,
    double intrusionDistanceM,
    double personPositionUncertaintyM,
    double robotPositionUncertaintyM,
    double hazardousObjectMarginM,
    double childMarginM,
    double sceneTimeoutS,
    boolean workspaceCheck) {
  /**
   * personSpeedFloor 1.6 m/s; C 0.2 m (the arm-reach intrusion of ISO 13855 for sensing above 40 mm
   * resolution is larger; 0.2 m suits a torso-tracking camera); Z_d 0.1 m; Z_r 0.02 m; held
   * hazardous object margin 0.5 m (child 1.0 m); scene timeout 0.5 s.
   */
  public static final MonitorConfig DEFAULTS =
      new MonitorConfig(1.6, 0.2, 0.1, 0.02, 0.5, 1.0, 0.5, true);
}
