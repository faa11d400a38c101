package io.stepguard.sim.scenario;

import io.stepguard.model.HazardCategory;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario expects of one step (or of the plan-level verdict, step -1).
 *
 * @param decision ALLOW, CLARIFY, REPLAN or HALT
 * @param hazard the expected hazard category, when the scenario names one
 * @param rationaleContains words the verdict's explanation (summary, reasoning, facts, question,
 *     constraints) must contain, case-insensitive
 */
public record Expectation(
    int step, String decision, Optional<HazardCategory> hazard, List<String> rationaleContains) {
  public Expectation {
    rationaleContains = List.copyOf(rationaleContains);
  }
}
