package io.stepguard.monitor.check;

import io.stepguard.model.Human;
import io.stepguard.model.Vec3;
import io.stepguard.monitor.geometry.BodySweep;
import io.stepguard.monitor.geometry.SeparationDistance;
import io.stepguard.monitor.geometry.SweptPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The robot's body over a step, measured against one person: the sweep of every moving part, the
 * part that comes nearest, and the person's S_p with the approach speed directed at that part.
 * Shared by the person-zone and held-object checks so that both use the same numbers and facts.
 * Cost: O(parts) per person.
 */
final class BodySeparation {
  private BodySeparation() {}

  /** The sweep of the step in {@code ctx}: base path, then end-effector path, with every link. */
  static BodySweep sweep(StepContext ctx) {
    List<Vec3> base = ZoneCheck.basePath(ctx);
    if (base.isEmpty()) {
      base = List.of(ctx.before().robot().basePose().position());
    }
    return BodySweep.of(
        ctx.observed().robot(), base, ctx.action().eePath(), PersonZoneCheck.clearanceRadius(ctx));
  }

  /**
   * One person against the body.
   *
   * @param nearest the part that comes nearest over the step
   * @param sp the person's S_p, with v_h directed at that part
   */
  record Measured(Human person, BodySweep.Nearest nearest, SeparationDistance sp) {}

  static Measured measure(StepContext ctx, BodySweep sweep, Human h) {
    var near = BodySweep.nearest(sweep.parts(), h.position().x(), h.position().y(), h.radiusM());
    var c = near.clearance();
    Vec3 dir = new Vec3(c.nearestX() - h.position().x(), c.nearestY() - h.position().y(), 0);
    var sp =
        SeparationDistance.of(
            h, Optional.of(dir), ctx.before().robot(), ctx.action().speedMps(), ctx.config());
    return new Measured(h, near, sp);
  }

  /** The nearest end-effector part (the gripper with what it holds) over the step. */
  static BodySweep.Nearest nearestEndEffector(BodySweep sweep, Human h) {
    var ee = new ArrayList<SweptPart>();
    for (SweptPart p : sweep.parts()) {
      if (p.kind() == SweptPart.Kind.END_EFFECTOR) {
        ee.add(p);
      }
    }
    return BodySweep.nearest(ee, h.position().x(), h.position().y(), h.radiusM());
  }

  /** "the path", "link forearm", "the base": what a part is, for facts and summaries. */
  static String partName(SweptPart p) {
    return switch (p.kind()) {
      case END_EFFECTOR -> p.baseSegment() ? "the end-effector (carried by the base)" : "the path";
      case LINK -> "link " + p.id();
      case BASE -> "the base";
    };
  }

  /** "on segment 0" or "on base segment 0". */
  static String where(SweptPart p) {
    return (p.baseSegment() ? "on base segment " : "on segment ") + p.segment();
  }

  /**
   * Adds (or finds) the fact "PART comes within d of P at (x, y) on segment i", or "PART crosses
   * the footprint of P at ..." when it overlaps; its value is the separation clamped at 0, m.
   */
  static String separationFact(FactSheet facts, Human h, BodySweep.Nearest n) {
    var c = n.clearance();
    double sep = n.separationM();
    String at = " at " + Fmt.xy(c.nearestX(), c.nearestY()) + " " + where(n.part());
    String what = partName(n.part());
    String statement =
        sep > 0
            ? what + " comes within " + Fmt.m(sep) + " of " + h.id() + at
            : what + " crosses the footprint of " + h.id() + at + " (separation 0.00 m)";
    return facts.add("distance", statement, Math.max(0, sep), "m");
  }

  /** Adds the approach-speed fact (the speed used and the clause) and returns its id. */
  static String speedFact(FactSheet facts, Human h, SeparationDistance sp) {
    return facts.add(
        "speed",
        "approach speed of "
            + h.id()
            + " in S_h: "
            + Fmt.mps(sp.personSpeedMps())
            + " ("
            + sp.speedBasis()
            + ")",
        sp.personSpeedMps(),
        "m/s");
  }
}
