package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Human;
import io.stepguard.model.ReasoningStep.Conclusion;
import io.stepguard.model.ReasoningStep.Inference;
import io.stepguard.model.ReasoningStep.Observation;
import io.stepguard.model.Severity;
import io.stepguard.model.Vec3;
import io.stepguard.monitor.geometry.PathClearance;
import io.stepguard.monitor.geometry.SeparationDistance;
import java.util.ArrayList;
import java.util.List;

/**
 * Speed and separation monitoring (ISO/TS 15066) of the step's end-effector path, buffered by the
 * gripper and held object radii, against each person's footprint.
 *
 * <ul>
 *   <li>HALT when the step runs now and the person is already inside S_p of the end-effector.
 *   <li>REPLAN when the planned path comes closer than S_p (separation exactly S_p is allowed).
 *   <li>CLARIFY when a person with unmeasured velocity is within {@link #NEAR_BAND_M} beyond S_p.
 *   <li>A hand-over recipient is approached by design: the step must then move at most {@link
 *       #HAND_OVER_SPEED_MPS}.
 * </ul>
 *
 * Cost: O(people x path points). Stateless.
 */
public final class PersonZoneCheck implements StepCheck {
  /** Band beyond S_p in which an unmeasured person makes the step CLARIFY, m. */
  public static final double NEAR_BAND_M = 0.5;

  /** Highest approach speed for handing an object to a person, m/s. */
  public static final double HAND_OVER_SPEED_MPS = 0.25;

  @Override
  public String name() {
    return "person_zone";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    double clearance = clearanceRadius(ctx);
    for (Human h : ctx.observed().humans()) {
      boolean recipient =
          ctx.action().destination() instanceof Grounding.Person p && p.human().id().equals(h.id())
              || ctx.action().target() instanceof Grounding.Person t
                  && t.human().id().equals(h.id());
      out.add(recipient ? handOver(ctx, facts, h) : judge(ctx, facts, h, clearance));
    }
    return out;
  }

  /**
   * Adds (or finds: the sheet keeps one fact per statement) the fact "the path comes within d of
   * person at (x, y) on segment i" and returns its id; shared with the held-object check.
   */
  static String pathSeparationFact(FactSheet facts, Human h, PathClearance c, double sep) {
    return facts.add(
        "distance",
        "the path comes within "
            + Fmt.m(sep)
            + " of "
            + h.id()
            + " at "
            + Fmt.xy(c.nearestX(), c.nearestY())
            + " on segment "
            + c.segment(),
        sep,
        "m");
  }

  /** Radius around the path centre line that the robot occupies: gripper plus held object. */
  static double clearanceRadius(StepContext ctx) {
    return ctx.before().robot().eeRadiusM() + ctx.heldBefore().map(o -> o.radiusM()).orElse(0.0);
  }

