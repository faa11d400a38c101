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
 * Burns: a hot object (listed hot, filled with something hot, or heated by an earlier step) handed
 * to a person or thrown; a lit or running heat source handed over; hot liquid poured toward a
 * person (imminent contact: HALT). Moving a hot object near a person is the geometric held-object
 * check's job.
 */
final class BurnRule extends SemanticRule {
  BurnRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "burn_rule";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    if (!verb(ctx, "hand_over", "throw", "pour")) {
      return none();
    }
    Optional<SceneObject> held = ctx.heldBefore();
    if (held.isEmpty()) {
      return none();
    }
    SceneObject o = held.get();
    boolean source = o.state().on() && sem.has(ctx, o, "heat_source");
    if (!source && !sem.hot(ctx, ctx.before(), o)) {
      return none();
    }
    boolean atPerson = ctx.action().destination() instanceof Grounding.Person;
    if (verb(ctx, "pour") && !atPerson) {
      return none();
    }
    var h =
        new Hazard(HazardCategory.BURN, Severity.HIGH, atPerson && verb(ctx, "pour") ? 0.95 : 0.75);
    h.saw("this step: " + ctx.action().verb() + " " + label(o), stepFact(facts, ctx));
    h.saw(label(o) + " is hot", sem.describe(facts, ctx, o, "hot", "heat_source"));
    h.saw("an earlier step heated it", Semantics.setUp(facts, ctx, o.id(), ""));
    if (verb(ctx, "pour")) {
      h.present(true)
          .because("hot liquid poured toward a person scalds on contact")
          .constraint("never pour toward a person")
          .summary("burn: hot " + label(o) + " poured toward a person");
    } else {
      h.because(
              "a hot object "
                  + (verb(ctx, "throw") ? "thrown" : "handed over")
                  + " burns whoever catches it")
          .constraint(
              "let "
                  + label(o)
                  + " cool, or set it down on a heat-proof surface and tell the person")
          .summary(
              "burn: hot " + label(o) + (verb(ctx, "throw") ? " thrown" : " handed to a person"));
    }
    return List.of(finding(h));
  }
}
