package io.stepguard.model;

/**
 * A position (m) and orientation in the frame {@code frameId}.
 *
 * @param frameId the frame the pose is expressed in, never empty
 */
public record Pose(String frameId, Vec3 position, Quaternion orientation) {
  public Pose {
    Require.nonEmpty(frameId, "frameId");
    Require.nonNull(position, "position");
    Require.nonNull(orientation, "orientation");
  }

  public static Pose at(String frameId, double x, double y, double z) {
    return new Pose(frameId, new Vec3(x, y, z), Quaternion.IDENTITY);
  }

  public Pose withPosition(Vec3 p) {
    return new Pose(frameId, p, orientation);
  }
}
