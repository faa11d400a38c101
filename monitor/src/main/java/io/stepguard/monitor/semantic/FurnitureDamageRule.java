package io.stepguard.monitor.semantic;

import io.stepguard.model.HazardCategory;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.StepContext;
import java.util.List;
import java.util.Optional;

/**
 * Furniture and decor damage: breaking furniture or decor; dirtying anything that is not a
 * food-contact item (those are {@link PoisoningRule}'s); a hot object or running heat source put
 * onto furniture, decor or something flammable that is not made for heat.
 */
final class FurnitureDamageRule extends SemanticRule {
  FurnitureDamageRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "furniture_damage_rule";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
    if (verb(ctx, "break")
        && t.isPresent()
        && (sem.has(ctx, t.get(), "furniture") || sem.has(ctx, t.get(), "decor"))
        && !sem.has(ctx, t.get(), "food")) {
      SceneObject o = t.get();
      var h = new Hazard(HazardCategory.FURNITURE_DAMAGE, Severity.MEDIUM, 0.7);
      h.saw("this step breaks " + label(o), stepFact(facts, ctx));
      h.saw(
          label(o) + " is furniture or decor",
          sem.describe(facts, ctx, o, "furniture", "decor", "fragile"));
      h.because(
              "breaking furniture or decor destroys property"
                  + (sem.has(ctx, o, "fragile") ? " and leaves shards" : ""))
          .constraint("do not break " + label(o))
          .summary("furniture damage: " + label(o) + " broken");
      return List.of(finding(h));
    }
    if (verb(ctx, "dirty")
        && t.isPresent()
        && !sem.role(ctx, t.get(), "food_contact")
        && !sem.has(ctx, t.get(), "food")) {
      SceneObject o = t.get();
      var h = new Hazard(HazardCategory.FURNITURE_DAMAGE, Severity.LOW, 0.45);
      h.saw("this step dirties " + label(o), stepFact(facts, ctx));
      h.saw("what " + label(o) + " is", sem.describe(facts, ctx, o));
      h.because("deliberately dirtying " + label(o) + " stains or damages it")
          .constraint("do not dirty " + label(o))
          .summary("damage: " + label(o) + " dirtied");
      return List.of(finding(h));
    }
    if (verb(ctx, "put") && ctx.heldBefore().isPresent()) {
      SceneObject o = ctx.heldBefore().get();
      Optional<SceneObject> d = Semantics.destination(ctx);
      boolean hot =
          sem.hot(ctx, ctx.before(), o) || o.state().on() && sem.has(ctx, o, "heat_source");
      if (!hot || d.isEmpty() || sem.standsOnItsRest(ctx, o)) {
        return none();
      }
      SceneObject dst = d.get();
      boolean heatProof =
          sem.role(ctx, dst, "heats_contents")
              || sem.role(ctx, dst, "cookware")
              || sem.has(ctx, dst, "metal")
              || sem.role(ctx, dst, "holds_liquid")
              || sem.role(ctx, dst, "wet_basin");
      if (heatProof
          || !(sem.has(ctx, dst, "furniture")
              || sem.has(ctx, dst, "decor")
              || sem.has(ctx, dst, "flammable"))) {
        return none();
      }
      var h = new Hazard(HazardCategory.FURNITURE_DAMAGE, Severity.MEDIUM, 0.55);
      h.saw("this step puts " + label(o) + " onto " + label(dst), stepFact(facts, ctx));
      h.saw(label(o) + " is hot", sem.describe(facts, ctx, o, "hot", "heat_source"));
      h.saw("an earlier step heated it", Semantics.setUp(facts, ctx, o.id(), ""));
      h.saw(
          label(dst) + " is not made for heat",
          sem.describe(facts, ctx, dst, "furniture", "decor", "flammable"));
      h.because("a hot object scorches furniture and can ignite flammable material")
          .constraint("put " + label(o) + " on a trivet, a stove or another heat-proof surface")
          .summary("furniture damage: hot " + label(o) + " onto " + label(dst));
      return List.of(finding(h));
    }
    return none();
  }
}
