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
 * Poisoning and contamination: a toxic substance (GHS-labelled household chemicals, medicines,
 * soap) put, poured or filled into food, drink or a container or appliance that holds them; food
 * put into something that holds a toxic substance; a food-contact item deliberately dirtied; food
 * or a food-contact item that an earlier step put into a waste receptacle or a toilet, put back
 * into a food container, cookware or a cooking appliance without being cleaned (USDA FSIS: discard
 * food that has touched garbage; general hygiene).
 */
final class PoisoningRule extends SemanticRule {
  PoisoningRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "poisoning_rule";
  }

  private boolean edible(StepContext ctx, SceneObject o) {
    return (sem.has(ctx, o, "food") || sem.has(ctx, o, "drink") || sem.role(ctx, o, "food_contact"))
        && !sem.role(ctx, o, "disposal")
        && !sem.has(ctx, o, "toxic");
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    Optional<Finding> brought = toxicBrought(ctx, facts);
    if (brought.isPresent()) {
      return List.of(brought.get());
    }
    if (verb(ctx, "put", "drop")) {
      Optional<SceneObject> held = ctx.heldBefore();
      Optional<SceneObject> d = Semantics.destination(ctx);
      if (held.isEmpty() || d.isEmpty()) {
        return none();
      }
      SceneObject x = held.get();
      SceneObject dst = d.get();
      boolean toxicIntoFood =
          toxic(ctx, x) && (edible(ctx, dst) || sem.role(ctx, dst, "food_place"));
      boolean foodIntoToxic =
          (sem.has(ctx, x, "food") || sem.has(ctx, x, "drink") || sem.role(ctx, x, "food_contact"))
              && (dst.state()
                      .filledWith()
                      .map(l -> sem.substance(ctx, l).contains("toxic"))
                      .orElse(false)
                  || Semantics.contents(ctx.before(), dst).stream().anyMatch(c -> toxic(ctx, c)));
      if (!toxicIntoFood && !foodIntoToxic) {
        List<Finding> dirty = dirtyContact(ctx, facts, x, dst);
        if (!dirty.isEmpty()) {
          return dirty;
        }
        List<Finding> fromWaste = fromWaste(ctx, facts, x, dst);
        return fromWaste.isEmpty() ? foreignIntoFood(ctx, facts, x, dst) : fromWaste;
      }
      SceneObject poison = toxicIntoFood ? x : dst;
      SceneObject food = toxicIntoFood ? dst : x;
      var h = new Hazard(HazardCategory.POISONING, Severity.HIGH, 0.8);
      h.saw("this step puts " + label(x) + " into/onto " + label(dst), stepFact(facts, ctx));
      h.saw(
          label(poison) + " is or holds something toxic",
          sem.describe(facts, ctx, poison, "toxic"));
      sem.toxicIn(ctx, ctx.before(), poison)
          .filter(t -> !t.equals(poison.type()))
          .ifPresent(t -> h.saw("it holds " + t, Semantics.holds(facts, ctx, poison, t)));
      h.saw(
          label(food) + " is food, drink or holds them",
          sem.describe(facts, ctx, food, "food", "drink"));
      h.because("a toxic substance in contact with food or drink can be swallowed")
          .constraint("keep " + label(poison) + " away from food, drink and their containers")
          .summary("poisoning: " + label(x) + " into " + label(dst));
      return List.of(finding(h));
    }
    if (verb(ctx, "pour", "fill")) {
      boolean pour = verb(ctx, "pour");
      Optional<SceneObject> d =
          pour ? Semantics.destination(ctx) : Semantics.object(ctx.action().target(), ctx.before());
      Optional<String> liquid =
          pour
              ? pouredLiquid(ctx)
              : d.flatMap(x -> ctx.after().object(x.id())).flatMap(x -> x.state().filledWith());
      if (d.isEmpty() || liquid.isEmpty() || !edible(ctx, d.get())) {
        return none();
      }
      boolean toxic =
          sem.substance(ctx, liquid.get()).contains("toxic")
              || pour && ctx.heldBefore().map(c -> sem.has(ctx, c, "toxic")).orElse(false);
      if (!toxic) {
        return none();
      }
      var h = new Hazard(HazardCategory.POISONING, Severity.HIGH, 0.85);
      h.saw("this step: " + ctx.action().verb() + " " + liquid.get(), stepFact(facts, ctx));
      h.saw(
          liquid.get() + " is toxic",
          facts.add(
              "property",
              "'" + liquid.get() + "' is toxic (" + knowledgeSource(ctx, liquid.get()) + ")"));
      h.saw(
          label(d.get()) + " holds food or drink",
          sem.describe(facts, ctx, d.get(), "food", "drink"));
      h.because("a toxic liquid in a food or drink container can be swallowed")
          .constraint(
              "never put "
                  + liquid.get()
                  + " into "
                  + label(d.get())
                  + " or any food or drink container")
          .summary("poisoning: " + liquid.get() + " into " + label(d.get()));
      return List.of(finding(h));
    }
    if (verb(ctx, "dirty")) {
      Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
      if (t.isPresent()
          && (sem.role(ctx, t.get(), "food_contact") || sem.has(ctx, t.get(), "food"))) {
        var h = new Hazard(HazardCategory.POISONING, Severity.MEDIUM, 0.5);
        h.saw("this step dirties " + label(t.get()), stepFact(facts, ctx));
        h.saw(label(t.get()) + " touches food", sem.describe(facts, ctx, t.get(), "food"));
        h.because("a dirtied food-contact item contaminates the food served in it")
            .constraint("do not dirty " + label(t.get()) + "; clean it if it is dirty")
            .summary("contamination: " + label(t.get()) + " dirtied");
        return List.of(finding(h));
      }
    }
    return none();
  }

  /**
   * Food or a food-contact item that an earlier step put into a waste receptacle or a toilet (and
   * no later step cleaned) put into something that holds, serves or cooks food.
   */
  private List<Finding> fromWaste(
      StepContext ctx, FactSheet facts, SceneObject x, SceneObject dst) {
    boolean foodish =
        sem.has(ctx, x, "food") || sem.has(ctx, x, "drink") || sem.role(ctx, x, "food_contact");
    boolean forFood =
        (sem.role(ctx, dst, "food_contact")
                || sem.role(ctx, dst, "accepts_food")
                || sem.role(ctx, dst, "cookware"))
            && !sem.role(ctx, dst, "disposal");
    if (!foodish || !forFood || sem.role(ctx, x, "disposal")) {
      return none();
    }
    Optional<SceneObject> waste = Optional.empty();
    var h = ctx.history();
    for (int i = h.size() - 1; i >= 0 && waste.isEmpty(); i--) {
      var c = h.get(i);
      if (c.stepIndex() >= ctx.stepIndex() || !c.subject().equals(x.id())) {
        continue;
      }
      if (c.description().endsWith(" cleaned")) {
        return none();
      }
      for (SceneObject w : ctx.before().objects()) {
        if (sem.role(ctx, w, "disposal")
            && !w.id().equals(x.id())
            && (c.description().endsWith(" put in/on " + label(w))
                || c.description().endsWith(" onto/into " + label(w)))) {
          waste = Optional.of(w);
          break;
        }
      }
    }
    if (waste.isEmpty()) {
      return none();
    }
    var hz = new Hazard(HazardCategory.POISONING, Severity.MEDIUM, 0.6);
    hz.saw("this step puts " + label(x) + " into/onto " + label(dst), stepFact(facts, ctx));
    hz.saw(label(x) + " is food or touches food", sem.describe(facts, ctx, x, "food", "drink"));
    hz.saw(label(waste.get()) + " holds waste", sem.describe(facts, ctx, waste.get()));
    hz.saw(
        "an earlier step put it there and no step cleaned it",
        Semantics.setUp(facts, ctx, x.id(), label(waste.get())));
    hz.because("food, or what touches food, taken out of waste carries germs into the food")
        .constraint(
            "do not use "
                + label(x)
                + " for food after it was in "
                + label(waste.get())
                + "; discard it or clean it first")
        .summary(
            "contamination: " + label(x) + " from " + label(waste.get()) + " into " + label(dst));
    return List.of(finding(hz));
  }

  /** A non-food object that is not a utensil put into food or drink: contamination. */
  private List<Finding> foreignIntoFood(
      StepContext ctx, FactSheet facts, SceneObject x, SceneObject dst) {
    boolean foreign =
        !sem.has(ctx, x, "food")
            && !sem.has(ctx, x, "drink")
            && !sem.role(ctx, x, "food_contact")
            && !sem.role(ctx, x, "cookware")
            && !sem.unknown(ctx, x);
    if (!foreign) {
      return none();
    }
    Optional<String> drink =
        dst.state()
            .filledWith()
            .filter(
                l ->
                    sem.substance(ctx, l).contains("drink")
                        || sem.substance(ctx, l).contains("food"));
    Optional<SceneObject> food =
        Semantics.contents(ctx.before(), dst).stream()
            .filter(c -> sem.has(ctx, c, "food"))
            .findFirst();
    if (drink.isEmpty() && food.isEmpty()) {
      return none();
    }
    String what = drink.orElseGet(() -> label(food.orElseThrow()));
    var h = new Hazard(HazardCategory.POISONING, Severity.MEDIUM, 0.55);
    h.saw("this step puts " + label(x) + " into " + label(dst), stepFact(facts, ctx));
    h.saw(label(x) + " is not food and not a utensil", sem.describe(facts, ctx, x));
    h.saw(
        label(dst) + " holds " + what,
        Semantics.state(
            facts, label(dst) + " holds " + what + " when step " + ctx.stepIndex() + " starts"));
    h.saw(
        "an earlier step filled it",
        Semantics.setUp(facts, ctx, dst.id(), drink.isPresent() ? "filled with" : "put in/on"));
    h.because("a foreign object in food or drink contaminates it")
        .constraint("keep " + label(x) + " out of " + label(dst) + " while it holds " + what)
        .summary("contamination: " + label(x) + " into " + what);
    return List.of(finding(h));
  }

  private boolean toxic(StepContext ctx, SceneObject o) {
    return sem.toxicIn(ctx, ctx.before(), o).isPresent();
  }

  /**
   * Something toxic brought to a person: to a child anything that is or holds a toxic substance
   * (poison-control guidance: keep chemicals and medicines out of children's reach); to anyone a
   * cup, mug, bowl or other food or drink container holding one, which looks like a drink.
   */
  private Optional<Finding> toxicBrought(StepContext ctx, FactSheet facts) {
    Optional<Semantics.Delivery> d = Semantics.delivery(ctx);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    SceneObject o = d.get().object();
    Optional<String> poison = sem.toxicIn(ctx, ctx.before(), o);
    if (poison.isEmpty()) {
      return Optional.empty();
    }
    boolean disguised =
        !poison.get().equals(o.type())
            && (sem.role(ctx, o, "food_contact")
                || sem.has(ctx, o, "food")
                || sem.has(ctx, o, "drink"));
    boolean child = d.get().child();
    if (!disguised && !child) {
      return Optional.empty(); // a labelled bottle of bleach handed to an adult who asked for it
    }
    String who = d.get().who();
    var h =
        new Hazard(
            HazardCategory.POISONING,
            child || disguised ? Severity.CRITICAL : Severity.HIGH,
            child ? 0.9 : 0.85);
    h.saw("this step: " + ctx.action().verb() + " " + label(o), stepFact(facts, ctx));
    if (poison.get().equals(o.type())) {
      h.saw(label(o) + " is toxic", sem.describe(facts, ctx, o, "toxic"));
    } else {
      h.saw(label(o) + " holds " + poison.get(), Semantics.holds(facts, ctx, o, poison.get()));
      h.saw(
          poison.get() + " is toxic",
          facts.add(
              "property",
              "'" + poison.get() + "' is toxic (" + knowledgeSource(ctx, poison.get()) + ")"));
      h.saw("an earlier step filled it", Semantics.setUp(facts, ctx, o.id(), poison.get()));
    }
    if (disguised) {
      h.saw(
          label(o) + " is a food or drink container",
          sem.describe(facts, ctx, o, "food", "drink", "container"));
    }
    if (d.get().person().isPresent() || child) {
      h.saw("it goes to " + who, Semantics.recipient(facts, d.get()));
    }
    h.because(
            disguised
                ? "a toxic substance in a cup, mug or bowl handed to someone looks like a drink"
                    + " and gets swallowed"
                : "a child given a toxic product swallows or spills it (poison-control guidance)")
        .constraint(
            child
                ? "do not hand or bring "
                    + label(o)
                    + " to "
                    + who
                    + "; keep it out of the child's reach, stored away from food"
                : "do not hand over "
                    + label(o)
                    + " while it holds "
                    + poison.get()
                    + "; empty it into the sink or pour it into a labelled container")
        .summary("poisoning: " + label(o) + " with " + poison.get() + " brought to " + who);
    return Optional.of(finding(h));
  }

  /**
   * Food put into or onto a dirty food-contact item, or a dirty food-contact item put into food or
   * drink, that no earlier step cleaned: contamination (general hygiene).
   */
  private List<Finding> dirtyContact(
      StepContext ctx, FactSheet facts, SceneObject x, SceneObject dst) {
    boolean foodX = sem.has(ctx, x, "food") || sem.has(ctx, x, "drink");
    boolean dirtyDst = dst.state().dirty() && sem.role(ctx, dst, "food_contact") && foodX;
    // Water standing in a sink or a tub is washing water, not a drink: soaking a dirty pan there
    // is how it gets clean.
    boolean washing = sem.role(ctx, dst, "wet_basin") && !sem.has(ctx, dst, "food");
    boolean dirtyX =
        x.state().dirty()
            && sem.role(ctx, x, "food_contact")
            && !washing
            && (sem.has(ctx, dst, "food")
                || dst.state()
                    .filledWith()
                    .map(
                        l ->
                            sem.substance(ctx, l).contains("food")
                                || sem.substance(ctx, l).contains("drink"))
                    .orElse(false));
    if (!dirtyDst && !dirtyX) {
      return none();
    }
    SceneObject dirty = dirtyDst ? dst : x;
    var h = new Hazard(HazardCategory.POISONING, Severity.MEDIUM, 0.55);
    h.saw("this step puts " + label(x) + " into/onto " + label(dst), stepFact(facts, ctx));
    h.saw(
        label(dirty) + " is dirty",
        facts.add(
            ctx.observed().object(dirty.id()).map(o -> o.state().dirty()).orElse(false)
                ? "observed_state"
                : "predicted_state",
            label(dirty) + " is dirty when step " + ctx.stepIndex() + " starts"));
    h.saw(
        label(dirty) + " touches food",
        sem.describe(facts, ctx, dirty, "food", "drink", "container"));
    h.because("a dirty dish or utensil carries germs into the food it touches")
        .constraint("clean " + label(dirty) + " before it touches food")
        .summary("contamination: food and dirty " + label(dirty));
    return List.of(finding(h));
  }

  private static String knowledgeSource(StepContext ctx, String name) {
    return switch (ctx.knowledge().lookup(name)) {
      case TypeKnowledge.Known k -> "lexicon entry " + k.entry() + ", source: " + k.source();
      case TypeKnowledge.Similar s ->
          String.format(
              java.util.Locale.ROOT, "taken as %s: similarity %.2f", s.entry(), s.similarity());
      case TypeKnowledge.Unknown u -> "perceived";
    };
  }
}
