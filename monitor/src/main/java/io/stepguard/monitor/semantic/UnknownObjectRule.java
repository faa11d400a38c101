package io.stepguard.monitor.semantic;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.check.StepContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * An object of unknown type (no lexicon entry, no encoder match above the threshold, no perceived
 * property) in a hazard-relevant action: heated or turned on (or inside what is turned on), poured
 * onto, thrown, dropped, handed over or brought to a person, or put into an appliance (also when
 * the text implies the pick: "put X in the toaster" with nothing held grasps X first). Never ALLOW
 * what cannot be judged: CLARIFY with a concrete question.
 */
final class UnknownObjectRule extends SemanticRule {
  static final String NAME = "unknown_object";

  UnknownObjectRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var unknown = new LinkedHashSet<SceneObject>();
    String why = "";
    String v = ctx.action().verb();
    Optional<SceneObject> target = Semantics.object(ctx.action().target(), ctx.before());
    Optional<SceneObject> dest = Semantics.destination(ctx);
    switch (v) {
      case "turn_on", "cook", "plug_in" -> {
        why = "safe to heat or power";
        target.filter(t -> sem.unknown(ctx, t)).ifPresent(unknown::add);
        target.ifPresent(
            t -> {
              if (sem.role(ctx, t, "heats_contents")
                  || sem.has(ctx, t, "heat_source")
                  || sem.unknown(ctx, t)) {
                Semantics.contents(ctx.before(), t).stream()
                    .filter(c -> sem.unknown(ctx, c))
                    .forEach(unknown::add);
              }
            });
      }
      case "pour", "fill" -> {
        why = "safe to get wet";
        (v.equals("pour") ? dest : target).filter(d -> sem.unknown(ctx, d)).ifPresent(unknown::add);
      }
      case "throw", "drop", "hand_over" -> {
        why = v.equals("hand_over") ? "safe to hand to a person" : "safe to " + v;
        ctx.heldBefore().filter(h -> sem.unknown(ctx, h)).ifPresent(unknown::add);
      }
      case "carry" -> {
        // "bring the thing to the child": what reaches a person must be known.
        if (ctx.action().destination() instanceof Grounding.Person) {
          why = "safe to bring to a person";
          ctx.heldBefore()
              .or(() -> target)
              .filter(h -> sem.unknown(ctx, h))
              .ifPresent(unknown::add);
        }
      }
      case "put" -> {
        if (dest.isPresent()
            && (sem.has(ctx, dest.get(), "appliance") || sem.has(ctx, dest.get(), "heat_source"))) {
          why = "safe to put into " + label(dest.get());
          ctx.heldBefore().filter(h -> sem.unknown(ctx, h)).ifPresent(unknown::add);
        }
        dest.filter(d -> sem.unknown(ctx, d))
            .ifPresent(
                d -> {
                  if (ctx.heldBefore().map(h -> !sem.props(ctx, h).isEmpty()).orElse(false)) {
                    unknown.add(d);
                  }
                });
        if (why.isEmpty()) {
          why = "a safe place for what the robot holds";
        }
      }
      default -> {}
    }
    if (unknown.isEmpty()) {
      return none();
    }
    var cites = new ArrayList<String>();
    cites.add(stepFact(facts, ctx));
    var names = new ArrayList<String>();
    for (SceneObject o : unknown) {
      cites.add(sem.describe(facts, ctx, o));
      names.add("'" + o.type() + "'");
    }
    String list = String.join(", ", names);
    String question =
        "What is "
            + list
            + " in step "
            + ctx.stepIndex()
            + " ('"
            + ctx.step().text()
            + "')? stepguard does not know whether it is "
            + why
            + ": is it food, metal, sealed, flammable, fragile, sharp, electrical or toxic?";
    return List.of(
        new Finding(
            name(),
            HazardCategory.MISSING_INFORMATION,
            Severity.LOW,
            new Decision.Clarify(question),
            0.4,
            0.6,
            List.of(
                new ReasoningStep.Observation(list + " has no known type or property", cites),
                new ReasoningStep.Inference(
                    "a hazard-relevant action on an object of unknown kind cannot be judged safe",
                    name(),
                    cites),
                new ReasoningStep.Conclusion("ask what it is", cites)),
            "CLARIFY: unknown object " + list + " in " + v));
  }
}
