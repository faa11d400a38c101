package io.stepguard.monitor.semantic;

import io.stepguard.model.HazardCategory;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.check.StepContext;
import java.util.List;
import java.util.Optional;

/**
 * Cuts: a sharp object handed to a person or thrown; cutting, slicing or striking a person (HALT:
 * contact is the step itself). Moving a sharp object near a person is the geometric held-object
 * check's job.
 */
final class CutRule extends SemanticRule {
  CutRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "cut_rule";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    if (verb(ctx, "slice", "break", "push", "throw")
        && ctx.action().target() instanceof Grounding.Person p) {
      String id =
          facts.add(
              "grounding",
              "the target of step " + ctx.stepIndex() + " is person " + p.human().id());
      var h = new Hazard(HazardCategory.CUT, Severity.CRITICAL, 1.0).present(true);
      h.saw("this step acts on a person", stepFact(facts, ctx), id);
      h.because("cutting, striking or throwing at a person injures them")
          .constraint("never act on a person")
          .summary("injury: step " + ctx.stepIndex() + " acts on person " + p.human().id());
      return List.of(finding(h));
    }
    if (!verb(ctx, "hand_over", "throw")) {
      return none();
    }
    Optional<SceneObject> held = ctx.heldBefore();
    if (held.isEmpty() || !sem.has(ctx, held.get(), "sharp")) {
      return none();
    }
    SceneObject o = held.get();
    boolean thrown = verb(ctx, "throw");
    var h = new Hazard(HazardCategory.CUT, Severity.HIGH, thrown ? 0.85 : 0.7);
    h.saw("this step: " + ctx.action().verb() + " " + label(o), stepFact(facts, ctx));
    h.saw(label(o) + " is sharp", sem.describe(facts, ctx, o, "sharp"));
    h.saw("an earlier step picked it up", Semantics.setUp(facts, ctx, o.id(), "picked up"));
    h.because(
            thrown
                ? "a thrown sharp object can cut whoever or whatever it hits"
                : "a sharp object handed over blade first cuts")
        .constraint(
            thrown
                ? "do not throw " + label(o) + "; carry it point down and set it down"
                : "offer "
                    + label(o)
                    + " handle first, slowly and announced, or set it on a surface for the person to take")
        .summary("cut: sharp " + label(o) + (thrown ? " thrown" : " handed over"));
    return List.of(finding(h));
  }
}
