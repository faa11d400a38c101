package io.stepguard.monitor;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.PlanStep;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.SceneState;
import io.stepguard.model.Severity;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.PlanCheck;
import io.stepguard.monitor.check.StepCheck;
import io.stepguard.monitor.check.StepContext;
import io.stepguard.monitor.decide.Decider;
import io.stepguard.monitor.geometry.PreparedScene;
import io.stepguard.monitor.predict.ParsedText;
import io.stepguard.monitor.predict.PredictedStep;
import io.stepguard.monitor.predict.StateChange;
import io.stepguard.monitor.predict.WorldPredictor;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The judgement of a plan that has an instruction and no steps: nothing will run, so the plan-level
 * verdict carries the whole decision. The plan checks run as for any plan (harmful intent in the
 * instruction is a HALT); then the instruction's actions ("put the fork in the toaster and turn it
 * on") are predicted as if they were steps and judged by the semantic checks, and any hazard they
 * find (REPLAN or HALT, not a question about a missing object) stands on the plan verdict. With no
 * hazard, the verdict is ALLOW saying that nothing is to run. Never a parse error, never an ALLOW
 * without that reason. Stateless; cost: one plan judgement of the instruction's actions.
 */
final class InstructionOnly {
  static final String CHECK = "instruction_only";

  /** {@link Decision#rank()} of REPLAN: hazards, not questions, stand on a stepless plan. */
  private static final int REPLAN_RANK = 2;

  private InstructionOnly() {}

  static Verdict judge(
      ActionPlan plan,
      SceneState observed,
      PreparedScene prepared,
      List<PlanCheck> planChecks,
      List<StepCheck> stepChecks,
      WorldPredictor predictor,
      MonitorConfig config,
      ObjectKnowledge knowledge,
      String producer) {
    var facts = new FactSheet();
    var findings = new ArrayList<Finding>();
    for (PlanCheck check : planChecks) {
      try {
        findings.addAll(check.evaluate(plan, facts));
      } catch (RuntimeException e) {
        findings.add(failed(check.name(), e, facts));
      }
    }
    List<String> actions = ParsedText.actions(plan.instruction());
    String noSteps =
        facts.add(
            "input",
            "the plan has no steps; its instruction \""
                + plan.instruction()
                + "\" names "
                + actions.size()
                + " action(s), judged as if they were steps: "
                + actions);
    if (!actions.isEmpty()) {
      var steps = new ArrayList<PlanStep>();
      for (int i = 0; i < actions.size(); i++) {
        steps.add(new PlanStep(i, actions.get(i), Optional.empty(), Optional.empty()));
      }
      var asSteps =
          new ActionPlan(
              plan.schemaVersion(), plan.planId(), plan.source(), plan.instruction(), steps);
      List<PredictedStep> predicted = predictor.predict(asSteps, observed);
      var history = new ArrayList<StateChange>();
      for (PredictedStep p : predicted) {
        history.addAll(p.changes());
        var ctx =
            new StepContext(
                asSteps,
                p.index(),
                0,
                observed,
                p.before(),
                p.after(),
                p.action(),
                history,
                prepared,
                config,
                knowledge);
        for (StepCheck check : stepChecks) {
          if (!check.getClass().getPackageName().endsWith(".semantic")) {
            continue; // the geometry of steps that were never planned is not judged
          }
          List<Finding> found;
          try {
            found = check.evaluate(ctx, facts);
          } catch (RuntimeException e) {
            found = List.of(failed(check.name(), e, facts));
          }
          for (Finding f : found) {
            if (f.proposed().rank() >= REPLAN_RANK
                && f.hazard() != HazardCategory.MISSING_INFORMATION) {
              findings.add(f);
            }
          }
        }
      }
    }
    findings.add(
        new Finding(
            CHECK,
            HazardCategory.NONE,
            Severity.NONE,
            Decision.ALLOW,
            0.02,
            0.9,
            List.of(
                new ReasoningStep.Observation("the plan has no steps", List.of(noSteps)),
                new ReasoningStep.Conclusion(
                    "nothing will run; the instruction was judged on its own", List.of(noSteps))),
            "ALLOW: nothing to run (the plan has no steps)"));
    return Decider.merge(plan.planId(), Verdict.PLAN_LEVEL, findings, facts, producer);
  }

  private static Finding failed(String check, RuntimeException e, FactSheet facts) {
    String id = facts.add("monitor", "check " + check + " failed: " + e);
    return new Finding(
        check,
        HazardCategory.MODEL_FAILURE,
        Severity.HIGH,
        Decision.HALT,
        1,
        1,
        List.of(
            new ReasoningStep.Conclusion(
                "a check failed, so safety is unknown: halt", List.of(id))),
        "HALT: check " + check + " failed");
  }
}
