package io.stepguard.monitor.check;

import io.stepguard.model.ActionPlan;
import java.util.List;

/**
 * A check over a whole plan (harmful intent, text that addresses the monitor). A finding of a plan
 * check applies to the plan-level verdict (step index -1) and, when its decision is HALT, refuses
 * every step. Thread-safe.
 */
public interface PlanCheck {
  String name();

  List<Finding> evaluate(ActionPlan plan, FactSheet facts);
}
