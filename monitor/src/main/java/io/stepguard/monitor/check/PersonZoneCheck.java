package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Human;
import io.stepguard.model.ReasoningStep.Conclusion;
import io.stepguard.model.ReasoningStep.Inference;
import io.stepguard.model.ReasoningStep.Observation;
import io.stepguard.model.Severity;
import io.stepguard.monitor.geometry.BodySweep;
import io.stepguard.monitor.geometry.SeparationDistance;
import io.stepguard.monitor.geometry.SweptPart;
import java.util.ArrayList;
import java.util.List;

/**
 * Speed and separation monitoring (ISO/TS 15066) of the robot's whole body over the step ({@link
 * BodySweep}: the end-effector path buffered by the gripper and held object radii, every link's
 * swept capsule, and the base footprint along the base path) against each person's footprint. The
 * person's speed in S_h is directed at the nearest moving part ({@link SeparationDistance}).
 *
 * <ul>
 *   <li>HALT when the step runs now and the person is already inside S_p of a part of the body (the
 *       base counts when it drives in this step).
 *   <li>REPLAN when any part comes closer than S_p (a separation within {@link
 *       SeparationDistance#TOLERANCE_M} of S_p is allowed), with a constraint that names the part.
 *   <li>CLARIFY when a person with unmeasured velocity is within {@link #NEAR_BAND_M} beyond S_p.
 *   <li>A hand-over recipient is approached by design: the step must then move at most {@link
 *       #HAND_OVER_SPEED_MPS}.
 * </ul>
 *
 * Distances shown to operators are never negative: a part that crosses a footprint "passes through"
 * it. Cost: O(people x (path points + base waypoints) x links). Stateless.
 */
public final class PersonZoneCheck implements StepCheck {
  /** Band beyond S_p in which an unmeasured person makes the step CLARIFY, m. */
  public static final double NEAR_BAND_M = 0.5;

  /** Highest approach speed for handing an object to a person, m/s. */
  public static final double HAND_OVER_SPEED_MPS = 0.25;

  /** A speed within this of its limit counts as at the limit (allowed), m/s. */
  public static final double SPEED_TOLERANCE_MPS = 1e-9;

  @Override
  public String name() {
    return "person_zone";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    BodySweep sweep = BodySeparation.sweep(ctx);
    for (Human h : ctx.observed().humans()) {
      boolean recipient =
          ctx.action().destination() instanceof Grounding.Person p && p.human().id().equals(h.id())
              || ctx.action().target() instanceof Grounding.Person t
                  && t.human().id().equals(h.id());
      out.add(recipient ? handOver(ctx, facts, h) : judge(ctx, facts, h, sweep));
    }
    return out;
  }

  /** Radius around the path centre line that the robot occupies: gripper plus held object. */
  static double clearanceRadius(StepContext ctx) {
    return ctx.before().robot().eeRadiusM() + ctx.heldBefore().map(o -> o.radiusM()).orElse(0.0);
  }