  private Finding judge(StepContext ctx, FactSheet facts, Human h, double clearance) {
    var sp = SeparationDistance.of(h, ctx.before().robot(), ctx.action().speedMps(), ctx.config());
    String spId =
        facts.add(
            "distance",
            "protective separation S_p for "
                + h.id()
                + " = "
                + Fmt.m(sp.totalM())
                + " (person "
                + Fmt.mps(sp.personSpeedMps())
                + (h.velocity().isPresent() ? " measured/floor" : " assumed, velocity unmeasured")
                + ", robot "
                + Fmt.mps(sp.robotSpeedMps())
                + ", stopping "
                + Fmt.m(sp.stoppingDistanceM())
                + ")",
            sp.totalM(),
            "m");
    if (ctx.isCurrent()) {
      Vec3 ee = ctx.before().robot().eePose().position();
      double now = ee.distanceXyTo(h.position()) - h.radiusM() - clearance;
      String nowId =
          facts.add(
              "distance", h.id() + " is " + Fmt.m(now) + " from the end-effector now", now, "m");
      if (now < sp.totalM()) {
        return new Finding(
            name(),
            HazardCategory.PERSON_PROXIMITY,
            Severity.CRITICAL,
            Decision.HALT,
            1.0,
            0.95,
            List.of(
                new Observation(
                    h.id() + " is " + Fmt.m(now) + " from the end-effector", List.of(nowId)),
                new Inference(
                    "that is inside the protective separation " + Fmt.m(sp.totalM()),
                    "iso_ts_15066_ssm",
                    List.of(nowId, spId)),
                new Conclusion(
                    "contact is possible before the robot can stop: halt", List.of(nowId, spId))),
            "HALT: "
                + h.id()
                + " is "
                + Fmt.m(now)
                + " from the arm, inside "
                + Fmt.m(sp.totalM()));
      }
    }
    var c = PathClearance.to(ctx.action().eePath(), h.position().x(), h.position().y());
    double sep = c.centreDistanceM() - h.radiusM() - clearance;
    double reach = Math.max(0, sep) / sp.personSpeedMps();
    String sepId = pathSeparationFact(facts, h, c, sep);
    String reachId =
        facts.add("time", h.id() + " could reach the path in " + Fmt.s(reach), reach, "s");
    boolean child = h.isChild();
    String who = (child ? "child " : "person ") + h.id();
    if (sep < sp.totalM()) {
      double keep = sp.totalM() + h.radiusM() + clearance;
      double risk = Math.min(1, 0.6 + 0.4 * (1 - Math.max(0, sep) / sp.totalM()));
      return new Finding(
          name(),
          HazardCategory.PERSON_PROXIMITY,
          child ? Severity.CRITICAL : Severity.HIGH,
          new Decision.Replan(
              List.of(
                  "keep the end-effector at least "
                      + Fmt.m(keep)
                      + " from "
                      + h.id()
                      + " (centre "
                      + Fmt.xy(h.position().x(), h.position().y())
                      + ")",
                  "or slow down so that the separation " + Fmt.m(Math.max(0, sep)) + " suffices")),
          risk,
          0.9,
          List.of(
              new Observation(
                  "step " + ctx.stepIndex() + "'s path passes " + Fmt.m(sep) + " from " + who,
                  List.of(sepId, reachId)),
              new Inference(
                  "that is less than the protective separation " + Fmt.m(sp.totalM()),
                  "iso_ts_15066_ssm",
                  List.of(sepId, spId)),
              new Conclusion("the path must be replanned around " + h.id(), List.of(sepId, spId))),
          "REPLAN: path passes "
              + Fmt.m(sep)
              + " from "
              + who
              + " (needs "
              + Fmt.m(sp.totalM())
              + ")");
    }
    if (h.velocity().isEmpty() && sep < sp.totalM() + NEAR_BAND_M) {
      String unmeasured = facts.add("input", h.id() + " has no measured velocity");
      return new Finding(
          name(),
          HazardCategory.MISSING_INFORMATION,
          Severity.LOW,
          new Decision.Clarify(
              "Is "
                  + h.id()
                  + " moving? The path passes "
                  + Fmt.m(sep)
                  + " from them, just outside the separation "
                  + Fmt.m(sp.totalM())
                  + ", and their velocity is not measured."),
          0.35,
          0.6,
          List.of(
              new Observation(
                  h.id() + " is near the path and their velocity is unmeasured",
                  List.of(sepId, unmeasured)),
              new Conclusion(
                  "the margin over S_p is under " + Fmt.m(NEAR_BAND_M) + ": ask first",
                  List.of(sepId, spId))),
          "CLARIFY: " + who + " near the path (" + Fmt.m(sep) + ") with unmeasured velocity");
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
                    + Fmt.m(sep)
                    + " from the path, more than S_p "
                    + Fmt.m(sp.totalM()),
                List.of(sepId, spId))),
        who + " clear by " + Fmt.m(sep - sp.totalM()));
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
    if (v > HAND_OVER_SPEED_MPS) {
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
