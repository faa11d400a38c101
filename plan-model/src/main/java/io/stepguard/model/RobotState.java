package io.stepguard.model;

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
 */
public record RobotState(
    Pose basePose,
    Pose eePose,
    Optional<String> heldObject,
    double maxSpeedMps,
    double reactionTimeS,
    double stoppingTimeS,
    double stoppingDistanceM,
    double eeRadiusM) {
  public RobotState {
    Require.nonNull(basePose, "basePose");
    Require.nonNull(eePose, "eePose");
    Require.nonNull(heldObject, "heldObject");
    Require.nonNegative(maxSpeedMps, "maxSpeedMps");
    Require.nonNegative(reactionTimeS, "reactionTimeS");
    Require.nonNegative(stoppingTimeS, "stoppingTimeS");
    Require.nonNegative(stoppingDistanceM, "stoppingDistanceM");
    Require.nonNegative(eeRadiusM, "eeRadiusM");
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
        eeRadiusM);
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
        eeRadiusM);
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
        eeRadiusM);
  }
}
