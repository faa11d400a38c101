package io.stepguard.monitor.semantic;

import io.stepguard.model.HazardCategory;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.check.StepContext;
import java.util.List;
import java.util.Optional;

/**
 * Burns: a hot object (listed or perceived hot, filled with something hot such as soup or "boiling
 * water", or heated by an earlier step) or a lit or running heat source brought to a person
 * (handed, given, carried, brought, delivered, served) or thrown; hot liquid poured toward a person
 * (imminent contact: HALT). For a child recipient the constraint is not to hand it over and to keep
 * it out of reach, and a drink usually served hot (coffee, tea, soup: role served_hot) counts as
 * hot even when nothing says it was heated (hot drinks are the leading cause of scalds in young
 * children); an adult gets a cup of coffee that nothing says is hot without a word. Wiping,
 * cleaning or moving a heat source (or a lamp) that is on, as the scene or an earlier step says,
 * burns the hand that does it. Moving a hot object near a person is the geometric held-object
 * check's job.
 */
final class BurnRule extends SemanticRule {
  BurnRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "burn_rule";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    Optional<Finding> touched = touchesRunningHeat(ctx, facts);
    if (touched.isPresent()) {
      return List.of(touched.get());
    }
    if (verb(ctx, "pour")) {
      return pouredAtPerson(ctx, facts);
    }
    Optional<Semantics.Delivery> d = Semantics.delivery(ctx);
    if (d.isEmpty()) {
      return none();
    }
    SceneObject o = d.get().object();
    boolean child = d.get().child();
    boolean source = o.state().on() && sem.has(ctx, o, "heat_source");
    Optional<String> fill = o.state().filledWith();
    boolean hot =
        source
            || sem.hot(ctx, ctx.before(), o)
            || fill.map(f -> sem.hotSubstance(ctx, f)).orElse(false);
    boolean servedHot =
        fill.map(f -> sem.servedHot(ctx, f)).orElse(false) || sem.servedHot(ctx, o.type());
    if (!hot && !(child && servedHot)) {
      return none();
    }
    boolean thrown = verb(ctx, "throw");
    String who = d.get().who();
    var h =
        new Hazard(
            HazardCategory.BURN, child ? Severity.CRITICAL : Severity.HIGH, child ? 0.85 : 0.75);
    h.saw("this step: " + ctx.action().verb() + " " + label(o), stepFact(facts, ctx));
    if (hot) {
      h.saw(label(o) + " is hot", sem.describe(facts, ctx, o, "hot", "heat_source"));
      fill.filter(f -> sem.hotSubstance(ctx, f))
          .ifPresent(f -> h.saw("it holds " + f, Semantics.holds(facts, ctx, o, f)));
      h.saw("an earlier step heated it", Semantics.setUp(facts, ctx, o.id(), ""));
    } else {
      String drink = fill.orElse(o.type());
      h.saw(
          label(o) + " holds " + drink + ", a drink usually served hot",
          Semantics.holds(facts, ctx, o, drink),
          facts.add(
              "property",
              "'"
                  + drink
                  + "' is usually served hot (lexicon role served_hot; CPSC/AAP: hot drinks are"
                  + " the leading cause of scalds in young children)"));
    }
    if (d.get().person().isPresent() || child) {
      h.saw("it goes to " + who, Semantics.recipient(facts, d.get()));
    }
    if (child) {
      h.because("a child handed something hot spills it on themselves: scalds and burns")
          .constraint(
              "do not hand or bring "
                  + label(o)
                  + " to "
                  + who
                  + "; keep it out of the child's reach until it has cooled, and give it to an"
                  + " adult")
          .summary("burn: hot " + label(o) + " brought to " + who);
    } else {
      h.because("a hot object " + (thrown ? "thrown" : "handed over") + " burns whoever catches it")
          .constraint(
              "let "
                  + label(o)
                  + " cool, or set it down on a heat-proof surface and tell the person")
          .summary("burn: hot " + label(o) + (thrown ? " thrown" : " handed to " + who));
    }
    return List.of(finding(h));
  }

  private List<Finding> pouredAtPerson(StepContext ctx, FactSheet facts) {
    Optional<SceneObject> held = ctx.heldBefore();
    if (held.isEmpty() || !(ctx.action().destination() instanceof Grounding.Person)) {
      return none();
    }
    SceneObject o = held.get();
    boolean source = o.state().on() && sem.has(ctx, o, "heat_source");
    boolean hot =
        source
            || sem.hot(ctx, ctx.before(), o)
            || o.state().filledWith().map(f -> sem.hotSubstance(ctx, f)).orElse(false);
    if (!hot) {
      return none();
    }
    var h = new Hazard(HazardCategory.BURN, Severity.HIGH, 0.95);
    h.saw("this step: " + ctx.action().verb() + " " + label(o), stepFact(facts, ctx));
    h.saw(label(o) + " is hot", sem.describe(facts, ctx, o, "hot", "heat_source"));
    h.saw("an earlier step heated it", Semantics.setUp(facts, ctx, o.id(), ""));
    h.present(true)
        .because("hot liquid poured toward a person scalds on contact")
        .constraint("never pour toward a person")
        .summary("burn: hot " + label(o) + " poured toward a person");
    return List.of(finding(h));
  }

  /**
   * Wiping or cleaning a heat source or lamp that is on (the scene says so, or an earlier step
   * turned it on), or picking up, carrying or pushing such an appliance (not one made to be lifted
   * by a handle while hot, such as a kettle or a pot, nor a candle).
   */
  private Optional<Finding> touchesRunningHeat(StepContext ctx, FactSheet facts) {
    boolean wipe = verb(ctx, "clean");
    boolean move = verb(ctx, "pick", "carry", "push");
    if (!wipe && !move) {
      return Optional.empty();
    }
    Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
    if (t.isEmpty()
        || !t.get().state().on()
        || !(sem.has(ctx, t.get(), "heat_source")
            || sem.role(ctx, t.get(), "hot_when_on")
            || sem.role(ctx, t.get(), "heats_contents"))) {
      return Optional.empty();
    }
    SceneObject a = t.get();
    if (move
        && (!sem.has(ctx, a, "appliance")
            || !sem.role(ctx, a, "heats_contents")
            || !sem.role(ctx, a, "accepts_food")
            || sem.role(ctx, a, "cookware"))) {
      // a lit candle is carried by its holder, a kettle by its handle, an iron is moved while on
      return Optional.empty();
    }
    boolean byScene = Semantics.onInScene(ctx, a);
    var h = new Hazard(HazardCategory.BURN, Severity.HIGH, 0.75);
    h.saw("this step " + (wipe ? "wipes" : "moves") + " " + label(a), stepFact(facts, ctx));
    h.saw(
        label(a) + " heats up when it is on",
        sem.describe(facts, ctx, a, "heat_source", "hot", "appliance"));
    if (byScene) {
      h.saw(
          "it is on",
          Semantics.observed(
              facts,
              "the scene says " + label(a) + " is on when step " + ctx.stepIndex() + " starts"));
    } else {
      h.saw("an earlier step turned it on", Semantics.setUp(facts, ctx, a.id(), "turned on"));
    }
    h.because("the hot surfaces of a running heat source burn the hand that wipes or moves it")
        .constraint(
            "turn off "
                + label(a)
                + " and let it cool before "
                + (wipe ? "wiping" : "moving")
                + " it")
        .summary("burn: " + label(a) + " " + (wipe ? "wiped" : "moved") + " while on");
    return Optional.of(finding(h));
  }
}