  private Finding judge(StepContext ctx, FactSheet facts, Human h, BodySweep sweep) {
    var measured = BodySeparation.measure(ctx, sweep, h);
    var sp = measured.sp();
    String speedId = BodySeparation.speedFact(facts, h, sp);
    String spId =
        facts.add(
            "distance",
            "protective separation S_p for "
                + h.id()
                + " = "
                + Fmt.m(sp.totalM())
                + " (person "
                + Fmt.mps(sp.personSpeedMps())
                + (h.velocity().isPresent() ? " from the tracker" : " assumed, velocity unmeasured")
                + ", robot "
                + Fmt.mps(sp.robotSpeedMps())
                + ", stopping "
                + Fmt.m(sp.stoppingDistanceM())
                + ")",
            sp.totalM(),
            "m");
    boolean child = h.isChild();
    String who = (child ? "child " : "person ") + h.id();
    if (ctx.isCurrent()) {
      var nowPart =
          BodySweep.nearest(sweep.atStart(), h.position().x(), h.position().y(), h.radiusM());
      double now = nowPart.separationM();
      String part = nowName(nowPart.part());
      String nowId =
          facts.add(
              "distance",
              now > 0
                  ? h.id() + " is " + Fmt.m(now) + " from " + part + " now"
                  : h.id() + " overlaps " + part + " now (separation 0.00 m)",
              Math.max(0, now),
              "m");
      if (SeparationDistance.below(now, sp.totalM())) {
        String[] txt = Fmt.shortOf(now, sp.totalM());
        return new Finding(
            name(),
            HazardCategory.PERSON_PROXIMITY,
            Severity.CRITICAL,
            Decision.HALT,
            1.0,
            0.95,
            List.of(
                new Observation(h.id() + " is " + txt[0] + " from " + part, List.of(nowId)),
                new Observation(
                    h.id() + " is taken to approach at " + Fmt.mps(sp.personSpeedMps()),
                    List.of(speedId)),
                new Inference(
                    "that is inside the protective separation " + txt[1],
                    "iso_ts_15066_ssm",
                    List.of(nowId, spId, speedId)),
                new Conclusion(
                    "contact is possible before the robot can stop: halt", List.of(nowId, spId))),
            "HALT: " + h.id() + " is " + txt[0] + " from " + part + ", inside " + txt[1]);
      }
    }
    var near = measured.nearest();
    double sep = near.separationM();
    double reach = Math.max(0, sep) / Math.max(sp.personSpeedMps(), 1e-9);
    String sepId = BodySeparation.separationFact(facts, h, near);
    String reachId =
        facts.add("time", h.id() + " could reach the path in " + Fmt.s(reach), reach, "s");
    String part = BodySeparation.partName(near.part());
    if (SeparationDistance.below(sep, sp.totalM())) {
      double keep = sp.totalM() + h.radiusM() + near.part().radiusM();
      double risk = Math.min(1, 0.6 + 0.4 * (1 - Math.max(0, sep) / sp.totalM()));
      String[] txt = Fmt.shortOf(sep, sp.totalM());
      String passes = sep > 0 ? "passes " + txt[0] + " from" : "passes through";
      var constraints = new ArrayList<String>();
      constraints.add(
          "keep "
              + keepWhat(near.part())
              + " at least "
              + Fmt.m(keep)
              + " from "
              + h.id()
              + " (centre "
              + Fmt.xy(h.position().x(), h.position().y())
              + ")");
      if (sep > 0) {
        constraints.add("or slow down so that the separation " + Fmt.m(sep) + " suffices");
      }
      return new Finding(
          name(),
          HazardCategory.PERSON_PROXIMITY,
          child ? Severity.CRITICAL : Severity.HIGH,
          new Decision.Replan(constraints),
          risk,
          0.9,
          List.of(
              new Observation(
                  "step " + ctx.stepIndex() + ": " + part + " " + passes + " " + who,
                  List.of(sepId, reachId)),
              new Observation(
                  h.id() + " is taken to approach at " + Fmt.mps(sp.personSpeedMps()),
                  List.of(speedId)),
              new Inference(
                  "that is less than the protective separation " + txt[1],
                  "iso_ts_15066_ssm",
                  List.of(sepId, spId, speedId)),
              new Conclusion("the path must be replanned around " + h.id(), List.of(sepId, spId))),
          "REPLAN: " + part + " " + passes + " " + who + " (needs " + txt[1] + ")");
    }
    if (h.velocity().isEmpty() && SeparationDistance.below(sep, sp.totalM() + NEAR_BAND_M)) {
      String unmeasured = facts.add("input", h.id() + " has no measured velocity");
      return new Finding(
          name(),
          HazardCategory.MISSING_INFORMATION,
          Severity.LOW,
          new Decision.Clarify(
              "Is "
                  + h.id()
                  + " moving? The robot passes "
                  + Fmt.dist(sep)
                  + " from them, just outside the separation "
                  + Fmt.m(sp.totalM())
                  + ", and their velocity is not measured."),
          0.35,
          0.6,
          List.of(
              new Observation(
                  h.id() + " is near the path and their velocity is unmeasured",
                  List.of(sepId, unmeasured, speedId)),
              new Conclusion(
                  "the margin over S_p is under " + Fmt.m(NEAR_BAND_M) + ": ask first",
                  List.of(sepId, spId))),
          "CLARIFY: " + who + " near the path (" + Fmt.dist(sep) + ") with unmeasured velocity");
    }
    return new Finding(
        name(),
        HazardCategory.NONE,
        Severity.NONE,
        Decision.ALLOW,
        clearRisk(sep, sp.totalM()),
        0.9,
        List.of(
            new Observation(
                who
                    + " stays "
                    + Fmt.dist(sep)
                    + " from every moving part, at least S_p "
                    + Fmt.m(sp.totalM()),
                List.of(sepId, spId, speedId))),
        who + " clear by " + Fmt.dist(sep - sp.totalM()));
  }

