package io.stepguard.model;

/**
 * One moving part of the robot as a capsule: every point within {@code radiusM} of the segment from
 * {@code start} to {@code end}. Positions are in the scene's frame at the scene's stamp, as a
 * robot_state_publisher and TF would give them (a link's origin and its child joint).
 *
 * @param id the link's name ("upper_arm"), unique within the robot
 * @param start one end of the capsule's axis, scene frame, m
 * @param end the other end, scene frame, m (may equal {@code start}: a sphere)
 * @param radiusM radius of the capsule, m
 */
public record RobotLink(String id, Vec3 start, Vec3 end, double radiusM) {
  public RobotLink {
    Require.nonEmpty(id, "id");
    Require.nonNull(start, "start");
    Require.nonNull(end, "end");
    Require.nonNegative(radiusM, "radiusM");
  }
}
