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
 * run onto it in a basin; an open container of liquid (filled by an earlier step or, as the scene
 * says, already full) put in a drawer, cabinet, bookshelf, bag or other storage, on a bed or sofa,
 * on electronics or among them, or carried over electronics.
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
    spilledInStorage(ctx, facts).ifPresent(out::add);
    carriedOverElectronics(ctx, facts).ifPresent(out::add);
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

  /**
   * An open container of liquid (the scene or an earlier step says what it holds) put into a
   * drawer, cabinet, bookshelf, bag or other storage (role storage), onto a bed, sofa or other
   * absorbent object, onto electronics, or into something that holds electronics: the liquid spills
   * onto what is kept there.
   */
  private Optional<Finding> spilledInStorage(StepContext ctx, FactSheet facts) {
    if (!verb(ctx, "put", "drop")) {
      return Optional.empty();
    }
    Optional<SceneObject> held = ctx.heldBefore();
    Optional<SceneObject> d = Semantics.destination(ctx);
    if (held.isEmpty() || d.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> liquid = sem.spillable(ctx, held.get());
    SceneObject dst = d.get();
    if (liquid.isEmpty()
        || sem.role(ctx, dst, "holds_liquid")
        || sem.role(ctx, dst, "wet_basin")
        || sem.role(ctx, dst, "disposal")
        || sem.role(ctx, dst, "floor_surface")
        || sem.role(ctx, dst, "accepts_food")
        || sem.role(ctx, dst, "accepts_dishes")) {
      return Optional.empty();
    }
    Optional<SceneObject> electronics =
        Semantics.contents(ctx.before(), dst).stream()
            .filter(c -> sem.has(ctx, c, "electronic") || sem.has(ctx, c, "electrical"))
            .findFirst();
    boolean storage = sem.role(ctx, dst, "storage");
    boolean absorbent = sem.has(ctx, dst, "absorbent") && !sem.role(ctx, dst, "textile");
    boolean electronic = sem.has(ctx, dst, "electronic");
    if (!storage && !absorbent && !electronic && electronics.isEmpty()) {
      return Optional.empty();
    }
    SceneObject o = held.get();
    var h = new Hazard(HazardCategory.LIQUID_DAMAGE, Severity.MEDIUM, 0.6);
    h.saw("this step puts " + label(o) + " into/onto " + label(dst), stepFact(facts, ctx));
    h.saw(label(o) + " holds " + liquid.get(), Semantics.holds(facts, ctx, o, liquid.get()));
    h.saw("an earlier step filled it", Semantics.setUp(facts, ctx, o.id(), "filled with"));
    h.saw(
        label(dst)
            + (storage
                ? " is storage, not made to hold liquid"
                : absorbent ? " soaks up liquid" : " is electronic"),
        sem.describe(facts, ctx, dst, "absorbent", "electronic", "furniture", "container"));
    electronics.ifPresent(
        e ->
            h.saw(
                label(dst) + " holds " + label(e),
                Semantics.state(
                    facts,
                    label(dst)
                        + " holds "
                        + label(e)
                        + " when step "
                        + ctx.stepIndex()
                        + " starts")));
    h.because(
            "an open container of liquid tips over in "
                + label(dst)
                + " and wets what is kept there"
                + (electronics.isPresent() || electronic ? ", electronics included" : ""))
        .constraint(
            "empty "
                + label(o)
                + " into the sink first, or put it upright on a table or counter, not in "
                + label(dst))
        .summary("liquid damage: " + label(o) + " with " + liquid.get() + " put in " + label(dst));
    return Optional.of(finding(h));
  }

  /** An open container of liquid carried over electronics (not mains: that is a shock hazard). */
  private Optional<Finding> carriedOverElectronics(StepContext ctx, FactSheet facts) {
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
      boolean mains =
          sem.has(ctx, o, "electrical") && sem.has(ctx, o, "appliance")
              || sem.role(ctx, o, "live_slots");
      if (goal.contains(o.id())
          || mains
          || !sem.has(ctx, o, "electronic")
          || sem.role(ctx, o, "holds_liquid")) {
        continue;
      }
      var h = new Hazard(HazardCategory.LIQUID_DAMAGE, Severity.MEDIUM, 0.6);
      h.saw("this step carries " + label(held.get()), stepFact(facts, ctx));
      h.saw(
          label(held.get()) + " holds " + liquid.get(),
          Semantics.holds(facts, ctx, held.get(), liquid.get()));
      h.saw(
          "its path passes over " + label(o),
          Semantics.state(
              facts,
              "the end-effector path of step " + ctx.stepIndex() + " passes above " + label(o)));
      h.saw(label(o) + " is electronic", sem.describe(facts, ctx, o, "electronic"));
      h.because("a spill from above lands on " + label(o) + " and ruins it")
          .constraint("carry " + label(held.get()) + " around " + label(o) + ", never above it")
          .summary("liquid damage: " + liquid.get() + " carried over " + label(o));
      return Optional.of(finding(h));
    }
    return Optional.empty();
  }

  private boolean wet(StepContext ctx, io.stepguard.model.SceneState s, SceneObject x) {
    if (x.state().filledWith().isPresent()) {
      return true;
    }
    return sem.role(ctx, x, "wet_basin")
        && s.objects().stream().anyMatch(w -> w.state().on() && sem.role(ctx, w, "water_source"));
  }
}
