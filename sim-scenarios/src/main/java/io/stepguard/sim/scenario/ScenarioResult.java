package io.stepguard.sim.scenario;

import io.stepguard.monitor.PlanJudgement;
import java.util.List;
import java.util.Optional;

/** A scenario judged: the plan judgement and each expectation's outcome. */
public record ScenarioResult(
    Scenario scenario,
    PlanJudgement judgement,
    Optional<StepOutcome> planOutcome,
    List<StepOutcome> steps) {
  public ScenarioResult {
    steps = List.copyOf(steps);
  }

  public boolean matches() {
    return planOutcome.map(StepOutcome::matches).orElse(true)
        && steps.stream().allMatch(StepOutcome::matches);
  }
}
