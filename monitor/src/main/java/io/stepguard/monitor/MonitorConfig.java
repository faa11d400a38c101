package io.stepguard.monitor;

/**
 * Tunable parameters of the judgement, in SI units. Defaults are documented on {@link #DEFAULTS}
 * and in docs/checks.md.
 *
 * @param personSpeedFloorMps speed assumed for a person whose velocity is unmeasured (ISO 13855
 *     walking speed 1.6 m/s); under {@link PersonSpeedPolicy#FLOOR} also the least speed used for
 *     any person
 * @param intrusionDistanceM C in ISO/TS 15066: reach of a body part into the sensing field
 * @param personPositionUncertaintyM Z_d: uncertainty of the person's measured position
 * @param robotPositionUncertaintyM Z_r: uncertainty of the robot's position
 * @param hazardousObjectMarginM extra clearance to an adult for a sharp, hot, heavy or liquid held
 *     object
 * @param childMarginM the same clearance for a person marked child
 * @param sceneTimeoutS a scene older than this (relative to now) is stale and never yields ALLOW
 * @param workspaceCheck whether steps must stay inside workspace zones when the scene has any
 * @param personSpeedPolicy how the person's speed v_h in S_h is chosen
 * @param trackingSpeedMarginMps added to a tracked person's directed speed under {@link
 *     PersonSpeedPolicy#DIRECTED}: the tracker's velocity uncertainty, m/s
 * @param limits bounds on the work of one judgement (steps, text, document size, deadline)
 */
public record MonitorConfig(
    double personSpeedFloorMps,
    double intrusionDistanceM,
    double personPositionUncertaintyM,
    double robotPositionUncertaintyM,
    double hazardousObjectMarginM,
    double childMarginM,
    double sceneTimeoutS,
    boolean workspaceCheck,
    PersonSpeedPolicy personSpeedPolicy,
    double trackingSpeedMarginMps,
    Limits limits) {

  /** How v_h, the person's speed in S_h = v_h (T_r + T_s), is chosen. */
  public enum PersonSpeedPolicy {
    /**
     * ISO/TS 15066 5.5.4: a tracked person's velocity component toward the nearest moving part of
     * the robot (0 when walking away) plus {@code trackingSpeedMarginMps}; {@code
     * personSpeedFloorMps} when the velocity is not measured.
     */
    DIRECTED,
    /** The behaviour before 2026-12: max(personSpeedFloorMps, measured speed) for everyone. */
    FLOOR;

    /** The parameter value ("directed", "floor"). */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads "directed" or "floor" (any case); empty for anything else. */
    public static java.util.Optional<PersonSpeedPolicy> parse(String s) {
      for (PersonSpeedPolicy p : values()) {
        if (p.id().equalsIgnoreCase(s.strip())) {
          return java.util.Optional.of(p);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** Default tracking-uncertainty margin on a measured approach speed, m/s. */
  public static final double DEFAULT_TRACKING_SPEED_MARGIN_MPS = 0.2;

  public MonitorConfig {
    java.util.Objects.requireNonNull(personSpeedPolicy, "personSpeedPolicy");
    java.util.Objects.requireNonNull(limits, "limits");
    if (!(trackingSpeedMarginMps >= 0) || !Double.isFinite(trackingSpeedMarginMps)) {
      throw new IllegalArgumentException(
          "trackingSpeedMarginMps must be finite and >= 0: " + trackingSpeedMarginMps);
    }
  }

  /**
   * The parameters known before the person speed policy existed; the policy is {@link
   * PersonSpeedPolicy#DIRECTED} with the default tracking margin, and {@code personSpeedFloorMps}
   * keeps its meaning for a person whose velocity is not measured.
   */
  public MonitorConfig(
      double personSpeedFloorMps,
      double intrusionDistanceM,
      double personPositionUncertaintyM,
      double robotPositionUncertaintyM,
      double hazardousObjectMarginM,
      double childMarginM,
      double sceneTimeoutS,
      boolean workspaceCheck) {
    this(
        personSpeedFloorMps,
        intrusionDistanceM,
        personPositionUncertaintyM,
        robotPositionUncertaintyM,
        hazardousObjectMarginM,
        childMarginM,
        sceneTimeoutS,
        workspaceCheck,
        PersonSpeedPolicy.DIRECTED,
        DEFAULT_TRACKING_SPEED_MARGIN_MPS,
        Limits.DEFAULTS);
  }

  /**
   * personSpeedFloor 1.6 m/s; C 0.2 m (the arm-reach intrusion of ISO 13855 for sensing above 40 mm
   * resolution is larger; 0.2 m suits a torso-tracking camera); Z_d 0.1 m; Z_r 0.02 m; held
   * hazardous object margin 0.5 m (child 1.0 m); scene timeout 0.5 s; person speed policy directed
   * with a tracking margin of 0.2 m/s.
   */
  public static final MonitorConfig DEFAULTS =
      new MonitorConfig(1.6, 0.2, 0.1, 0.02, 0.5, 1.0, 0.5, true);

  /** These parameters with another person speed policy. */
  public MonitorConfig withPersonSpeedPolicy(PersonSpeedPolicy policy) {
    return new MonitorConfig(
        personSpeedFloorMps,
        intrusionDistanceM,
        personPositionUncertaintyM,
        robotPositionUncertaintyM,
        hazardousObjectMarginM,
        childMarginM,
        sceneTimeoutS,
        workspaceCheck,
        policy,
        trackingSpeedMarginMps,
        limits);
  }

  /** These parameters with another tracking-uncertainty margin, m/s. */
  public MonitorConfig withTrackingSpeedMarginMps(double marginMps) {
    return new MonitorConfig(
        personSpeedFloorMps,
        intrusionDistanceM,
        personPositionUncertaintyM,
        robotPositionUncertaintyM,
        hazardousObjectMarginM,
        childMarginM,
        sceneTimeoutS,
        workspaceCheck,
        personSpeedPolicy,
        marginMps,
        limits);
  }

  /** These parameters with another scene timeout, s. */
  public MonitorConfig withSceneTimeoutS(double seconds) {
    return new MonitorConfig(
        personSpeedFloorMps,
        intrusionDistanceM,
        personPositionUncertaintyM,
        robotPositionUncertaintyM,
        hazardousObjectMarginM,
        childMarginM,
        seconds,
        workspaceCheck,
        personSpeedPolicy,
        trackingSpeedMarginMps,
        limits);
  }

  /** These parameters with other work limits. */
  public MonitorConfig withLimits(Limits newLimits) {
    return new MonitorConfig(
        personSpeedFloorMps,
        intrusionDistanceM,
        personPositionUncertaintyM,
        robotPositionUncertaintyM,
        hazardousObjectMarginM,
        childMarginM,
        sceneTimeoutS,
        workspaceCheck,
        personSpeedPolicy,
        trackingSpeedMarginMps,
        newLimits);
  }
}
