package io.stepguard.monitor.semantic;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.PlanStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts of a plan that plan-level checks read: the instruction, then each step's text, each
 * with where it stands ("the instruction", "step 2"). Blank texts are left out.
 */
record PlanTexts(String where, String text) {
  static List<PlanTexts> of(ActionPlan plan) {
    var out = new ArrayList<PlanTexts>();
    if (!plan.instruction().isBlank()) {
      out.add(new PlanTexts("the instruction", plan.instruction()));
    }
    for (PlanStep s : plan.steps()) {
      if (!s.text().isBlank()) {
        out.add(new PlanTexts("step " + s.index(), s.text()));
      }
    }
    return out;
  }
}
