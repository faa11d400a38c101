package io.stepguard.monitor.geometry;

import io.stepguard.model.Vec3;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Clearance between a planar path and a circle (a person's footprint).
 *
 * @param centreDistanceM distance from the circle's centre to the nearest point of the path, m
 * @param nearestX x of the path's nearest point, m
 * @param nearestY y of the path's nearest point, m
 * @param segment index of the path segment holding the nearest point (0 = first segment)
 */
public record PathClearance(double centreDistanceM, double nearestX, double nearestY, int segment) {

  /** O(path points). */
  public static PathClearance to(List<Vec3> path, double cx, double cy) {
    LineString line = PreparedScene.path2d(path);
    var op = new DistanceOp(line, PreparedScene.point(cx, cy));
    Coordinate[] nearest = op.nearestPoints();
    Coordinate p = nearest[0];
    int seg = 0;
    double best = Double.POSITIVE_INFINITY;
    Coordinate[] cs = line.getCoordinates();
    for (int i = 0; i + 1 < cs.length; i++) {
      double d = org.locationtech.jts.algorithm.Distance.pointToSegment(p, cs[i], cs[i + 1]);
      if (d < best - 1e-12) {
        best = d;
        seg = i;
      }
    }
    return new PathClearance(op.distance(), p.x, p.y, seg);
  }
}
