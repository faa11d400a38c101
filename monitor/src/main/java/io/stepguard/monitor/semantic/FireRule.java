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
import java.util.Optional;

/**
 * Fire: a heat source that is on (a burner lit through a stove knob, a lamp that is on) with
 * something flammable (not food) in or on it; an open flame lit and never put out later in the plan
 * (NFPA: never leave a flame or cooking unattended); a lit object thrown, dropped, or put into a
 * bin or onto something flammable. Cost: O(objects x contents) per step.
 */
final class FireRule extends SemanticRule {
  FireRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "fire_rule";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    flammableOnHeat(ctx, facts, out);
    flameLeftOn(ctx, facts, out);
    litObjectReleased(ctx, facts, out);
    return out;
  }

  /**
   * Objects that heat what is in or on them in {@code s}: the heaters, and lamps that are on (a lit
   * bulb ignites cloth or paper laid on it: CPSC and NFPA lamp guidance).
   */
  List<SceneObject> heating(StepContext ctx, SceneState s) {
    var out = new ArrayList<>(sem.heaters(ctx, s));
    for (SceneObject o : s.objects()) {
      if (o.state().on() && sem.role(ctx, o, "hot_when_on") && !out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }

  private List<SceneObject> burning(StepContext ctx, SceneState s, SceneObject heater) {
    var out = new ArrayList<SceneObject>();
    for (SceneObject c : Semantics.contents(s, heater)) {
      if (sem.has(ctx, c, "flammable") && !sem.has(ctx, c, "food")) {
        out.add(c);
      }
    }
    return out;
  }

  private void flammableOnHeat(StepContext ctx, FactSheet facts, List<Finding> out) {
    List<SceneObject> before = heating(ctx, ctx.before());
    for (SceneObject heater : heating(ctx, ctx.after())) {
      List<SceneObject> now = burning(ctx, ctx.after(), heater);
      if (now.isEmpty()) {
        continue;
      }
      boolean already =
          before.stream()
              .anyMatch(
                  b -> b.id().equals(heater.id()) && !burning(ctx, ctx.before(), b).isEmpty());
      if (already && !ctx.isCurrent()) {
        continue;
      }
      SceneObject fuel = now.getFirst();
      var h =
          new Hazard(HazardCategory.FIRE, Severity.CRITICAL, 0.9)
              .present(already && ctx.isCurrent());
      h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
      h.saw(
          label(heater) + " is a heat source and is on",
          sem.describe(facts, ctx, heater, "heat_source", "appliance"),
          Semantics.state(
              facts,
              "after step "
                  + ctx.stepIndex()
                  + ", "
                  + label(heater)
                  + " is on and holds "
                  + label(fuel)));
      h.saw(label(fuel) + " is flammable", sem.describe(facts, ctx, fuel, "flammable", "food"));
      h.saw("an earlier step put it there", Semantics.setUp(facts, ctx, fuel.id(), "put in/on"));
      h.because("a flammable object on or in a running heat source can ignite")
          .constraint(
              "do not heat "
                  + label(fuel)
                  + ": remove it from "
                  + label(heater)
                  + " before turning it on, or keep "
                  + label(heater)
                  + " off")
          .summary("fire: " + label(fuel) + " on/in running " + label(heater));
      out.add(finding(h));
    }
  }

  private void flameLeftOn(StepContext ctx, FactSheet facts, List<Finding> out) {
    if (!ctx.action().verb().equals("turn_on")) {
      return;
    }
    Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.after());
    if (t.isEmpty() || !sem.role(ctx, t.get(), "open_flame") || !t.get().state().on()) {
      return;
    }
    SceneObject flame = t.get();
    if (LaterSteps.turnsOff(ctx, flame, sem)) {
      return;
    }
    var h = new Hazard(HazardCategory.FIRE, Severity.HIGH, 0.7);
    h.saw("this step lights " + label(flame), stepFact(facts, ctx));
    h.saw(
        label(flame) + " burns with an open flame",
        sem.describe(facts, ctx, flame, "heat_source", "flammable"));
    h.saw(
        "no later step puts it out",
        Semantics.state(
            facts,
            "no step after step "
                + ctx.stepIndex()
                + " turns off "
                + label(flame)
                + "; it is still on when the plan ends"));
    h.because("an open flame left burning unattended is a fire hazard (NFPA)")
        .constraint("turn off " + label(flame) + " before the plan ends; never leave it unattended")
        .summary("fire: " + label(flame) + " left burning");
    out.add(finding(h));
  }

  private void litObjectReleased(StepContext ctx, FactSheet facts, List<Finding> out) {
    String v = ctx.action().verb();
    if (!v.equals("throw") && !v.equals("drop") && !v.equals("put")) {
      return;
    }
    Optional<SceneObject> held = ctx.heldBefore();
    if (held.isEmpty()) {
      return;
    }
    SceneObject lit = held.get();
    boolean burning =
        lit.state().on() && (sem.role(ctx, lit, "open_flame") || sem.has(ctx, lit, "heat_source"))
            || sem.has(ctx, lit, "lit");
    if (!burning) {
      return;
    }
    Optional<SceneObject> dest = Semantics.destination(ctx);
    if (v.equals("put")) {
      boolean bad =
          dest.map(
                  d ->
                      sem.role(ctx, d, "disposal")
                          || sem.has(ctx, d, "flammable")
                          || Semantics.contents(ctx.before(), d).stream()
                              .anyMatch(c -> sem.has(ctx, c, "flammable")))
              .orElse(false);
      if (!bad) {
        return;
      }
    }
    var h = new Hazard(HazardCategory.FIRE, Severity.CRITICAL, 0.9);
    h.saw("this step: " + v + " " + label(lit), stepFact(facts, ctx));
    h.saw(label(lit) + " is lit", sem.describe(facts, ctx, lit, "heat_source", "flammable", "lit"));
    h.saw("an earlier step lit it", Semantics.setUp(facts, ctx, lit.id(), "turned on"));
    dest.ifPresent(
        d -> h.saw(label(d) + " can catch fire", sem.describe(facts, ctx, d, "flammable")));
    h.because(
            v.equals("put")
                ? "a lit object put into a bin or onto something flammable can start a fire"
                : "a lit object thrown or dropped can land on something that burns")
        .constraint("put out " + label(lit) + " before releasing it; never " + v + " a lit object")
        .summary("fire: lit " + label(lit) + " " + (v.equals("put") ? "put" : v + "n"));
    out.add(finding(h));
  }
}
