package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Human;
import io.stepguard.model.ReasoningStep.Conclusion;
import io.stepguard.model.ReasoningStep.Inference;
import io.stepguard.model.ReasoningStep.Observation;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.geometry.BodySweep;
import io.stepguard.monitor.geometry.SeparationDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sharp, hot, heavy or liquid-carrying held object must keep a larger clearance from people than
 * the bare gripper: S_p plus {@code hazardousObjectMarginM} for adults, plus {@code childMarginM}
 * for a person marked child. REPLAN with "keep the knife1 at least d m from p1" otherwise. A
 * hand-over recipient is left to the hazard rules (what is handed over). The object travels with
 * the end-effector, also while the base drives; S_p uses the approach speed directed at the nearest
 * moving part, as the person-zone check does. A separation within {@link
 * SeparationDistance#TOLERANCE_M} of the clearance is allowed. A held object of unknown kind (no
 * lexicon or encoder match, no perceived property) carried inside that clearance is a CLARIFY:
 * whether it needs the margin cannot be judged, so it is asked, never allowed. Cost: O(people x
 * path x links).
 */
public final class HeldObjectProximityCheck implements StepCheck {
  @Override
  public String name() {
    return "held_object_near_person";
  }

  /** The hazardous property of a held object and the category it brings. */
  public record Hazard(String property, HazardCategory category) {}

  /** Which hazard, if any, {@code o} with properties {@code props} brings when carried. */
  public static Optional<Hazard> hazard(SceneObject o, Set<String> props) {
    if (props.contains("sharp")) {
      return Optional.of(new Hazard("sharp", HazardCategory.CUT));
    }
    if (props.contains("hot")
        || props.contains("lit")
        || o.state().on() && props.contains("heat_source")) {
      return Optional.of(new Hazard("hot", HazardCategory.BURN));
    }
    if (props.contains("heavy")) {
      return Optional.of(new Hazard("heavy", HazardCategory.COLLISION));
    }
    if (o.state().filledWith().isPresent() || props.contains("liquid")) {
      return Optional.of(new Hazard("liquid", HazardCategory.BURN));
    }
    return Optional.empty();
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    Optional<SceneObject> held = ctx.heldBefore();
    if (held.isEmpty()) {
      return List.of();
    }
    SceneObject o = held.get();
    Optional<Hazard> hz = hazard(o, ctx.properties(o));
    boolean unknown = hz.isEmpty() && ctx.unknownKind(o);
    if (hz.isEmpty() && !unknown) {
      return List.of();
    }
    var out = new ArrayList<Finding>();
    BodySweep sweep = BodySeparation.sweep(ctx);
    for (Human h : ctx.observed().humans()) {
      if (ctx.action().destination() instanceof Grounding.Person p
          && p.human().id().equals(h.id())) {
        continue;
      }
      var sp = BodySeparation.measure(ctx, sweep, h).sp();
      double margin =
          h.isChild() ? ctx.config().childMarginM() : ctx.config().hazardousObjectMarginM();
      double need = sp.totalM() + margin;
      // The held object travels with the end-effector (also while the base carries it).
      var near = BodySeparation.nearestEndEffector(sweep, h);
      double sep = near.separationM();
      if (!SeparationDistance.below(sep, need)) {
        continue;
      }
      String who = (h.isChild() ? "child " : "person ") + h.id();
      if (unknown) {
        out.add(unknownKind(ctx, facts, o, h, who, near, sp, sep, need, margin));
        continue;
      }
      String heldId =
          facts.add(
              "property",
              "the robot holds "
                  + o.id()
                  + " ("
                  + o.type()
                  + "), which is "
                  + hz.get().property()
                  + o.state().filledWith().map(l -> " (filled with " + l + ")").orElse(""));
      String sepId = BodySeparation.separationFact(facts, h, near);
      String speedId = BodySeparation.speedFact(facts, h, sp);
      String[] txt = Fmt.shortOf(sep, need);
      String needId =
          facts.add(
              "distance",
              "clearance required for a "
                  + hz.get().property()
                  + " object near "
                  + who
                  + " = "
                  + Fmt.m(need)
                  + " (S_p "
                  + Fmt.m(sp.totalM())
                  + " + margin "
                  + Fmt.m(margin)
                  + ")",
              need,
              "m");
      double keep = need + h.radiusM() + near.part().radiusM();
      out.add(
          new Finding(
              name(),
              hz.get().category(),
              h.isChild() ? Severity.CRITICAL : Severity.HIGH,
              new Decision.Replan(
                  List.of(
                      "keep "
                          + o.id()
                          + " at least "
                          + Fmt.m(keep)
                          + " from "
                          + h.id()
                          + " (centre "
                          + Fmt.xy(h.position().x(), h.position().y())
                          + ")")),
              Math.min(1, 0.65 + 0.35 * (1 - Math.max(0, sep) / need)),
              0.9,
              List.of(
                  new Observation(
                      "step "
                          + ctx.stepIndex()
                          + " carries "
                          + hz.get().property()
                          + " "
                          + o.id()
                          + " within "
                          + txt[0]
                          + " of "
                          + who,
                      List.of(heldId, sepId)),
                  new Inference(
                      "less than the clearance "
                          + txt[1]
                          + " for "
                          + hz.get().property()
                          + " objects",
                      "held_object_margin",
                      List.of(sepId, needId, speedId)),
                  new Conclusion(
                      "route " + o.id() + " further from " + h.id(), List.of(sepId, needId))),
              "REPLAN: "
                  + hz.get().property()
                  + " "
                  + o.type()
                  + " carried "
                  + txt[0]
                  + " from "
                  + who
                  + " (needs "
                  + txt[1]
                  + ")"));
    }
    return out;
  }

