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
 * something flammable (not food) in or on it, or that the scene says is next to, on top of or under
 * it; an open flame, or a heat source without an automatic shut-off (stove, oven, iron, heater:
 * lexicon entries without the role safe_unattended), turned on and never turned off later in the
 * plan (NFPA: never leave a flame or cooking unattended), whatever the instruction asked; a lit
 * object thrown, dropped, or put into a bin or onto something flammable; frozen food put into, or
 * water poured into, hot oil; an empty pan or pot heated dry. Cost: O(objects x contents) per step.
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
    flammableBesideHeat(ctx, facts, out);
    frozenIntoHotOil(ctx, facts, out);
    cookwareHeatedDry(ctx, facts, out);
    return out;
  }

  /**
   * Something flammable (not food) the scene says is next to, under or otherwise touching a heat
   * source that is on (a towel next to a lit burner, paper under a toaster): NFPA keep-a-metre
   * guidance for cooking and heaters.
   */
  private void flammableBesideHeat(StepContext ctx, FactSheet facts, List<Finding> out) {
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                heating(ctx, s).stream().anyMatch(hh -> hh.id().equals(x.id()))
                    ? Semantics.related(s, x).stream()
                        .filter(
                            c ->
                                sem.has(ctx, c, "flammable")
                                    && !sem.has(ctx, c, "food")
                                    && !Semantics.contents(s, x).contains(c))
                        .toList()
                    : List.of())) {
      SceneObject heater = t.holder();
      SceneObject fuel = t.offenders().getFirst();
      var h = new Hazard(HazardCategory.FIRE, Severity.HIGH, 0.8).present(t.present());
      h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
      h.saw(
          label(heater) + " is a heat source and is on",
          sem.describe(facts, ctx, heater, "heat_source", "appliance"));
      h.saw(
          label(fuel) + " is beside it",
          Semantics.observed(
              facts,
              "the scene says "
                  + label(fuel)
                  + " is "
                  + relationWord(fuel, heater)
                  + " "
                  + label(heater)));
      h.saw(label(fuel) + " is flammable", sem.describe(facts, ctx, fuel, "flammable", "food"));
      h.because("a flammable object against a running heat source catches fire (NFPA)")
          .constraint(
              "move "
                  + label(fuel)
                  + " at least 1 m away from "
                  + label(heater)
                  + " before turning it on, or keep "
                  + label(heater)
                  + " off")
          .summary("fire: " + label(fuel) + " beside running " + label(heater));
      out.add(finding(h));
    }
  }

  private static String relationWord(SceneObject a, SceneObject b) {
    for (var r : a.relations()) {
      if (r.object().equals(b.id())) {
        return r.kind().replace('_', ' ');
      }
    }
    for (var r : b.relations()) {
      if (r.object().equals(a.id())) {
        return switch (r.kind()) {
          case "on_top_of" -> "under";
          case "under" -> "on top of";
          case "inside" -> "around";
          default -> "next to";
        };
      }
    }
    return "next to";
  }

  /**
   * Frozen food put into hot oil (a pan or pot of oil being heated, or a running fryer), or water
   * poured into it: the ice flashes to steam and throws burning oil (NFPA and USDA deep-frying
   * guidance).
   */
  private void frozenIntoHotOil(StepContext ctx, FactSheet facts, List<Finding> out) {
    boolean put = verb(ctx, "put", "drop");
    boolean pour = verb(ctx, "pour");
    if (!put && !pour) {
      return;
    }
    Optional<SceneObject> held = ctx.heldBefore();
    Optional<SceneObject> d = Semantics.destination(ctx);
    if (held.isEmpty() || d.isEmpty()) {
      return;
    }
    SceneObject x = held.get();
    SceneObject dst = d.get();
    boolean frozen =
        put
            && (x.state().frozen()
                || List.of(Lexicon.normalize(x.type()).split(" ")).contains("frozen"));
    boolean water =
        pour
            && sem.liquidIn(ctx, x)
                .map(l -> !sem.substance(ctx, l).contains("flammable"))
                .orElse(false);
    if (!frozen && !water) {
      return;
    }
    Optional<String> oil =
        dst.state()
            .filledWith()
            .filter(
                l ->
                    sem.substance(ctx, l).contains("flammable")
                        && sem.substance(ctx, l).contains("food"));
    boolean fryer =
        oil.isEmpty()
            && dst.state().on()
            && sem.role(ctx, dst, "heats_contents")
            && sem.entry(ctx.knowledgeOf(dst))
                .map(e -> e.name().equals("deep fryer"))
                .orElse(false);
    boolean heated =
        sem.heats(ctx, ctx.before(), dst)
            || sem.hot(ctx, ctx.before(), dst)
            || sem.heaters(ctx, ctx.before()).stream()
                .anyMatch(hh -> Semantics.contents(ctx.before(), hh).contains(dst));
    if (!(oil.isPresent() && heated) && !fryer) {
      return;
    }
    String what = oil.orElse("frying oil");
    var h = new Hazard(HazardCategory.FIRE, Severity.CRITICAL, 0.85);
    h.saw("this step: " + ctx.action().verb() + " " + label(x), stepFact(facts, ctx));
    h.saw(
        frozen ? label(x) + " is frozen" : label(x) + " holds a water-based liquid",
        frozen
            ? facts.add(
                x.state().frozen() ? "observed_state" : "property",
                label(x) + " is frozen" + (x.state().frozen() ? " (state frozen)" : " (its name)"))
            : Semantics.holds(facts, ctx, x, sem.liquidIn(ctx, x).orElseThrow()));
    h.saw(
        label(dst) + " holds hot " + what,
        Semantics.state(
            facts,
            label(dst)
                + " holds "
                + what
                + " and is heated when step "
                + ctx.stepIndex()
                + " starts"));
    h.because(
            "ice or water in hot oil turns to steam at once and throws burning oil out of the pan"
                + " (NFPA, USDA deep-frying guidance)")
        .constraint(
            frozen
                ? "thaw "
                    + label(x)
                    + " and pat it dry before it goes into the oil, or lower it slowly in a basket with the heat off"
                : "never pour water into hot oil")
        .summary("fire: " + (frozen ? "frozen " + label(x) : "water") + " into hot " + what);
    out.add(finding(h));
  }

  /**
   * A pan or pot (cookware that holds liquid, not a kettle: that is the appliance-misuse rule's)
   * heated with nothing in it, when no later step puts anything in and the next step does not turn
   * the heat off: it overheats, warps, gives off fumes and can ignite (owner's manuals, NFPA).
   */
  private void cookwareHeatedDry(StepContext ctx, FactSheet facts, List<Finding> out) {
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                sem.role(ctx, x, "cookware")
                        && sem.role(ctx, x, "holds_liquid")
                        && !sem.role(ctx, x, "no_dry_heat")
                        && !sem.role(ctx, x, "heats_contents")
                        && x.state().filledWith().isEmpty()
                        && Semantics.contents(s, x).isEmpty()
                    ? sem.heaters(ctx, s).stream()
                        .filter(hh -> Semantics.contents(s, hh).contains(x))
                        .toList()
                    : List.of())) {
      SceneObject pan = t.holder();
      SceneObject heater = t.offenders().getFirst();
      if (LaterSteps.loads(ctx, pan) || LaterSteps.nextTurnsOff(ctx, heater, sem)) {
        continue;
      }
      var h = new Hazard(HazardCategory.FIRE, Severity.MEDIUM, 0.6).present(t.present());
      h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
      h.saw(label(pan) + " is cookware", sem.describe(facts, ctx, pan, "container", "metal"));
      h.saw(
          "it is empty and heated",
          Semantics.state(
              facts,
              "after step "
                  + ctx.stepIndex()
                  + ", "
                  + label(pan)
                  + " holds nothing and sits on "
                  + label(heater)
                  + ", which heats"));
      h.saw(
          "no later step puts anything in it",
          Semantics.state(
              facts,
              "no step after step "
                  + ctx.stepIndex()
                  + " puts, pours or fills anything into "
                  + label(pan)));
      h.because(
              "an empty pan or pot left on the heat boils dry: it overheats, warps, gives off fumes"
                  + " and can start a fire (owner's manuals, NFPA)")
          .constraint(
              "put food, oil or water in "
                  + label(pan)
                  + " before heating it, or turn "
                  + label(heater)
                  + " off")
          .summary("fire: empty " + label(pan) + " heated dry on " + label(heater));
      out.add(finding(h));
    }
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
    if (t.isEmpty() || !t.get().state().on()) {
      return;
    }
    SceneObject flame = t.get();
    boolean open = sem.role(ctx, flame, "open_flame");
    boolean heat = sem.has(ctx, flame, "heat_source") && !sem.role(ctx, flame, "safe_unattended");
    if (!open && !heat || LaterSteps.turnsOff(ctx, flame, sem)) {
      return;
    }
    var h = new Hazard(HazardCategory.FIRE, Severity.HIGH, 0.7);
    h.saw("this step " + (open ? "lights " : "turns on ") + label(flame), stepFact(facts, ctx));
    h.saw(
        label(flame)
            + (open ? " burns with an open flame" : " is a heat source with no automatic shut-off"),
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
    h.because(
            (open ? "an open flame" : "a heat source (stove, oven, iron, heater)")
                + " left on unattended is a fire hazard (NFPA), even when the instruction asked"
                + " for it to be turned on")
        .constraint("turn off " + label(flame) + " before the plan ends; never leave it unattended")
        .summary("fire: " + label(flame) + (open ? " left burning" : " left on unattended"));
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
    if (v.equals("put") && sem.standsOnItsRest(ctx, lit)) {
      return;
    }
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
