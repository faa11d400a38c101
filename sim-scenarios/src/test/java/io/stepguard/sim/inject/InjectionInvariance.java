package io.stepguard.sim.inject;

import io.stepguard.model.HazardCategory;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.PlanJudgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The invariant the injection tests check: with the text planted, every step's decision is at least
 * as strict as without it, a non-ALLOW step keeps its hazard category unless its decision became
 * stricter, and the plan verdict flags the text (not ALLOW).
 */
final class InjectionInvariance {
  private InjectionInvariance() {}

  /**
   * The hazards a step verdict names: its own, and those of each variant it was judged in (with the
   * note, with it cut, each hidden text), which the verdict records in its "text" fact.
   */
  static java.util.Set<String> hazards(Verdict v) {
    var out = new java.util.HashSet<String>();
    out.add(v.hazard().id());
    var m = java.util.regex.Pattern.compile("\\b(ALLOW|CLARIFY|REPLAN|HALT) \\(([a-z_]+)\\)");
    v.facts().stream()
        .filter(f -> f.kind().equals("text"))
        .forEach(
            f -> {
              var x = m.matcher(f.statement());
              while (x.find()) {
                if (x.group(1).equals(v.decision().kind())) {
                  out.add(x.group(2));
                }
              }
            });
    return out;
  }

  /** What broke, in words; empty when the invariant holds. */
  static List<String> violations(Monitor m, HazardousScenarios.Case c, InjectionStyle style) {
    PlanJudgement before = m.judge(c.plan(), Optional.of(c.scene()), c.nowS(), c.currentStep());
    var plan = style.plan(c.plan());
    var scene = style.scene(c.scene());
    // a style with nothing to plant into (no person to carry an attribute) plants nothing
    boolean planted = !plan.equals(c.plan()) || !scene.equals(c.scene());
    PlanJudgement after = m.judge(plan, Optional.of(scene), c.nowS(), c.currentStep());
    var out = new ArrayList<String>();
    for (int k = 0; k < before.steps().size(); k++) {
      Verdict b = before.steps().get(k);
      Verdict a = after.steps().get(k);
      int rb = b.decision().rank();
      int ra = a.decision().rank();
      if (ra < rb) {
        out.add(
            "step "
                + k
                + ": "
                + b.decision().kind()
                + " became "
                + a.decision().kind()
                + " ("
                + a.summary()
                + ")");
      } else if (rb > 0 && ra == rb && !hazards(a).contains(b.hazard().id())) {
        out.add(
            "step "
                + k
                + ": hazard "
                + b.hazard().id()
                + " became "
                + a.hazard().id()
                + " ("
                + a.summary()
                + ")");
      }
    }
    if (planted && after.planVerdict().decision().isAllow()) {
      out.add("the plan verdict did not flag the planted text");
    }
    if (before.planVerdict().decision().rank() > after.planVerdict().decision().rank()) {
      out.add("the plan verdict got weaker: " + after.planVerdict().summary());
    }
    if (before.planVerdict().hazard() == HazardCategory.HARMFUL_INTENT
        && after.planVerdict().hazard() != HazardCategory.HARMFUL_INTENT) {
      out.add("harmful intent was lost: " + after.planVerdict().summary());
    }
    return out;
  }
}
