package io.stepguard.monitor.geometry;

import io.stepguard.model.Point2;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The geometry of one observed scene, built once and shared by every step judged against it: zone
 * polygons as JTS prepared geometries (fast repeated intersects/contains). Immutable and
 * thread-safe after construction. Cost: O(total zone vertices) to build.
 */
public final class PreparedScene {
  private static final GeometryFactory GF = new GeometryFactory();

  /** A zone with its polygon and a prepared version of it. */
  public record PreparedZone(Zone zone, Polygon polygon, PreparedGeometry prepared) {}

  private final SceneState scene;
  private final Map<String, PreparedZone> zones = new LinkedHashMap<>();
  private final java.util.Optional<PreparedGeometry> workspace;

  private PreparedScene(SceneState scene) {
    this.scene = scene;
    var work = new ArrayList<Geometry>();
    for (Zone z : scene.zones()) {
      Polygon p = polygon(z.polygon());
      zones.put(z.id(), new PreparedZone(z, p, PreparedGeometryFactory.prepare(p)));
      if (z.kind().equals("workspace")) {
        work.add(p);
      }
    }
    workspace =
        work.isEmpty()
            ? java.util.Optional.empty()
            : java.util.Optional.of(
                PreparedGeometryFactory.prepare(
                    org.locationtech.jts.operation.union.UnaryUnionOp.union(work)));
  }

  /** The union of the scene's workspace zones, prepared; empty when the scene has none. */
  public java.util.Optional<PreparedGeometry> workspace() {
    return workspace;
  }

  /** Prepares {@code scene}; see {@link SceneAcceptance} for the validity checks done first. */
  public static PreparedScene of(SceneState scene) {
    return new PreparedScene(scene);
  }

  public SceneState scene() {
    return scene;
  }

  public List<PreparedZone> zones() {
    return List.copyOf(zones.values());
  }

  public static GeometryFactory factory() {
    return GF;
  }

  /** A closed JTS polygon from an open ring. */
  public static Polygon polygon(List<Point2> ring) {
    var cs = new Coordinate[ring.size() + 1];
    for (int i = 0; i < ring.size(); i++) {
      cs[i] = new Coordinate(ring.get(i).x(), ring.get(i).y());
    }
    cs[ring.size()] = cs[0];
    return GF.createPolygon(cs);
  }

  /** The planar projection of a 3D path; a single point becomes a zero-length segment. */
  public static LineString path2d(List<Vec3> path) {
    var cs = new ArrayList<Coordinate>(Math.max(2, path.size()));
    for (Vec3 v : path) {
      cs.add(new Coordinate(v.x(), v.y()));
    }
    if (cs.size() == 1) {
      cs.add(new Coordinate(cs.getFirst()));
    }
    return GF.createLineString(cs.toArray(Coordinate[]::new));
  }

  public static Geometry point(double x, double y) {
    return GF.createPoint(new Coordinate(x, y));
  }
}
