package io.stepguard.monitor.semantic;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.StepCheck;
import io.stepguard.monitor.check.StepContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Shared shape of the semantic hazard rules. A rule fires on the step that makes a hazard real (the
 * turn_on, not the open), cites the facts it used (objects' properties with their source, the
 * predicted state, the earlier step that set the hazard up) and proposes, per DECISIONS.md, REPLAN
 * with a constraint the planner can use; HALT only when the hazard is already present in the
 * observed scene at the running step, or contact is imminent.
 */
abstract class SemanticRule implements StepCheck {
  protected final Semantics sem;

  SemanticRule(Semantics sem) {
    this.sem = sem;
  }

  /** A hazard a rule found, before it becomes a {@link Finding}. */
  static final class Hazard {
    final HazardCategory category;
    final Severity severity;
    double risk;
    double confidence = 0.85;
    final List<String> observed = new ArrayList<>();
    final List<String> observedCites = new ArrayList<>();
    String inference = "";
    final List<String> inferenceCites = new ArrayList<>();
    String constraint = "";
    String summary = "";
    boolean present;

    Hazard(HazardCategory category, Severity severity, double risk) {
      this.category = category;
      this.severity = severity;
      this.risk = risk;
    }

    /** An observation citing {@code ids}. */
    Hazard saw(String text, String... ids) {
      observed.add(text);
      observedCites.add(String.join(",", ids));
      for (String id : ids) {
        if (!inferenceCites.contains(id)) {
          inferenceCites.add(id);
        }
      }
      return this;
    }

    Hazard saw(String text, Optional<String> id) {
      return id.map(i -> saw(text, i)).orElse(this);
    }

    Hazard because(String text) {
      this.inference = text;
      return this;
    }

    Hazard constraint(String c) {
      this.constraint = c;
      return this;
    }

    Hazard summary(String s) {
      this.summary = s;
      return this;
    }

    Hazard confidence(double c) {
      this.confidence = c;
      return this;
    }

    /** The hazard already holds in the observed scene at the running step: HALT. */
    Hazard present(boolean p) {
      this.present = p;
      return this;
    }
  }

  /** Turns a hazard into a finding: HALT when present now, else REPLAN with its constraint. */
  protected Finding finding(Hazard h) {
    var chain = new ArrayList<ReasoningStep>();
    var all = new LinkedHashSet<String>();
    for (int i = 0; i < h.observed.size(); i++) {
      List<String> cites = List.of(h.observedCites.get(i).split(","));
      all.addAll(cites);
      chain.add(new ReasoningStep.Observation(h.observed.get(i), cites));
    }
    List<String> cites = List.copyOf(all);
    chain.add(new ReasoningStep.Inference(h.inference, name(), cites));
    Decision d = h.present ? Decision.HALT : new Decision.Replan(List.of(h.constraint));
    chain.add(
        new ReasoningStep.Conclusion(
            h.present ? "the hazard is present now: halt" : "the plan must change: " + h.constraint,
            cites));
    return new Finding(
        name(),
        h.category,
        h.severity,
        d,
        h.present ? Math.min(1, h.risk + 0.05) : h.risk,
        h.confidence,
        chain,
        d.kind() + ": " + h.summary);
  }

  protected static String label(SceneObject o) {
    return Semantics.label(o);
  }

  protected static List<Finding> none() {
    return List.of();
  }

  /** True for the running step when the observed scene already shows the condition. */
  protected static boolean presentNow(StepContext ctx, boolean holdsBefore) {
    return ctx.isCurrent() && holdsBefore;
  }

  /** An object for which a state condition holds after the step, with the objects that make it. */
  protected record Trigger(SceneObject holder, List<SceneObject> offenders, boolean present) {}

  /**
   * Objects for which {@code condition} (the offending objects, empty when it does not hold) turns
   * true at this step; at the running step also those for which it already held (present now).
   */
  protected static List<Trigger> newlyTrue(
      StepContext ctx,
      java.util.function.BiFunction<io.stepguard.model.SceneState, SceneObject, List<SceneObject>>
          condition) {
    var out = new ArrayList<Trigger>();
    for (SceneObject x : ctx.after().objects()) {
      List<SceneObject> now = condition.apply(ctx.after(), x);
      if (now.isEmpty()) {
        continue;
      }
      List<SceneObject> was =
          ctx.before().object(x.id()).map(b -> condition.apply(ctx.before(), b)).orElse(List.of());
      if (!was.isEmpty()) {
        if (ctx.isCurrent()) {
          out.add(new Trigger(x, now, true));
        }
        continue;
      }
      out.add(new Trigger(x, now, false));
    }
    return out;
  }

  /** An object that a pour or fill step wets, and with what. */
  protected record Wetted(SceneObject object, String liquid) {}

  /**
   * For a pour step, the destination and the poured liquid; for a fill step, the target and what it
   * is filled with after the step; empty otherwise or when either is unknown.
   */
  protected Optional<Wetted> wetted(StepContext ctx) {
    boolean pour = verb(ctx, "pour");
    if (!pour && !verb(ctx, "fill")) {
      return Optional.empty();
    }
    Optional<SceneObject> d =
        pour ? Semantics.destination(ctx) : Semantics.object(ctx.action().target(), ctx.before());
    Optional<String> liquid =
        pour
            ? pouredLiquid(ctx)
            : d.flatMap(x -> ctx.after().object(x.id())).flatMap(x -> x.state().filledWith());
    return d.isPresent() && liquid.isPresent()
        ? Optional.of(new Wetted(d.get(), liquid.get()))
        : Optional.empty();
  }

  /** The liquid this pour step moves, if the poured-from container held any. */
  protected Optional<String> pouredLiquid(StepContext ctx) {
    Optional<SceneObject> held = ctx.heldBefore();
    if (held.isPresent()) {
      Optional<String> l = sem.liquidIn(ctx, held.get());
      if (l.isPresent()) {
        return l;
      }
    }
    return Semantics.object(ctx.action().target(), ctx.before()).flatMap(t -> sem.liquidIn(ctx, t));
  }

  protected static boolean verb(StepContext ctx, String... verbs) {
    for (String v : verbs) {
      if (ctx.action().verb().equals(v)) {
        return true;
      }
    }
    return false;
  }

  protected static String stepFact(FactSheet facts, StepContext ctx) {
    return Semantics.step(facts, ctx);
  }
}
