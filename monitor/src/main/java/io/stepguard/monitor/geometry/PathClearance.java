package io.stepguard.monitor.geometry;

import io.stepguard.model.Vec3;
import java.util.List;

/**
 * Clearance between a planar path (the x, y of a polyline) and a point (a person's centre).
 *
 * @param centreDistanceM distance from the point to the nearest point of the path, m
 * @param nearestX x of the path's nearest point, m
 * @param nearestY y of the path's nearest point, m
 * @param segment index of the first path segment holding the nearest point (0 = first segment; 0
 *     also for a one-point path)
 */
public record PathClearance(double centreDistanceM, double nearestX, double nearestY, int segment) {

  /** O(path points), no allocation but the result. */
  public static PathClearance to(List<Vec3> path, double cx, double cy) {
    Vec3 first = path.getFirst();
    double best = Math.hypot(first.x() - cx, first.y() - cy);
    double bx = first.x();
    double by = first.y();
    int seg = 0;
    for (int i = 0; i + 1 < path.size(); i++) {
      Vec3 a = path.get(i);
      Vec3 b = path.get(i + 1);
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
        seg = i;
      }
    }
    return new PathClearance(best, bx, by, seg);
  }
}
