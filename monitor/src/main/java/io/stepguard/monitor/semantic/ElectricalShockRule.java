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
 * Electrical shock: liquid poured or filled into or onto an electrical appliance not made to hold
 * liquid; an appliance turned on after it was wetted; an electrical appliance put into liquid, or
 * water run onto it; metal put into a toaster's slots or an outlet, or a toaster run with metal in
 * it (CPSC guidance on water and appliances; toaster manuals); a live appliance (on or plugged in)
 * wiped or handled with wet hands or a wet object, or turned on while the scene says it is wet; an
 * open container of liquid carried over a mains appliance or power strip, or put down on one; a
 * live cord, cable or appliance cut; a mains appliance (a vacuum cleaner, say) run over a surface
 * the scene says is wet. Household appliances are taken as plugged in: the scene rarely says
 * otherwise.
 */
final class ElectricalShockRule extends SemanticRule {
  ElectricalShockRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "electrical_shock_rule";
  }

  private boolean mains(StepContext ctx, SceneObject o) {
    return sem.has(ctx, o, "electrical")
        && (sem.has(ctx, o, "appliance") || o.state().on() || o.state().pluggedIn())
        && !sem.role(ctx, o, "holds_liquid");
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    if (verb(ctx, "pour", "fill")) {
      Optional<Wetted> wet = wetted(ctx);
      Optional<SceneObject> d = wet.map(Wetted::object);
      Optional<String> liquid = wet.map(Wetted::liquid);
      if (d.isPresent() && liquid.isPresent() && mains(ctx, d.get())) {
        SceneObject a = d.get();
        var h = new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.CRITICAL, 0.85);
        h.saw("this step: " + ctx.action().verb() + " " + liquid.get(), stepFact(facts, ctx));
        h.saw(
            label(a) + " is an electrical appliance not made to hold liquid",
            sem.describe(facts, ctx, a, "electrical", "appliance", "electronic"));
        h.saw(
            liquid.get() + " conducts",
            Semantics.state(
                facts,
                "step " + ctx.stepIndex() + " puts " + liquid.get() + " into/onto " + label(a)));
        h.saw("an earlier step filled the container", fillStep(ctx, facts));
        h.because("liquid in or on a mains appliance can cause a shock or short circuit")
            .constraint(
                "keep liquids away from " + label(a) + "; pour only into a container or sink")
            .summary("electrical shock: " + liquid.get() + " into/onto " + label(a));
        out.add(finding(h));
      }
    }
    if (verb(ctx, "turn_on", "plug_in")) {
      Optional<SceneObject> a = Semantics.object(ctx.action().target(), ctx.before());
      if (a.isPresent() && mains(ctx, a.get())) {
        Optional<String> wet = Semantics.setUp(facts, ctx, a.get().id(), "poured into/onto");
        if (wet.isPresent() || a.get().state().filledWith().isPresent() || a.get().state().wet()) {
          var h = new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.CRITICAL, 0.9);
          h.saw("this step powers " + label(a.get()), stepFact(facts, ctx));
          h.saw(
              label(a.get()) + " is an electrical appliance",
              sem.describe(facts, ctx, a.get(), "electrical", "appliance"));
          h.saw("an earlier step wetted it", wet);
          if (wet.isEmpty() && a.get().state().wet()) {
            h.saw(
                label(a.get()) + " is wet",
                facts.add("observed_state", "the scene says " + label(a.get()) + " is wet"));
          } else if (wet.isEmpty()) {
            h.saw(
                label(a.get()) + " holds liquid",
                Semantics.state(
                    facts,
                    label(a.get())
                        + " is filled with "
                        + a.get().state().filledWith().orElseThrow()));
          }
          h.because("powering a wet appliance can cause a shock")
              .constraint("do not power " + label(a.get()) + " while it is wet; let it be checked")
              .summary("electrical shock: wet " + label(a.get()) + " powered");
          out.add(finding(h));
        }
      }
    }
    touchedLive(ctx, facts).ifPresent(out::add);
    spillOverMains(ctx, facts).ifPresent(out::add);
    spillableLeftOnMains(ctx, facts).ifPresent(out::add);
    liveConductorCut(ctx, facts).ifPresent(out::add);
    poweredApplianceOnWetSurface(ctx, facts).ifPresent(out::add);
    // metal into live slots (toaster, outlet), or a toaster run with metal in it
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                sem.role(ctx, x, "live_slots")
                    ? Semantics.contents(s, x).stream()
                        .filter(c -> sem.has(ctx, c, "metal"))
                        .toList()
                    : List.of())) {
      SceneObject metal = t.offenders().getFirst();
      var h =
          new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.CRITICAL, 0.9).present(t.present());
      h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
      h.saw(
          label(t.holder()) + " has live slots",
          sem.describe(facts, ctx, t.holder(), "electrical", "appliance"));
      h.saw(label(metal) + " is metal", sem.describe(facts, ctx, metal, "metal"));
      h.saw(
          "after this step it is inside",
          Semantics.state(
              facts,
              "after step "
                  + ctx.stepIndex()
                  + ", "
                  + label(t.holder())
                  + " holds "
                  + label(metal)));
      h.because("metal in a toaster's slots or an outlet touches live parts")
          .constraint(
              "never put "
                  + label(metal)
                  + " into "
                  + label(t.holder())
                  + "; unplug it and use a non-metal tool")
          .summary("electrical shock: metal " + label(metal) + " in " + label(t.holder()));
      out.add(finding(h));
    }
    // an electrical appliance in liquid, or water run onto it
    for (Trigger t :
        newlyTrue(
            ctx,
            (s, x) ->
                wet(ctx, s, x)
                    ? Semantics.contents(s, x).stream().filter(c -> mains(ctx, c)).toList()
                    : List.of())) {
      SceneObject a = t.offenders().getFirst();
      var h =
          new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.CRITICAL, 0.85).present(t.present());
      h.saw("this step: " + ctx.action().verb(), stepFact(facts, ctx));
      h.saw(
          label(a) + " is an electrical appliance",
          sem.describe(facts, ctx, a, "electrical", "appliance"));
      h.saw(
          label(t.holder()) + " holds water",
          Semantics.state(
              facts,
              "after step "
                  + ctx.stepIndex()
                  + ", "
                  + label(t.holder())
                  + " holds "
                  + label(a)
                  + " and water"));
      h.because("an electrical appliance in water can cause a shock")
          .constraint("keep " + label(a) + " out of water")
          .summary("electrical shock: " + label(a) + " in water");
      out.add(finding(h));
    }
    return out;
  }

  /** A container with liquid in it, or a basin under a running tap. */
  boolean wet(StepContext ctx, io.stepguard.model.SceneState s, SceneObject x) {
    if (x.state().filledWith().isPresent()) {
      return true;
    }
    return sem.role(ctx, x, "wet_basin")
        && s.objects().stream().anyMatch(w -> w.state().on() && sem.role(ctx, w, "water_source"));
  }

  /**
   * A mains appliance wiped or cleaned while it is on (the scene says so, or an earlier step turned
   * it on), or switched, plugged, unplugged, wiped or picked up with wet hands or a wet object, or
   * a wet object put into or onto it (CPSC: never touch a live appliance with wet hands).
   */
  private Optional<Finding> touchedLive(StepContext ctx, FactSheet facts) {
    Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
    Optional<SceneObject> dest = Semantics.destination(ctx);
    boolean handles = verb(ctx, "turn_on", "turn_off", "plug_in", "unplug", "clean", "pick");
    boolean wetHands = Semantics.wetHands(ctx);
    Optional<SceneObject> a = Optional.empty();
    String how = "";
    // live: on or plugged in, and what is being unplugged is plugged in
    boolean live =
        verb(ctx, "unplug") || t.map(x -> x.state().on() || x.state().pluggedIn()).orElse(false);
    if (handles && wetHands && t.isPresent() && mains(ctx, t.get()) && live) {
      a = t;
      how = "handles it with wet hands or a wet object";
    } else if (verb(ctx, "put")
        && dest.isPresent()
        && (mains(ctx, dest.get()) || sem.role(ctx, dest.get(), "live_slots"))
        && ctx.heldBefore().map(h -> h.state().wet()).orElse(false)) {
      a = dest;
      how = "puts a wet object into or onto it";
    }
    if (a.isEmpty()) {
      return Optional.empty();
    }
    SceneObject app = a.get();
    var h = new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.CRITICAL, 0.85);
    h.saw("this step " + how, stepFact(facts, ctx));
    h.saw(
        label(app) + " is a mains appliance",
        sem.describe(facts, ctx, app, "electrical", "appliance"));
    if (app.state().on() || app.state().pluggedIn()) {
      String st = app.state().on() ? "on" : "plugged in";
      boolean byScene =
          ctx.observed()
              .object(app.id())
              .map(x -> app.state().on() ? x.state().on() : x.state().pluggedIn())
              .orElse(false);
      h.saw(
          "it is live",
          byScene
              ? Semantics.observed(facts, "the scene says " + label(app) + " is " + st)
              : Semantics.state(
                  facts, label(app) + " is " + st + " when step " + ctx.stepIndex() + " starts"));
    }
    {
      h.saw(
          "the hands or the held object are wet",
          facts.add(
              ctx.heldBefore().map(x -> x.state().wet()).orElse(false) ? "observed_state" : "input",
              ctx.heldBefore()
                  .filter(x -> x.state().wet())
                  .map(x -> label(x) + " is wet")
                  .orElse("step " + ctx.stepIndex() + " says the hands are wet")));
    }
    h.because("water on or in a live appliance conducts mains current to whoever touches it")
        .constraint(
            "turn off and unplug "
                + label(app)
                + " with dry hands before wiping or handling it; dry anything wet first")
        .summary("electrical shock: " + label(app) + " touched live and wet");
    return Optional.of(finding(h));
  }

  /**
   * An open container of liquid carried over a mains appliance or a power strip (the end-effector
   * path passes above it): a spill runs into live parts.
   */
  private Optional<Finding> spillOverMains(StepContext ctx, FactSheet facts) {
    Optional<SceneObject> held = ctx.heldBefore();
    if (held.isEmpty() || !verb(ctx, "carry", "put", "find", "hand_over")) {
      return Optional.empty();
    }
    Optional<String> liquid = sem.spillable(ctx, held.get());
    if (liquid.isEmpty()) {
      return Optional.empty();
    }
    // where the step goes (its target or destination) is not passed over: it is arrived at
    List<String> goal =
        java.util.stream.Stream.of(
                Semantics.object(ctx.action().target(), ctx.before()), Semantics.destination(ctx))
            .flatMap(Optional::stream)
            .map(SceneObject::id)
            .toList();
    for (SceneObject o : Semantics.under(ctx, ctx.before(), 0.05)) {
      if (goal.contains(o.id()) || !(mains(ctx, o) || sem.role(ctx, o, "live_slots"))) {
        continue;
      }
      var h = new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.HIGH, 0.7);
      h.saw("this step carries " + label(held.get()), stepFact(facts, ctx));
      h.saw(
          label(held.get()) + " holds " + liquid.get(),
          Semantics.holds(facts, ctx, held.get(), liquid.get()));
      h.saw(
          "its path passes over " + label(o),
          Semantics.state(
              facts,
              "the end-effector path of step " + ctx.stepIndex() + " passes above " + label(o)));
      h.saw(label(o) + " is live", sem.describe(facts, ctx, o, "electrical", "appliance"));
      h.because("liquid spilled from above runs into live parts: short circuit and shock")
          .constraint("carry " + label(held.get()) + " around " + label(o) + ", never above it")
          .summary("electrical shock: " + liquid.get() + " carried over " + label(o));
      return Optional.of(finding(h));
    }
    return Optional.empty();
  }

  /** True when {@code o} is electrical and the scene or an earlier step has it on or plugged in. */
  private boolean live(StepContext ctx, SceneObject o) {
    return sem.has(ctx, o, "electrical") && (o.state().on() || o.state().pluggedIn());
  }

  private String liveFact(FactSheet facts, StepContext ctx, SceneObject o) {
    String st = o.state().on() ? "on" : "plugged in";
    boolean byScene =
        ctx.observed()
            .object(o.id())
            .map(x -> o.state().on() ? x.state().on() : x.state().pluggedIn())
            .orElse(false);
    return byScene
        ? Semantics.observed(facts, "the scene says " + label(o) + " is " + st)
        : Semantics.state(
            facts, label(o) + " is " + st + " when step " + ctx.stepIndex() + " starts");
  }

  /**
   * An open container of liquid put down on a live appliance or a power strip ("leave the glass on
   * the power strip"): a knock or a spill runs into live parts.
   */
  private Optional<Finding> spillableLeftOnMains(StepContext ctx, FactSheet facts) {
    if (!verb(ctx, "put")) {
      return Optional.empty();
    }
    Optional<SceneObject> held = ctx.heldBefore();
    Optional<SceneObject> dest = Semantics.destination(ctx);
    if (held.isEmpty() || dest.isEmpty()) {
      return Optional.empty();
    }
    SceneObject d = dest.get();
    // On top of it, not into it: a mug of water in a microwave is what a microwave is for.
    String prep =
        ctx.action()
            .arguments()
            .getOrDefault(io.stepguard.monitor.predict.ParsedText.DESTINATION_PREP, "");
    boolean onTop = prep.startsWith("on") || prep.equals("atop") || prep.equals("over");
    if (!onTop && !(prep.isEmpty() && sem.role(ctx, d, "live_slots"))) {
      return Optional.empty();
    }
    Optional<String> liquid = sem.spillable(ctx, held.get());
    if (liquid.isEmpty()
        || !(mains(ctx, d) || sem.role(ctx, d, "live_slots"))
        || !(live(ctx, d) || sem.has(ctx, d, "appliance") || sem.role(ctx, d, "live_slots"))) {
      return Optional.empty();
    }
    var h = new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.HIGH, 0.75);
    h.saw("this step puts " + label(held.get()) + " on " + label(d), stepFact(facts, ctx));
    h.saw(
        label(held.get()) + " holds " + liquid.get(),
        Semantics.holds(facts, ctx, held.get(), liquid.get()));
    h.saw(label(d) + " is live", sem.describe(facts, ctx, d, "electrical", "appliance"));
    if (live(ctx, d)) {
      h.saw("it is switched on or plugged in", liveFact(facts, ctx, d));
    }
    h.because("an open container of liquid standing on live parts spills into them when knocked")
        .constraint(
            "put " + label(held.get()) + " on a surface away from " + label(d) + ", never on it")
        .summary("electrical shock: " + liquid.get() + " left on " + label(d));
    return Optional.of(finding(h));
  }

  /** A live cord, cable or appliance cut or sawn: the blade meets the conductors. */
  private Optional<Finding> liveConductorCut(StepContext ctx, FactSheet facts) {
    if (!verb(ctx, "slice")) {
      return Optional.empty();
    }
    Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
    if (t.isEmpty() || !live(ctx, t.get())) {
      return Optional.empty();
    }
    SceneObject c = t.get();
    var h = new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.CRITICAL, 0.9);
    h.saw("this step cuts " + label(c), stepFact(facts, ctx));
    h.saw(label(c) + " carries current", sem.describe(facts, ctx, c, "electrical"));
    h.saw("it is live", liveFact(facts, ctx, c));
    h.because("a blade through a live conductor carries mains current to the tool and the hand")
        .constraint("unplug " + label(c) + " and check it is dead before cutting it")
        .summary("electrical shock: live " + label(c) + " cut");
    return Optional.of(finding(h));
  }

  /**
   * A mains appliance named by the step's verb ("vacuum the floor": the vacuum cleaner) or held by
   * the robot, run over a surface the scene or an earlier step says is wet: water is drawn into or
   * bridges live parts.
   */
  private Optional<Finding> poweredApplianceOnWetSurface(StepContext ctx, FactSheet facts) {
    if (!verb(ctx, "clean")) {
      return Optional.empty();
    }
    Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
    if (t.isEmpty() || !(t.get().state().wet() || t.get().state().filledWith().isPresent())) {
      return Optional.empty();
    }
    String verbWord =
        io.stepguard.monitor.predict.ParsedText.parse(ctx.step().text()).verbWords().split(" ")[0];
    Optional<SceneObject> tool =
        ctx.heldBefore()
            .filter(o -> mains(ctx, o))
            .or(
                () ->
                    ctx.before().objects().stream()
                        .filter(o -> mains(ctx, o) && !o.id().equals(t.get().id()))
                        .filter(o -> namesTool(ctx, o, verbWord))
                        .findFirst());
    if (tool.isEmpty()) {
      return Optional.empty();
    }
    SceneObject a = tool.get();
    SceneObject wet = t.get();
    var h = new Hazard(HazardCategory.ELECTRICAL_SHOCK, Severity.HIGH, 0.8);
    h.saw("this step runs " + label(a) + " over " + label(wet), stepFact(facts, ctx));
    h.saw(
        label(a) + " is a mains appliance", sem.describe(facts, ctx, a, "electrical", "appliance"));
    boolean byScene = ctx.observed().object(wet.id()).map(x -> x.state().wet()).orElse(false);
    h.saw(
        label(wet) + " is wet",
        byScene
            ? Semantics.observed(facts, "the scene says " + label(wet) + " is wet")
            : Semantics.state(
                facts, label(wet) + " is wet when step " + ctx.stepIndex() + " starts"));
    h.because("a mains appliance not rated for wet use draws water into live parts")
        .constraint(
            "dry " + label(wet) + " first (mop, towel) or use an appliance rated for wet pick-up")
        .summary("electrical shock: " + label(a) + " run over wet " + label(wet));
    return Optional.of(finding(h));
  }

  /** True when the verb word names {@code o}'s type or one of its lexicon aliases ("vacuum"). */
  private boolean namesTool(StepContext ctx, SceneObject o, String verbWord) {
    if (verbWord.length() < 4) {
      return false;
    }
    if (java.util.Arrays.asList(o.type().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
        .contains(verbWord)) {
      return true;
    }
    return sem.entry(ctx.knowledgeOf(o))
        .map(e -> e.name().equals(verbWord) || e.aliases().contains(verbWord))
        .orElse(false);
  }

  private static Optional<String> fillStep(StepContext ctx, FactSheet facts) {
    return ctx.heldBefore().flatMap(h -> Semantics.setUp(facts, ctx, h.id(), "filled with"));
  }
}
