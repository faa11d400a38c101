package io.stepguard.model;

import java.util.List;
import java.util.Optional;

/**
 * The robot at the scene's stamp.
 *
 * @param basePose mobile base pose in the scene frame
 * @param eePose end-effector pose in the scene frame
 * @param heldObject id of the object in the gripper, if any
 * @param maxSpeedMps the highest Cartesian end-effector speed the robot will use, m/s
 * @param reactionTimeS time from a detection to the start of braking, s (ISO/TS 15066 T_r)
 * @param stoppingTimeS time to stop from max speed, s (T_s)
 * @param stoppingDistanceM distance travelled while stopping from max speed, m (S_s)
 * @param eeRadiusM radius of a sphere that bounds the gripper, m
 * @param links the robot's moving parts as capsules in the scene frame at the scene's stamp; empty
 *     when the scene gives none (the monitor then derives a documented default body from the base
 *     pose and the end-effector pose, see docs/checks.md). The links stay as observed when a
 *     prediction moves the end-effector or the base: the monitor moves them with those poses.
 * @param baseRadiusM radius of the mobile base's footprint circle, m ({@link
 *     #DEFAULT_BASE_RADIUS_M} when the scene does not say)
 */
public record RobotState(
    Pose basePose,
    Pose eePose,
    Optional<String> heldObject,
    double maxSpeedMps,
    double reactionTimeS,
    double stoppingTimeS,
    double stoppingDistanceM,
    double eeRadiusM,
    List<RobotLink> links,
    double baseRadiusM) {
  /** Footprint radius of the mobile base when the scene does not give one, m. */
  public static final double DEFAULT_BASE_RADIUS_M = 0.3;

  public RobotState {
    Require.nonNull(basePose, "basePose");
    Require.nonNull(eePose, "eePose");
    Require.nonNull(heldObject, "heldObject");
    Require.nonNegative(maxSpeedMps, "maxSpeedMps");
    Require.nonNegative(reactionTimeS, "reactionTimeS");
    Require.nonNegative(stoppingTimeS, "stoppingTimeS");
    Require.nonNegative(stoppingDistanceM, "stoppingDistanceM");
    Require.nonNegative(eeRadiusM, "eeRadiusM");
    links = Require.list(links, "links");
    Require.nonNegative(baseRadiusM, "baseRadiusM");
    var ids = new java.util.HashSet<String>();
    for (RobotLink l : links) {
      if (!ids.add(l.id())) {
        throw new IllegalArgumentException("link ids must be unique: " + l.id());
      }
    }
  }

  /**
   * A robot without links (the default body applies) and with the default base radius {@link
   * #DEFAULT_BASE_RADIUS_M}.
   */
  public RobotState(
      Pose basePose,
      Pose eePose,
      Optional<String> heldObject,
      double maxSpeedMps,
      double reactionTimeS,
      double stoppingTimeS,
      double stoppingDistanceM,
      double eeRadiusM) {
    this(
        basePose,
        eePose,
        heldObject,
        maxSpeedMps,
        reactionTimeS,
        stoppingTimeS,
        stoppingDistanceM,
        eeRadiusM,
        List.of(),
        DEFAULT_BASE_RADIUS_M);
  }

  /** This robot with {@code parts} as its links. */
  public RobotState withLinks(List<RobotLink> parts) {
    return new RobotState(
        basePose,
        eePose,
        heldObject,
        maxSpeedMps,
        reactionTimeS,
        stoppingTimeS,
        stoppingDistanceM,
        eeRadiusM,
        parts,
        baseRadiusM);
  }

  public RobotState withEePose(Pose p) {
    return new RobotState(
        basePose,
        p,
        heldObject,
        maxSpeedMps,
        reactionTimeS,
        stoppingTimeS,
        stoppingDistanceM,
        eeRadiusM,
        links,
        baseRadiusM);
  }

  public RobotState withBasePose(Pose p) {
    return new RobotState(
        p,
        eePose,
        heldObject,
        maxSpeedMps,
        reactionTimeS,
        stoppingTimeS,
        stoppingDistanceM,
        eeRadiusM,
        links,
        baseRadiusM);
  }

  public RobotState withHeldObject(Optional<String> held) {
    return new RobotState(
        basePose,
        eePose,
        held,
        maxSpeedMps,
        reactionTimeS,
        stoppingTimeS,
        stoppingDistanceM,
        eeRadiusM,
        links,
        baseRadiusM);
  }
}
