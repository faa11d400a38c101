package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep.Conclusion;
import io.stepguard.model.ReasoningStep.Inference;
import io.stepguard.model.ReasoningStep.Observation;
import io.stepguard.model.Severity;
import io.stepguard.model.Vec3;
import io.stepguard.model.Zone;
import io.stepguard.monitor.geometry.BodySweep;
import io.stepguard.monitor.geometry.PreparedScene;
import io.stepguard.monitor.geometry.PreparedScene.PreparedZone;
import io.stepguard.monitor.geometry.SweptPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Keep-out and human-only zones (2.5D: polygon plus z range) against everything the robot sweeps in
 * the step ({@link BodySweep}): the end-effector path (buffered by gripper and held-object radii),
 * every link's swept capsule, and the base footprint (radius {@code base_radius_m}) along the base
 * path. Touching a zone's edge counts as entering it. HALT when the step runs now and the
 * end-effector or a link is already inside; REPLAN with "avoid zone Z" when any part enters; the
 * fact names the part. Cost: O(zones x swept parts), envelope tests first (prepared geometries).
 * Stateless.
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
    BodySweep sweep = BodySeparation.sweep(ctx);
    // The end-effector first (its entry is what the planner controls most directly), then the
    // base footprint, then the links, each in path order.
    var ordered = new ArrayList<SweptPart>();
    for (SweptPart.Kind k :
        List.of(SweptPart.Kind.END_EFFECTOR, SweptPart.Kind.BASE, SweptPart.Kind.LINK)) {
      sweep.parts().stream().filter(p -> p.kind() == k).forEach(ordered::add);
    }
    for (PreparedZone pz : ctx.prepared().zones()) {
      Zone z = pz.zone();
      if (!z.kind().equals("keep_out") && !z.kind().equals("human_only")) {
        continue;
      }
      if (ctx.isCurrent()) {
        Optional<SweptPart> now =
            sweep.atStart().stream()
                .filter(p -> p.kind() != SweptPart.Kind.BASE)
                .filter(p -> enters(pz, p))
                .findFirst();
        if (now.isPresent()) {
          String part =
              now.get().kind() == SweptPart.Kind.END_EFFECTOR
                  ? "the end-effector"
                  : "link " + now.get().id();
          String id =
              facts.add("zone", part + " is inside " + z.kind() + " zone " + z.id() + " now");
          out.add(
              new Finding(
                  name(),
                  HazardCategory.KEEP_OUT_ZONE,
                  Severity.HIGH,
                  Decision.HALT,
                  0.9,
                  0.95,
                  List.of(
                      new Observation(part + " is inside zone " + z.id(), List.of(id)),
                      new Conclusion("the robot is where it must never be: halt", List.of(id))),
                  "HALT: arm inside " + z.kind() + " zone " + z.id()));
          continue;
        }
      }
      Optional<SweptPart> entry = ordered.stream().filter(p -> enters(pz, p)).findFirst();
      if (entry.isEmpty()) {
        continue;
      }
      SweptPart e = entry.get();
      String what =
          switch (e.kind()) {
            case END_EFFECTOR ->
                e.baseSegment()
                    ? "the end-effector (carried by the base)"
                    : "the end-effector path";
            case LINK -> "link " + e.id();
            case BASE -> "the base path";
          };
      String id =
          facts.add(
              "zone",
              what
                  + " enters "
                  + z.kind()
                  + " zone "
                  + z.id()
                  + " "
                  + BodySeparation.where(e)
                  + " from "
                  + Fmt.xy(e.a0().x(), e.a0().y())
                  + " to "
                  + Fmt.xy(e.a1().x(), e.a1().y())
                  + " (zone z "
                  + Fmt.n(z.zMinM())
                  + " to "
                  + Fmt.n(z.zMaxM())
                  + " m)"
                  + (e.kind() == SweptPart.Kind.BASE
                      ? ", base footprint radius " + Fmt.m(e.radiusM())
                      : ""));
      String avoid =
          e.kind() == SweptPart.Kind.BASE
              ? "avoid zone " + z.id() + " with the base"
              : "avoid zone " + z.id();
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
                      "step " + ctx.stepIndex() + ": " + what + " enters zone " + z.id(),
                      List.of(id)),
                  new Inference(
                      z.kind() + " zones are closed to the robot", "zone_rules", List.of(id)),
                  new Conclusion(
                      "replan the path around " + z.id() + " (" + avoid + ")", List.of(id))),
              "REPLAN: "
                  + (e.kind() == SweptPart.Kind.END_EFFECTOR ? "path" : what)
                  + " enters "
                  + z.kind()
                  + " zone "
                  + z.id()));
    }
    return out;
  }

  /**
   * Whether a swept part touches a zone: its z range (grown by its radius) overlaps the zone's and
   * its planar hull, grown by its radius, meets the polygon (boundary included).
   */
  static boolean enters(PreparedZone pz, SweptPart p) {
    double r = p.radiusM();
    if (!overlapsZ(pz.zone(), p.zMin(), p.zMax(), r)) {
      return false;
    }
    Geometry hull = p.hull();
    var env = new Envelope(hull.getEnvelopeInternal());
    env.expandBy(r);
    if (!env.intersects(pz.polygon().getEnvelopeInternal())) {
      return false;
    }
    return r > 0 ? pz.polygon().isWithinDistance(hull, r) : pz.prepared().intersects(hull);
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