  private Finding unknownKind(
      StepContext ctx,
      FactSheet facts,
      SceneObject o,
      Human h,
      String who,
      BodySweep.Nearest near,
      SeparationDistance sp,
      double sep,
      double need,
      double margin) {
    String heldId =
        facts.add(
            "property",
            "the robot holds "
                + o.id()
                + " ('"
                + o.type()
                + "'), whose kind is unknown: no lexicon entry, no encoder match, no perceived"
                + " property");
    String sepId = BodySeparation.separationFact(facts, h, near);
    String speedId = BodySeparation.speedFact(facts, h, sp);
    String[] txt = Fmt.shortOf(sep, need);
    String needId =
        facts.add(
            "distance",
            "clearance required if "
                + o.id()
                + " is sharp, hot, heavy or holds liquid, near "
                + who
                + " = "
                + Fmt.m(need)
                + " (S_p "
                + Fmt.m(sp.totalM())
                + " + margin "
                + Fmt.m(margin)
                + ")",
            need,
            "m");
    String question =
        "What is '"
            + o.type()
            + "' ("
            + o.id()
            + ") in step "
            + ctx.stepIndex()
            + "? It is carried "
            + txt[0]
            + " from "
            + who
            + "; if it is sharp, hot, heavy or holds liquid it must stay "
            + txt[1]
            + " away.";
    return new Finding(
        name(),
        HazardCategory.MISSING_INFORMATION,
        h.isChild() ? Severity.MEDIUM : Severity.LOW,
        new Decision.Clarify(question),
        Math.min(1, 0.45 + 0.3 * (1 - Math.max(0, sep) / need)),
        0.6,
        List.of(
            new Observation(
                "step "
                    + ctx.stepIndex()
                    + " carries "
                    + o.id()
                    + " within "
                    + txt[0]
                    + " of "
                    + who,
                List.of(heldId, sepId)),
            new Inference(
                "less than the clearance "
                    + txt[1]
                    + " a sharp, hot, heavy or liquid object needs, and its kind is unknown",
                "held_object_margin",
                List.of(sepId, needId, speedId)),
            new Conclusion("ask what " + o.id() + " is before carrying it there", List.of(heldId))),
        "CLARIFY: unknown object '" + o.type() + "' carried " + txt[0] + " from " + who);
  }
}