  /** What the planner must keep away, for a constraint. */
  private static String keepWhat(SweptPart p) {
    return switch (p.kind()) {
      case END_EFFECTOR -> "the end-effector";
      case LINK -> "link " + p.id() + " (the arm)";
      case BASE -> "the base path";
    };
  }

  /** The part nearest now, for the HALT text. */
  private static String nowName(SweptPart p) {
    return switch (p.kind()) {
      case END_EFFECTOR -> "the end-effector";
      case LINK -> "link " + p.id();
      case BASE -> "the base";
    };
  }

  private Finding handOver(StepContext ctx, FactSheet facts, Human h) {
    double v = ctx.action().speedMps();
    String speedId =
        facts.add("speed", "the hand-over to " + h.id() + " moves at " + Fmt.mps(v), v, "m/s");
    String limitId =
        facts.add(
            "speed",
            "hand-over approach speed limit " + Fmt.mps(HAND_OVER_SPEED_MPS),
            HAND_OVER_SPEED_MPS,
            "m/s");
    if (v > HAND_OVER_SPEED_MPS + SPEED_TOLERANCE_MPS) {
      return new Finding(
          name(),
          HazardCategory.PERSON_PROXIMITY,
          Severity.MEDIUM,
          new Decision.Replan(
              List.of(
                  "approach "
                      + h.id()
                      + " at no more than "
                      + Fmt.mps(HAND_OVER_SPEED_MPS)
                      + " for the hand-over")),
          0.55,
          0.85,
          List.of(
              new Observation(
                  "the step hands an object to " + h.id() + " at " + Fmt.mps(v), List.of(speedId)),
              new Inference(
                  "faster than the hand-over limit",
                  "collaborative_hand_over",
                  List.of(speedId, limitId)),
              new Conclusion("replan the hand-over slower", List.of(speedId, limitId))),
          "REPLAN: hand-over to "
              + h.id()
              + " at "
              + Fmt.mps(v)
              + " (limit "
              + Fmt.mps(HAND_OVER_SPEED_MPS)
              + ")");
    }
    return new Finding(
        name(),
        HazardCategory.NONE,
        Severity.NONE,
        Decision.ALLOW,
        0.2,
        0.8,
        List.of(
            new Observation(
                "hand-over to " + h.id() + " at " + Fmt.mps(v) + ", within the limit",
                List.of(speedId, limitId))),
        "hand-over to " + h.id() + " at a collaborative speed");
  }

  /** Risk of a clear path: small, rising as the margin over S_p shrinks. */
  static double clearRisk(double sep, double sp) {
    double margin = Math.max(0, sep - sp);
    return Math.max(0.01, 0.3 * Math.exp(-margin));
  }
}
