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
 * Appliance misuse: running an appliance that heats its contents with something in it that is
 * neither food, drink nor cookware (heating non-food); a toaster with anything but bread; running a
 * dishwasher or washing machine with the wrong contents; running a microwave or coffee machine
 * empty, or a microwave with its door open; heating a kettle with no water in it, on its own base
 * or on a burner (owner's manuals: a kettle boiled dry damages its element or base and can start a
 * fire); a blender or food processor (role blades_inside) run with a spoon, spatula or anything
 * that is not food in it; a running appliance that does not heat moved while on. Contents include
 * what the scene's relations put inside or on top. A burner lit through a stove knob counts as
 * running.
 */
final class ApplianceMisuseRule extends SemanticRule {
  ApplianceMisuseRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "appliance_misuse_rule";
  }

  private boolean wrong(StepContext ctx, SceneObject appliance, SceneObject c) {
    if (sem.unknown(ctx, c)) {
      return false; // the unknown-object rule asks about it
    }
    boolean food = sem.has(ctx, c, "food") || sem.has(ctx, c, "drink");
    boolean dish = sem.role(ctx, c, "food_contact") || sem.role(ctx, c, "cookware");
    boolean textile = sem.role(ctx, c, "textile");
    if (sem.role(ctx, appliance, "blades_inside")) {
      return !food && !sem.has(ctx, c, "liquid"); // a spoon or spatula left in a running blender
    }
    if (sem.role(ctx, appliance, "accepts_dishes")) {
      return !dish;
    }
    if (sem.role(ctx, appliance, "accepts_textiles")) {
      return !textile;
    }
    if (sem.role(ctx, appliance, "bread_only")) {
      return !sem.role(ctx, c, "toastable");
    }
    if (sem.role(ctx, appliance, "heats_contents")) {
      return !food && !dish;
    }
    return false;
  }

  /** A kettle (role no_dry_heat) heated with nothing in it. */
  private void dryHeated(StepContext ctx, FactSheet facts, List<Finding> out) {
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                sem.role(ctx, x, "no_dry_heat")
                        && x.state().filledWith().isEmpty()
                        && (x.state().on()
                            || sem.heaters(ctx, s).stream()
                                .anyMatch(hh -> Semantics.contents(s, hh).contains(x)))
                    ? List.of(x)
                    : List.of())) {
      SceneObject k = t.holder();
      var h =
          new Hazard(HazardCategory.APPLIANCE_MISUSE, Severity.MEDIUM, 0.55).present(t.present());
      h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
      h.saw(label(k) + " must not be heated dry", sem.describe(facts, ctx, k, "heat_source"));
      h.saw(
          "it holds no liquid and is heated",
          Semantics.state(
              facts,
              "after step "
                  + ctx.stepIndex()
                  + ", "
                  + label(k)
                  + " is heated and holds no liquid"));
      h.because(
              "a kettle heated empty boils dry: it damages the element or base and can start a fire"
                  + " (owner's manuals)")
          .constraint("fill " + label(k) + " with water before heating it, or do not heat it")
          .summary("appliance misuse: " + label(k) + " heated empty");
      out.add(finding(h));
    }
  }

  /**
   * A running appliance that does not heat (heat sources are the burn rule's) picked up, carried or
   * pushed while on, as the scene or an earlier step says: its moving parts and cord are live.
   */
  private Optional<Finding> movedWhileRunning(StepContext ctx, FactSheet facts) {
    if (!verb(ctx, "pick", "carry", "push")) {
      return Optional.empty();
    }
    Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
    if (t.isEmpty()
        || !t.get().state().on()
        || !sem.has(ctx, t.get(), "appliance")
        || sem.has(ctx, t.get(), "heat_source")
        || sem.role(ctx, t.get(), "heats_contents")) {
      return Optional.empty();
    }
    SceneObject a = t.get();
    var h = new Hazard(HazardCategory.APPLIANCE_MISUSE, Severity.MEDIUM, 0.55);
    h.saw("this step moves " + label(a), stepFact(facts, ctx));
    h.saw(label(a) + " is an appliance", sem.describe(facts, ctx, a, "appliance", "electrical"));
    h.saw(
        "it is running",
        Semantics.onInScene(ctx, a)
            ? Semantics.observed(facts, "the scene says " + label(a) + " is on")
            : Semantics.setUp(facts, ctx, a.id(), "turned on")
                .orElseGet(() -> Semantics.state(facts, label(a) + " is on")));
    h.because("a running appliance moved tips, spills and pulls on its live cord")
        .constraint("turn off and unplug " + label(a) + " before moving it")
        .summary("appliance misuse: running " + label(a) + " moved");
    return Optional.of(finding(h));
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                sem.has(ctx, x, "appliance") && (x.state().on() || sem.heats(ctx, s, x))
                    ? Semantics.contents(s, x).stream().filter(c -> wrong(ctx, x, c)).toList()
                    : List.of())) {
      SceneObject c = t.offenders().getFirst();
      boolean heats = sem.role(ctx, t.holder(), "heats_contents");
      boolean blades = sem.role(ctx, t.holder(), "blades_inside");
      var h =
          new Hazard(HazardCategory.APPLIANCE_MISUSE, Severity.MEDIUM, heats ? 0.65 : 0.5)
              .present(t.present());
      h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
      h.saw(
          label(t.holder()) + " is running",
          sem.describe(facts, ctx, t.holder(), "appliance", "heat_source"));
      h.saw(
          label(c) + (heats ? " is not food or cookware" : " is not what it is made for"),
          sem.describe(facts, ctx, c));
      h.saw("an earlier step put it there", Semantics.setUp(facts, ctx, c.id(), "put in/on"));
      h.because(
              blades
                  ? "a utensil left in a running blender or food processor is struck by the blades:"
                      + " it shatters the jar, throws fragments and ruins the blades (owner's"
                      + " manuals)"
                  : heats
                      ? "heating something that is not food damages it and the appliance"
                      : label(t.holder()) + " is run with contents it is not made for")
          .constraint("take " + label(c) + " out of " + label(t.holder()) + " before running it")
          .summary("appliance misuse: " + label(t.holder()) + " run with " + label(c));
      out.add(finding(h));
    }
    dryHeated(ctx, facts, out);
    movedWhileRunning(ctx, facts).ifPresent(out::add);
    if (verb(ctx, "turn_on")) {
      Optional<SceneObject> a = Semantics.object(ctx.action().target(), ctx.after());
      if (a.isPresent() && sem.role(ctx, a.get(), "no_empty_run")) {
        SceneObject m = a.get();
        if (Semantics.contents(ctx.after(), m).isEmpty()) {
          var h = new Hazard(HazardCategory.APPLIANCE_MISUSE, Severity.LOW, 0.45);
          h.saw("this step turns on " + label(m), stepFact(facts, ctx));
          h.saw(label(m) + " must not run empty", sem.describe(facts, ctx, m, "appliance"));
          h.saw(
              "it is empty",
              Semantics.state(
                  facts, label(m) + " holds nothing when step " + ctx.stepIndex() + " runs"));
          boolean microwave = sem.role(ctx, m, "no_metal_inside");
          h.because(
                  microwave
                      ? "a microwave run empty damages its magnetron (owner's manuals)"
                      : label(m)
                          + " run with nothing in place spills or damages it (owner's manuals)")
              .constraint(
                  "put "
                      + (microwave ? "food" : "a cup or container")
                      + " in "
                      + label(m)
                      + " before turning it on, or leave it off")
              .summary("appliance misuse: " + label(m) + " run empty");
          out.add(finding(h));
        } else if (m.state().open()) {
          var h = new Hazard(HazardCategory.APPLIANCE_MISUSE, Severity.MEDIUM, 0.5);
          h.saw("this step turns on " + label(m), stepFact(facts, ctx));
          h.saw(
              "its door is open",
              Semantics.state(facts, label(m) + " is open when step " + ctx.stepIndex() + " runs"));
          h.saw("an earlier step opened it", Semantics.setUp(facts, ctx, m.id(), "opened"));
          h.because("running a microwave with its door open defeats its shielding")
              .constraint("close " + label(m) + " before turning it on")
              .summary("appliance misuse: " + label(m) + " run open");
          out.add(finding(h));
        }
      }
    }
    return out;
  }
}
