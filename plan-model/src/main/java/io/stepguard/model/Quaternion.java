package io.stepguard.model;

/** A unit rotation quaternion (x, y, z, w); the frame is that of the enclosing pose. */
public record Quaternion(double x, double y, double z, double w) {
  public Quaternion {
    double n = Math.sqrt(x * x + y * y + z * z + w * w);
    if (!(Math.abs(n - 1) <= 1e-3)) {
      throw new IllegalArgumentException("quaternion must have unit norm (+- 1e-3), was " + n);
    }
  }

  public static final Quaternion IDENTITY = new Quaternion(0, 0, 0, 1);

  /** Rotation of {@code yawRad} radians about z (counter-clockwise seen from above). */
  public static Quaternion ofYaw(double yawRad) {
    return new Quaternion(0, 0, Math.sin(yawRad / 2), Math.cos(yawRad / 2));
  }

  /** Yaw in radians in (-pi, pi], the rotation about z of this quaternion. */
  public double yaw() {
    return Math.atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z));
  }

  public double norm() {
    return Math.sqrt(x * x + y * y + z * z + w * w);
  }
}
