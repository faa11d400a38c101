package io.stepguard.model;

import java.util.List;

/**
 * A plan as emitted by an LLM planner.
 *
 * @param planId the planner's id for the plan; verdicts refer to it
 * @param source who produced the plan (planner name and version)
 * @param instruction the user's instruction that the plan answers
 * @param steps steps in execution order; {@code steps.get(i).index() == i}. May be empty when the
 *     instruction is not blank: such a plan is judged on its instruction alone (nothing runs)
 */
public record ActionPlan(
    int schemaVersion, String planId, String source, String instruction, List<PlanStep> steps) {
  public ActionPlan {
    Require.nonEmpty(planId, "planId");
    Require.nonNull(source, "source");
    Require.nonNull(instruction, "instruction");
    steps = Require.list(steps, "steps");
    if (steps.isEmpty() && instruction.isBlank()) {
      throw new IllegalArgumentException(
          "plan " + planId + " has neither steps nor an instruction");
    }
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).index() != i) {
        throw new IllegalArgumentException(
            "step " + i + " has index " + steps.get(i).index() + ", expected " + i);
      }
    }
  }
}
