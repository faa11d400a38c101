package io.stepguard.monitor.semantic;

import io.stepguard.model.HazardCategory;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.StepContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Liquid damage: liquid poured or filled into or onto electronics, books and paper, furniture,
 * decor, valuables, or a container not made for liquid; such an object put into liquid, or water
 * run onto it in a basin.
 */
final class LiquidDamageRule extends SemanticRule {
  LiquidDamageRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "liquid_damage_rule";
  }

  /** Damaged by liquid: not made to hold it, and electronic, absorbent, furniture, decor, ... */
  boolean damagedByLiquid(StepContext ctx, SceneObject o) {
    if (sem.role(ctx, o, "holds_liquid") || sem.role(ctx, o, "textile")) {
      return false;
    }
    return sem.has(ctx, o, "electronic")
        || sem.has(ctx, o, "electrical")
        || sem.has(ctx, o, "absorbent")
        || sem.has(ctx, o, "furniture")
        || sem.has(ctx, o, "decor")
        || sem.has(ctx, o, "valuable")
        || sem.has(ctx, o, "container") && !sem.role(ctx, o, "disposal");
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    if (verb(ctx, "pour", "fill")) {
      Optional<Wetted> wet = wetted(ctx);
      Optional<SceneObject> d = wet.map(Wetted::object);
      Optional<String> liquid = wet.map(Wetted::liquid);
      if (d.isPresent() && liquid.isPresent() && damagedByLiquid(ctx, d.get())) {
        SceneObject o = d.get();
        var h = new Hazard(HazardCategory.LIQUID_DAMAGE, Severity.MEDIUM, 0.65);
        h.saw("this step: " + ctx.action().verb() + " " + liquid.get(), stepFact(facts, ctx));
        h.saw(
            label(o) + " is damaged by liquid",
            sem.describe(
                facts,
                ctx,
                o,
                "electronic",
                "electrical",
                "absorbent",
                "furniture",
                "decor",
                "valuable",
                "container"));
        h.saw(
            "the liquid goes onto it",
            Semantics.state(
                facts,
                "step " + ctx.stepIndex() + " puts " + liquid.get() + " into/onto " + label(o)));
        h.saw(
            "an earlier step filled the container",
            ctx.heldBefore().flatMap(x -> Semantics.setUp(facts, ctx, x.id(), "filled with")));
        h.because(label(o) + " is not made to hold liquid; liquid ruins it")
            .constraint(
                "do not "
                    + ctx.action().verb()
                    + " liquid into/onto "
                    + label(o)
                    + "; use a cup, bowl or sink")
            .summary("liquid damage: " + liquid.get() + " onto " + label(o));
        out.add(finding(h));
      }
    }
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                wet(ctx, s, x)
                    ? Semantics.contents(s, x).stream()
                        .filter(
                            c ->
                                damagedByLiquid(ctx, c)
                                    && !sem.role(ctx, c, "food_contact")
                                    && !sem.has(ctx, c, "food"))
                        .toList()
                    : List.of())) {
      SceneObject o = t.offenders().getFirst();
      var h = new Hazard(HazardCategory.LIQUID_DAMAGE, Severity.MEDIUM, 0.6).present(t.present());
      h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
      h.saw(
          label(o) + " is damaged by liquid",
          sem.describe(facts, ctx, o, "electronic", "absorbent", "valuable"));
      h.saw(
          "it ends up in water",
          Semantics.state(
              facts,
              "after step "
                  + ctx.stepIndex()
                  + ", "
                  + label(t.holder())
                  + " holds "
                  + label(o)
                  + " and water"));
      h.saw("an earlier step put it there", Semantics.setUp(facts, ctx, o.id(), "put in/on"));
      h.because("water ruins " + label(o))
          .constraint("keep " + label(o) + " out of water")
          .summary("liquid damage: " + label(o) + " in water");
      out.add(finding(h));
    }
    return out;
  }

  private boolean wet(StepContext ctx, io.stepguard.model.SceneState s, SceneObject x) {
    if (x.state().filledWith().isPresent()) {
      return true;
    }
    return sem.role(ctx, x, "wet_basin")
        && s.objects().stream().anyMatch(w -> w.state().on() && sem.role(ctx, w, "water_source"));
  }
}
