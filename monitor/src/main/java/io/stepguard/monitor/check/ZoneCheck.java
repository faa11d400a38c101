package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep.Conclusion;
import io.stepguard.model.ReasoningStep.Inference;
import io.stepguard.model.ReasoningStep.Observation;
import io.stepguard.model.Severity;
import io.stepguard.model.Vec3;
import io.stepguard.model.Zone;
import io.stepguard.monitor.geometry.PreparedScene;
import io.stepguard.monitor.geometry.PreparedScene.PreparedZone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Keep-out and human-only zones (2.5D: polygon plus z range) against the step's end-effector path
 * (buffered by gripper and held-object radii) and base path. Touching a zone's edge counts as
 * entering it. HALT when the step runs now and the end-effector is already inside; REPLAN with
 * "avoid zone Z" when the planned path enters. Cost: O(zones x path segments), envelope tests first
 * (prepared geometries). Stateless.
 */
public final class ZoneCheck implements StepCheck {
  @Override
  public String name() {
    return "keep_out_zone";
  }

  /** The first path segment that enters a zone, for explanations and drawings. */
  public record Entry(int segment, Vec3 from, Vec3 to) {}

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    double r = PersonZoneCheck.clearanceRadius(ctx);
    for (PreparedZone pz : ctx.prepared().zones()) {
      Zone z = pz.zone();
      if (!z.kind().equals("keep_out") && !z.kind().equals("human_only")) {
        continue;
      }
      if (ctx.isCurrent() && inside(pz, ctx.before().robot().eePose().position())) {
        String id =
            facts.add(
                "zone", "the end-effector is inside " + z.kind() + " zone " + z.id() + " now");
        out.add(
            new Finding(
                name(),
                HazardCategory.KEEP_OUT_ZONE,
                Severity.HIGH,
                Decision.HALT,
                0.9,
                0.95,
                List.of(
                    new Observation("the end-effector is inside zone " + z.id(), List.of(id)),
                    new Conclusion("the robot is where it must never be: halt", List.of(id))),
                "HALT: arm inside " + z.kind() + " zone " + z.id()));
        continue;
      }
      Optional<Entry> entry = firstEntry(pz, ctx.action().eePath(), r);
      Optional<Entry> baseEntry = firstEntry(pz, basePath(ctx), 0);
      if (entry.isEmpty() && baseEntry.isEmpty()) {
        continue;
      }
      boolean isBase = entry.isEmpty();
      Entry e = entry.orElseGet(baseEntry::orElseThrow);
      String id =
          facts.add(
              "zone",
              (isBase ? "the base path" : "the end-effector path")
                  + " enters "
                  + z.kind()
                  + " zone "
                  + z.id()
                  + " on segment "
                  + e.segment()
                  + " from "
                  + Fmt.xy(e.from().x(), e.from().y())
                  + " to "
                  + Fmt.xy(e.to().x(), e.to().y())
                  + " (zone z "
                  + Fmt.n(z.zMinM())
                  + " to "
                  + Fmt.n(z.zMaxM())
                  + " m)");
      out.add(
          new Finding(
              name(),
              HazardCategory.KEEP_OUT_ZONE,
              Severity.HIGH,
              new Decision.Replan(List.of("avoid zone " + z.id())),
              0.75,
              0.9,
              List.of(
                  new Observation(
                      "step " + ctx.stepIndex() + " enters zone " + z.id(), List.of(id)),
                  new Inference(
                      z.kind() + " zones are closed to the robot", "zone_rules", List.of(id)),
                  new Conclusion("replan the path around " + z.id(), List.of(id))),
              "REPLAN: path enters " + z.kind() + " zone " + z.id()));
    }
    return out;
  }

  static List<Vec3> basePath(StepContext ctx) {
    var m = ctx.step().motion();
    if (m.isEmpty() || m.get().baseWaypoints().isEmpty()) {
      return List.of();
    }
    var path = new ArrayList<Vec3>();
    Vec3 b = ctx.before().robot().basePose().position();
    path.add(new Vec3(b.x(), b.y(), 0));
    m.get().baseWaypoints().forEach(w -> path.add(new Vec3(w.x(), w.y(), 0)));
    return path;
  }

  static boolean inside(PreparedZone pz, Vec3 p) {
    return p.z() >= pz.zone().zMinM()
        && p.z() <= pz.zone().zMaxM()
        && pz.prepared().covers(PreparedScene.point(p.x(), p.y()));
  }

  /**
   * The first segment (or the single point) of {@code path}, buffered by {@code r}, that enters.
   */
  public static Optional<Entry> firstEntry(PreparedZone pz, List<Vec3> path, double r) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    if (path.size() == 1) {
      Vec3 p = path.getFirst();
      return overlapsZ(pz.zone(), p.z(), p.z(), r)
              && pz.polygon().isWithinDistance(PreparedScene.point(p.x(), p.y()), r)
          ? Optional.of(new Entry(0, p, p))
          : Optional.empty();
    }
    var zoneEnv = pz.polygon().getEnvelopeInternal();
    for (int i = 0; i + 1 < path.size(); i++) {
      Vec3 a = path.get(i);
      Vec3 b = path.get(i + 1);
      if (!overlapsZ(pz.zone(), Math.min(a.z(), b.z()), Math.max(a.z(), b.z()), r)) {
        continue;
      }
      var env = new Envelope(a.x(), b.x(), a.y(), b.y());
      env.expandBy(r);
      if (!env.intersects(zoneEnv)) {
        continue;
      }
      Geometry seg =
          PreparedScene.factory()
              .createLineString(
                  new Coordinate[] {new Coordinate(a.x(), a.y()), new Coordinate(b.x(), b.y())});
      // Within distance r of the polygon (boundary included) = the swept gripper touches it.
      boolean enters =
          r > 0 ? pz.polygon().isWithinDistance(seg, r) : pz.prepared().intersects(seg);
      if (enters) {
        return Optional.of(new Entry(i, a, b));
      }
    }
    return Optional.empty();
  }

  private static boolean overlapsZ(Zone z, double lo, double hi, double r) {
    return hi + r >= z.zMinM() && lo - r <= z.zMaxM();
  }
}
