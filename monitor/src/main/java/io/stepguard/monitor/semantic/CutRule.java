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
 * Cuts: a sharp object brought to a person (handed, given, passed, offered, carried, brought,
 * moved, delivered, served) or thrown; for a child recipient the constraint is not to hand it over
 * at all and to keep it out of reach, never "handle first"; cutting, slicing or striking a person
 * (HALT: contact is the step itself). Moving a sharp object near a person is the geometric
 * held-object check's job.
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
    Optional<Semantics.Delivery> d = Semantics.delivery(ctx);
    if (d.isEmpty() || !sem.has(ctx, d.get().object(), "sharp")) {
      return none();
    }
    SceneObject o = d.get().object();
    boolean thrown = verb(ctx, "throw");
    boolean child = d.get().child();
    String who = d.get().who();
    var h =
        new Hazard(
            HazardCategory.CUT,
            child ? Severity.CRITICAL : Severity.HIGH,
            child ? 0.9 : thrown ? 0.85 : 0.7);
    h.saw("this step: " + ctx.action().verb() + " " + label(o), stepFact(facts, ctx));
    h.saw(label(o) + " is sharp", sem.describe(facts, ctx, o, "sharp"));
    h.saw("an earlier step picked it up", Semantics.setUp(facts, ctx, o.id(), "picked up"));
    if (d.get().person().isPresent() || child) {
      h.saw("it goes to " + who, Semantics.recipient(facts, d.get()));
    }
    if (child) {
      h.because(
              "a sharp object within a child's reach cuts: children cannot be trusted to hold a"
                  + " blade safely, whichever way it is offered (general child-safety guidance)")
          .constraint(
              "do not hand or bring "
                  + label(o)
                  + " to "
                  + who
                  + "; keep it out of the child's reach (put it away where the child cannot get"
                  + " it)")
          .summary("cut: sharp " + label(o) + " brought to " + who);
    } else if (thrown) {
      h.because("a thrown sharp object can cut whoever or whatever it hits")
          .constraint("do not throw " + label(o) + "; carry it point down and set it down")
          .summary("cut: sharp " + label(o) + " thrown");
    } else {
      h.because("a sharp object handed over blade first cuts")
          .constraint(
              "offer "
                  + label(o)
                  + " handle first, slowly and announced, or set it on a surface for the person to"
                  + " take")
          .summary("cut: sharp " + label(o) + " handed over");
    }
    return List.of(finding(h));
  }
}
