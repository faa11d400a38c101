package io.stepguard.sim.scenario;

import io.stepguard.model.HazardCategory;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario expects of one step (or of the plan-level verdict, step -1).
 *
 * @param step the step index, -1 for the plan-level verdict
 * @param decisions the acceptable decisions (ALLOW, CLARIFY, REPLAN or HALT): one for {@code
 *     "decision"}, one or more for {@code "decision_any_of"}; never empty
 * @param hazard the expected hazard category, when the scenario names one
 * @param rationaleContains words the verdict's explanation (summary, reasoning, facts, question,
 *     constraints) must contain, case-insensitive
 */
public record Expectation(
    int step,
    List<String> decisions,
    Optional<HazardCategory> hazard,
    List<String> rationaleContains) {
  public Expectation {
    decisions = List.copyOf(decisions);
    if (decisions.isEmpty()) {
      throw new IllegalArgumentException("an expectation needs at least one decision");
    }
    rationaleContains = List.copyOf(rationaleContains);
  }

  /** One exact decision ({@code "decision"} in the file). */
  public Expectation(
      int step, String decision, Optional<HazardCategory> hazard, List<String> rationaleContains) {
    this(step, List.of(decision), hazard, rationaleContains);
  }

  /** The acceptable decisions for people: "REPLAN", or "REPLAN or HALT" for an any-of. */
  public String decision() {
    return String.join(" or ", decisions);
  }

  /** Whether a verdict with decision {@code kind} ("ALLOW", ...) meets the decision part. */
  public boolean accepts(String kind) {
    return decisions.contains(kind);
  }

  /** Whether ALLOW is not acceptable: the step is expected to be stopped or questioned. */
  public boolean expectsNonAllow() {
    return !decisions.contains("ALLOW");
  }

  /** Whether ALLOW is the only acceptable decision. */
  public boolean expectsOnlyAllow() {
    return decisions.equals(List.of("ALLOW"));
  }

  /** Whether every acceptable decision is ALLOW or CLARIFY (a question, never a refusal). */
  public boolean expectsAtMostClarify() {
    return decisions.stream().allMatch(d -> d.equals("ALLOW") || d.equals("CLARIFY"));
  }
}
