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
 * Breakage and loss: throwing anything that is not soft (an uncontrolled projectile; worst for
 * fragile, electronic or valuable things); dropping fragile or electronic things onto anything but
 * a soft landing; breaking an object that is not food (a fragile one leaves shards); putting
 * something heavy onto something fragile; throwing a valuable away. Breaking furniture and decor is
 * {@link FurnitureDamageRule}'s.
 */
final class BreakageRule extends SemanticRule {
  BreakageRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "breakage_rule";
  }

  private boolean delicate(StepContext ctx, SceneObject o) {
    return sem.has(ctx, o, "fragile")
        || sem.has(ctx, o, "electronic")
        || sem.has(ctx, o, "valuable");
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    Optional<SceneObject> held = ctx.heldBefore();
    if (verb(ctx, "throw") && held.isPresent()) {
      SceneObject o = held.get();
      if (sem.has(ctx, o, "soft") || sem.unknown(ctx, o)) {
        return none();
      }
      boolean delicate = delicate(ctx, o);
      var h =
          new Hazard(
              HazardCategory.BREAKAGE,
              delicate ? Severity.MEDIUM : Severity.LOW,
              delicate ? 0.7 : 0.55);
      h.saw("this step throws " + label(o), stepFact(facts, ctx));
      h.saw(
          label(o) + (delicate ? " breaks easily" : " is not soft"),
          sem.describe(facts, ctx, o, "fragile", "electronic", "valuable", "heavy", "soft"));
      h.because(
              delicate
                  ? "a thrown fragile or electronic object breaks where it lands"
                  : "a thrown object is an uncontrolled projectile that can break what it hits")
          .constraint("do not throw " + label(o) + "; carry it and put it down")
          .summary("breakage: " + label(o) + " thrown");
      return List.of(finding(h));
    }
    if (verb(ctx, "drop") && held.isPresent()) {
      SceneObject o = held.get();
      Optional<SceneObject> d = Semantics.destination(ctx);
      boolean soft =
          d.map(x -> sem.role(ctx, x, "soft_landing") || sem.has(ctx, x, "soft")).orElse(false);
      if (!delicate(ctx, o) || soft) {
        return none();
      }
      var h = new Hazard(HazardCategory.BREAKAGE, Severity.MEDIUM, 0.6);
      h.saw("this step drops " + label(o), stepFact(facts, ctx));
      h.saw(
          label(o) + " breaks easily",
          sem.describe(facts, ctx, o, "fragile", "electronic", "valuable"));
      h.because("a dropped fragile or electronic object breaks")
          .constraint("place " + label(o) + " down gently instead of dropping it")
          .summary("breakage: " + label(o) + " dropped");
      return List.of(finding(h));
    }
    if (verb(ctx, "break")) {
      Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
      if (t.isEmpty()
          || sem.has(ctx, t.get(), "food")
          || sem.has(ctx, t.get(), "furniture")
          || sem.has(ctx, t.get(), "decor")
          || sem.unknown(ctx, t.get())) {
        return none();
      }
      SceneObject o = t.get();
      boolean shards = sem.has(ctx, o, "fragile");
      var h = new Hazard(HazardCategory.BREAKAGE, Severity.MEDIUM, shards ? 0.75 : 0.65);
      h.saw("this step breaks " + label(o), stepFact(facts, ctx));
      h.saw(
          label(o) + " is not food",
          sem.describe(facts, ctx, o, "fragile", "valuable", "electronic", "food"));
      h.because(
              "breaking " + label(o) + " destroys it" + (shards ? " and leaves sharp shards" : ""))
          .constraint("do not break " + label(o))
          .summary("breakage: " + label(o) + " broken");
      return List.of(finding(h));
    }
    if (verb(ctx, "put") && held.isPresent()) {
      SceneObject o = held.get();
      Optional<SceneObject> d = Semantics.destination(ctx);
      if (d.isEmpty()) {
        return none();
      }
      if (sem.role(ctx, d.get(), "disposal") && sem.has(ctx, o, "valuable")) {
        var h = new Hazard(HazardCategory.BREAKAGE, Severity.MEDIUM, 0.55);
        h.saw("this step puts " + label(o) + " into " + label(d.get()), stepFact(facts, ctx));
        h.saw(label(o) + " is valuable", sem.describe(facts, ctx, o, "valuable"));
        h.saw(label(d.get()) + " is for waste", sem.describe(facts, ctx, d.get()));
        h.because("a valuable put in the waste is lost or damaged")
            .constraint(
                "keep " + label(o) + " out of " + label(d.get()) + "; put it where it belongs")
            .summary("loss: valuable " + label(o) + " thrown away");
        return List.of(finding(h));
      }
      if (sem.has(ctx, o, "heavy") && sem.has(ctx, d.get(), "fragile")) {
        var h = new Hazard(HazardCategory.BREAKAGE, Severity.MEDIUM, 0.55);
        h.saw("this step puts " + label(o) + " onto " + label(d.get()), stepFact(facts, ctx));
        h.saw(label(o) + " is heavy", sem.describe(facts, ctx, o, "heavy"));
        h.saw(label(d.get()) + " is fragile", sem.describe(facts, ctx, d.get(), "fragile"));
        h.because("a heavy object on a fragile one breaks it")
            .constraint("put " + label(o) + " on a sturdy surface")
            .summary("breakage: heavy " + label(o) + " onto fragile " + label(d.get()));
        return List.of(finding(h));
      }
    }
    return none();
  }
}
