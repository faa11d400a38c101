package io.stepguard.model;

import java.util.Optional;

/**
 * One step of a plan.
 *
 * @param index position in the plan, from 0
 * @param text the planner's original text for this step
 * @param action the parsed action; empty when the planner gave only text (the monitor parses it)
 * @param motion the planned motion, if the planner gave one
 */
public record PlanStep(int index, String text, Optional<Action> action, Optional<Motion> motion) {
  public PlanStep {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    Require.nonNull(text, "text");
    Require.nonNull(action, "action");
    Require.nonNull(motion, "motion");
  }
}
