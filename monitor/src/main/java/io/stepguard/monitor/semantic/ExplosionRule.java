package io.stepguard.monitor.semantic;

import io.stepguard.model.HazardCategory;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.StepContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Explosion: a sealed item (a whole egg, a closed jar or can, a pressurised container) heated in
 * something that heats its contents; metal in a running microwave (arcing); an aerosol in or on a
 * running heat source (USDA FSIS microwave guidance; CPSC on pressurised cans). Fires on the step
 * that makes the state real (turn_on, or putting the item into a running heater) and cites the step
 * that put the item there.
 */
final class ExplosionRule extends SemanticRule {
  ExplosionRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "explosion_rule";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                heats(ctx, x)
                    ? Semantics.contents(s, x).stream()
                        .filter(c -> sem.has(ctx, c, "sealed") || sem.has(ctx, c, "aerosol"))
                        .toList()
                    : List.of())) {
      SceneObject item = t.offenders().getFirst();
      boolean aerosol = sem.has(ctx, item, "aerosol");
      var h = base(ctx, facts, t, item, aerosol ? "aerosol" : "sealed");
      h.because(
              aerosol
                  ? "a pressurised aerosol can bursts when heated"
                  : "a sealed item (whole egg, closed jar or can) builds up steam pressure when"
                      + " heated and bursts")
          .constraint(
              "do not heat "
                  + label(item)
                  + " in "
                  + label(t.holder())
                  + (aerosol ? "" : ": open, crack or pierce it first, or cook it another way"))
          .summary("explosion: " + label(item) + " heated in " + label(t.holder()));
      out.add(finding(h));
    }
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                x.state().on() && sem.role(ctx, x, "no_metal_inside")
                    ? Semantics.contents(s, x).stream()
                        .filter(c -> sem.has(ctx, c, "metal"))
                        .toList()
                    : List.of())) {
      SceneObject item = t.offenders().getFirst();
      var h = base(ctx, facts, t, item, "metal");
      h.risk = 0.85;
      h.because("metal in a running microwave arcs and can ignite or burst")
          .constraint(
              "take " + label(item) + " out of " + label(t.holder()) + " before turning it on")
          .summary("explosion: metal " + label(item) + " in running " + label(t.holder()));
      out.add(finding(h));
    }
    return out;
  }

  private boolean heats(StepContext ctx, SceneObject x) {
    return x.state().on() && (sem.role(ctx, x, "heats_contents") || sem.has(ctx, x, "heat_source"));
  }

  private Hazard base(StepContext ctx, FactSheet facts, Trigger t, SceneObject item, String prop) {
    var h = new Hazard(HazardCategory.EXPLOSION, Severity.CRITICAL, 0.9).present(t.present());
    h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
    h.saw(
        label(t.holder()) + " heats what it holds and is on",
        sem.describe(facts, ctx, t.holder(), "heat_source", "appliance"),
        Semantics.state(
            facts,
            "after step "
                + ctx.stepIndex()
                + ", "
                + label(t.holder())
                + " is on and holds "
                + label(item)));
    h.saw(label(item) + " is " + prop, sem.describe(facts, ctx, item, prop, "food"));
    h.saw("an earlier step put it there", Semantics.setUp(facts, ctx, item.id(), "put in/on"));
    return h;
  }
}
