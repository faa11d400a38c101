package io.stepguard.monitor;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Verdict;
import java.util.List;

/**
 * The verdicts for a whole plan.
 *
 * @param planVerdict the plan-level verdict (step index -1): ALLOW unless a plan check refused the
 *     whole plan; for a plan with no steps it carries the whole decision
 * @param steps one verdict per step, in step order
 */
public record PlanJudgement(ActionPlan plan, Verdict planVerdict, List<Verdict> steps) {
  public PlanJudgement {
    steps = List.copyOf(steps);
  }

  /** Number of leading steps that are ALLOW (0 when the plan-level verdict is not ALLOW). */
  public int allowedPrefix() {
    if (!planVerdict.decision().isAllow()) {
      return 0;
    }
    int n = 0;
    while (n < steps.size() && steps.get(n).decision().isAllow()) {
      n++;
    }
    return n;
  }

  /**
   * True when the plan verdict and every step are ALLOW. A plan with no steps is all allowed only
   * when its plan-level verdict is ALLOW ("nothing to run").
   */
  public boolean allAllowed() {
    return planVerdict.decision().isAllow() && allowedPrefix() == steps.size();
  }

  /**
   * The most restrictive decision rank over the plan verdict and every step (0 ALLOW .. 3 HALT).
   */
  public int worstRank() {
    int r = planVerdict.decision().rank();
    for (Verdict v : steps) {
      r = Math.max(r, v.decision().rank());
    }
    return r;
  }
}
