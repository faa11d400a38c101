package io.stepguard.sim.scenario;

import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.PlanJudgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges scenarios and compares verdicts with expectations. Stateless; thread-safe when the monitor
 * is ({@link Monitor} implementations are).
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /**
   * Judges the scenario's plan in its scene at its {@code now}, with its {@code current_step}
   * running, and compares each verdict with its expectation.
   */
  public static ScenarioResult run(Monitor monitor, Scenario s) {
    PlanJudgement j = monitor.judge(s.plan(), Optional.of(s.scene()), s.nowS(), s.currentStep());
    var outcomes = new ArrayList<StepOutcome>();
    for (Expectation e : s.steps()) {
      Verdict v = j.steps().get(e.step());
      outcomes.add(new StepOutcome(e, v, compare(e, v)));
    }
    Optional<StepOutcome> planOutcome =
        s.planExpectation()
            .map(e -> new StepOutcome(e, j.planVerdict(), compare(e, j.planVerdict())));
    return new ScenarioResult(s, j, planOutcome, outcomes);
  }

  static List<String> compare(Expectation e, Verdict v) {
    var out = new ArrayList<String>();
    if (!e.accepts(v.decision().kind())) {
      out.add(
          "expected " + e.decision() + ", got " + v.decision().kind() + " (" + v.summary() + ")");
    }
    e.hazard()
        .filter(h -> h != v.hazard())
        .ifPresent(h -> out.add("expected hazard " + h.id() + ", got " + v.hazard().id()));
    String text = explanation(v).toLowerCase(Locale.ROOT);
    for (String w : e.rationaleContains()) {
      if (!text.contains(w.toLowerCase(Locale.ROOT))) {
        out.add("rationale lacks \"" + w + "\"");
      }
    }
    return out;
  }

  /** Everything a reader of the verdict sees, as one text. */
  public static String explanation(Verdict v) {
    var sb = new StringBuilder(v.summary()).append('\n');
    switch (v.decision()) {
      case Decision.Clarify c -> sb.append(c.question()).append('\n');
      case Decision.Replan r -> r.constraints().forEach(c -> sb.append(c).append('\n'));
      default -> {}
    }
    for (ReasoningStep r : v.reasoning()) {
      sb.append(r.text()).append('\n');
    }
    for (Fact f : v.facts()) {
      sb.append(f.statement()).append('\n');
    }
    return sb.toString();
  }
}
