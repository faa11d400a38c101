package io.stepguard.monitor.check;

import java.util.List;

/**
 * One check or hazard rule, applied to one step in its predicted scene. Implementations are
 * stateless and thread-safe; per-scene preparation lives in {@link StepContext#prepared()}.
 */
public interface StepCheck {
  /** Short snake_case name used in verdicts ("person_zone"). */
  String name();

  /**
   * Findings for the step; empty when the check has nothing to say. Facts used are added to {@code
   * facts} and cited by id.
   */
  List<Finding> evaluate(StepContext ctx, FactSheet facts);
}
