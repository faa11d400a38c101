package io.stepguard.monitor.semantic;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.StepCheck;
import io.stepguard.monitor.check.StepContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Puts every grounding the encoder made (or failed to make) for the step's objects into the chain,
 * even when no rule fires: "'cleaver' taken as knife: similarity 0.82; knife is sharp". Proposes
 * ALLOW (it never restricts; the rules and the unknown-object rule do). Lexicon hits are left to
 * the rules that use them, to keep ordinary verdicts short.
 */
final class GroundingCheck implements StepCheck {
  private final Semantics sem;

  GroundingCheck(Semantics sem) {
    this.sem = sem;
  }

  @Override
  public String name() {
    return "grounding";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var objects = new LinkedHashSet<SceneObject>();
    Semantics.object(ctx.action().target(), ctx.before()).ifPresent(objects::add);
    Semantics.object(ctx.action().destination(), ctx.before()).ifPresent(objects::add);
    ctx.heldBefore().ifPresent(objects::add);
    var cites = new ArrayList<String>();
    for (SceneObject o : objects) {
      TypeKnowledge k = ctx.knowledgeOf(o);
      if (k instanceof TypeKnowledge.Known) {
        continue;
      }
      if (k instanceof TypeKnowledge.Unknown && !o.properties().isEmpty()) {
        continue;
      }
      cites.add(sem.describe(facts, ctx, o));
    }
    if (cites.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            name(),
            HazardCategory.NONE,
            Severity.NONE,
            Decision.ALLOW,
            0.02,
            0.7,
            List.of(
                new ReasoningStep.Observation(
                    "names grounded by the encoder (or left unknown)", List.copyOf(cites))),
            "objects grounded by similarity"));
  }
}
