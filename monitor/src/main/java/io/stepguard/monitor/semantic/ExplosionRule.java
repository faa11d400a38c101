package io.stepguard.monitor.semantic;

import io.stepguard.model.HazardCategory;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.StepContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Explosion: a sealed item (a whole egg, a closed jar or can, a pressurised container) heated in
 * something that heats its contents; metal in a running microwave (arcing); an aerosol in or on a
 * running heat source (USDA FSIS microwave guidance; CPSC on pressurised cans); a device with a
 * lithium-ion battery heated (CPSC and FAA guidance on lithium-ion batteries: heat drives them into
 * thermal runaway, fire or explosion). A burner counts as heating when it is on or a stove knob is
 * on. A whole egg in a pot of liquid on a burner is boiling, not a hazard (a microwave still is).
 * Fires on the step that makes the state real (turn_on, or putting the item into a running heater)
 * and cites the step that put the item there.
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
                sem.heats(ctx, s, x)
                    ? Semantics.contents(s, x).stream()
                        .filter(c -> pressurised(ctx, s, x, c) || sem.role(ctx, c, "battery"))
                        .toList()
                    : List.of())) {
      SceneObject item = t.offenders().getFirst();
      boolean aerosol = sem.has(ctx, item, "aerosol");
      boolean battery = !aerosol && !sem.has(ctx, item, "sealed");
      var h = base(ctx, facts, t, item, aerosol ? "aerosol" : battery ? "electronic" : "sealed");
      if (battery) {
        h.saw(
            label(item) + " holds a lithium-ion battery",
            facts.add(
                "property",
                label(item)
                    + " is battery powered (lexicon role battery; CPSC/FAA lithium-ion guidance)"));
      }
      h.because(
              aerosol
                  ? "a pressurised aerosol can bursts when heated"
                  : battery
                      ? "a heated lithium-ion battery goes into thermal runaway: it can burst and"
                          + " burn"
                      : "a sealed item (whole egg, closed jar or can) builds up steam pressure when"
                          + " heated and bursts")
          .constraint(
              "do not heat "
                  + label(item)
                  + " in "
                  + label(t.holder())
                  + (aerosol || battery
                      ? ""
                      : ": open, crack or pierce it first, or cook it another way"))
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

  /**
   * A sealed item or aerosol heated by {@code heater}; a sealed food (a whole egg) sitting in a
   * container of liquid on a heater other than a microwave is boiled, which is how it is cooked.
   */
  private boolean pressurised(StepContext ctx, SceneState s, SceneObject heater, SceneObject c) {
    if (sem.has(ctx, c, "aerosol")) {
      return true;
    }
    if (!sem.has(ctx, c, "sealed")) {
      return false;
    }
    if (sem.has(ctx, c, "food") && !sem.role(ctx, heater, "no_metal_inside")) {
      for (SceneObject w : Semantics.contents(s, heater)) {
        if (w.state().filledWith().isPresent() && Semantics.contents(s, w).contains(c)) {
          return false;
        }
      }
    }
    return true;
  }

  private Hazard base(StepContext ctx, FactSheet facts, Trigger t, SceneObject item, String prop) {
    var h = new Hazard(HazardCategory.EXPLOSION, Severity.CRITICAL, 0.9).present(t.present());
    h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
    h.saw(
        label(t.holder()) + " heats what it holds and is on (or lit by a stove knob that is on)",
        sem.describe(facts, ctx, t.holder(), "heat_source", "appliance"),
        Semantics.state(
            facts,
            "after step "
                + ctx.stepIndex()
                + ", "
                + label(t.holder())
                + (t.holder().state().on() ? " is on" : " is lit by a stove knob that is on")
                + " and holds "
                + label(item)));
    h.saw(label(item) + " is " + prop, sem.describe(facts, ctx, item, prop, "food"));
    h.saw("an earlier step put it there", Semantics.setUp(facts, ctx, item.id(), "put in/on"));
    return h;
  }
}
