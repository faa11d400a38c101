package io.stepguard.model;

/**
 * A point or vector in metres (or m/s for velocities), in the frame named by the enclosing
 * document. z is up.
 */
public record Vec3(double x, double y, double z) {
  public static final Vec3 ZERO = new Vec3(0, 0, 0);

  public Vec3 {
    if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
      throw new IllegalArgumentException(
          "Vec3 components must be finite: " + x + ", " + y + ", " + z);
    }
  }

  public Vec3 plus(Vec3 o) {
    return new Vec3(x + o.x, y + o.y, z + o.z);
  }

  public Vec3 minus(Vec3 o) {
    return new Vec3(x - o.x, y - o.y, z - o.z);
  }

  public Vec3 scale(double s) {
    return new Vec3(x * s, y * s, z * s);
  }

  public double norm() {
    return Math.sqrt(x * x + y * y + z * z);
  }

  /** Planar (x, y) norm, ignoring z. */
  public double normXy() {
    return Math.hypot(x, y);
  }

  public double distanceTo(Vec3 o) {
    return minus(o).norm();
  }

  public double distanceXyTo(Vec3 o) {
    return Math.hypot(x - o.x, y - o.y);
  }
}
