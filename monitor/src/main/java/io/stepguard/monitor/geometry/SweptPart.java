package io.stepguard.monitor.geometry;

import io.stepguard.model.Vec3;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The region one part of the robot sweeps during one segment of a step: a capsule whose axis moves
 * from {@code a0}-{@code b0} to {@code a1}-{@code b1}. Every intermediate axis of a linear
 * interpolation lies in the convex hull of the four end points, so the region is bounded by that
 * hull grown by {@code radiusM} (conservative: it contains every interpolated capsule). A part that
 * does not move has {@code a0 = a1}, {@code b0 = b1}.
 *
 * @param kind what moves: the end-effector (with what it holds), a link, or the base footprint
 * @param id the link id; "end-effector" or "base" for those kinds
 * @param baseSegment true when the segment is one of the base's drive segments
 * @param segment index of the segment within its phase (arm path or base path)
 * @param radiusM capsule radius, m
 */
public record SweptPart(
    Kind kind,
    String id,
    boolean baseSegment,
    int segment,
    Vec3 a0,
    Vec3 b0,
    Vec3 a1,
    Vec3 b1,
    double radiusM) {

  /** What a part is. */
  public enum Kind {
    END_EFFECTOR,
    LINK,
    BASE
  }

  /**
   * Planar clearance from a point to this part's axis region.
   *
   * @param centreDistanceM distance from the point to the region's axis hull (0 inside it), m
   * @param nearestX x of the hull's nearest point (the point itself when inside), m
   * @param nearestY y of that point, m
   */
  public record Clearance(double centreDistanceM, double nearestX, double nearestY) {}

  /** Lowest z of the part's axis over the segment, m. */
  public double zMin() {
    return Math.min(Math.min(a0.z(), b0.z()), Math.min(a1.z(), b1.z()));
  }

  /** Highest z of the part's axis over the segment, m. */
  public double zMax() {
    return Math.max(Math.max(a0.z(), b0.z()), Math.max(a1.z(), b1.z()));
  }

  /** O(1): six edge distances and four triangle tests. */
  public Clearance clearanceTo(double cx, double cy) {
    Vec3[] p = {a0, b0, b1, a1};
    if (inside(p[0], p[1], p[2], cx, cy)
        || inside(p[0], p[2], p[3], cx, cy)
        || inside(p[0], p[1], p[3], cx, cy)
        || inside(p[1], p[2], p[3], cx, cy)) {
      return new Clearance(0, cx, cy);
    }
    double best = Double.POSITIVE_INFINITY;
    double bx = 0;
    double by = 0;
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        Vec3 a = p[i];
        Vec3 b = p[j];
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((cx - a.x()) * dx + (cy - a.y()) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        double px = a.x() + t * dx;
        double py = a.y() + t * dy;
        double d = Math.hypot(px - cx, py - cy);
        if (d < best) {
          best = d;
          bx = px;
          by = py;
        }
      }
    }
    return new Clearance(best, bx, by);
  }

  /** The planar hull of the axis end points (a point, segment or polygon), unbuffered. */
  public Geometry hull() {
    var cs =
        new Coordinate[] {
          new Coordinate(a0.x(), a0.y()),
          new Coordinate(b0.x(), b0.y()),
          new Coordinate(b1.x(), b1.y()),
          new Coordinate(a1.x(), a1.y())
        };
    return new ConvexHull(cs, PreparedScene.factory()).getConvexHull();
  }

  /** Whether (cx, cy) lies in the closed triangle a b c (false for a degenerate triangle). */
  private static boolean inside(Vec3 a, Vec3 b, Vec3 c, double cx, double cy) {
    double d1 = cross(a, b, cx, cy);
    double d2 = cross(b, c, cx, cy);
    double d3 = cross(c, a, cx, cy);
    double area = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    if (Math.abs(area) < 1e-12) {
      return false; // degenerate: the edge distances cover it
    }
    boolean neg = d1 < 0 || d2 < 0 || d3 < 0;
    boolean pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(neg && pos);
  }

  private static double cross(Vec3 a, Vec3 b, double cx, double cy) {
    return (b.x() - a.x()) * (cy - a.y()) - (b.y() - a.y()) * (cx - a.x());
  }
}
