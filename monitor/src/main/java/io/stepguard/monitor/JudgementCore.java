package io.stepguard.monitor;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
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
import io.stepguard.monitor.geometry.SceneAcceptance;
import io.stepguard.monitor.predict.PredictedStep;
import io.stepguard.monitor.predict.StateChange;
import io.stepguard.monitor.predict.WorldPredictor;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The judgement: plan checks, then per step predict, check, decide. Fail closed: a missing, stale
 * or invalid scene, or a check that throws, never yields ALLOW. Thread-safe; the prepared geometry
 * of the last scene is cached and reused while the same scene object is judged again.
 */
final class JudgementCore implements Monitor {
  private final MonitorConfig config;
  private final ObjectKnowledge knowledge;
  private final List<StepCheck> stepChecks;
  private final List<PlanCheck> planChecks;
  private final WorldPredictor predictor;
  private final String producer;
  private final AutoCloseable resources;
  private final AtomicReference<PreparedScene> lastPrepared = new AtomicReference<>();

  JudgementCore(
      MonitorConfig config,
      ObjectKnowledge knowledge,
      List<StepCheck> stepChecks,
      List<PlanCheck> planChecks,
      AutoCloseable resources) {
    this.config = config;
    this.knowledge = knowledge;
    this.stepChecks = List.copyOf(stepChecks);
    this.planChecks = List.copyOf(planChecks);
    this.predictor = new WorldPredictor(knowledge);
    this.producer =
        "stepguard/"
            + (knowledge == ObjectKnowledge.PERCEIVED_ONLY ? "geometric" : knowledge.describe());
    this.resources = resources;
  }

  @Override
  public String producer() {
    return producer;
  }

  @Override
  public PlanJudgement judge(ActionPlan plan, Optional<SceneState> scene, double nowS) {
    return judge(plan, scene, nowS, 0);
  }

  @Override
  public PlanJudgement judge(
      ActionPlan plan, Optional<SceneState> scene, double nowS, int currentStep) {
    long planStart = System.nanoTime();
    Verdict planVerdict = judgePlan(plan);
    planVerdict = planVerdict.withLatencyNanos(System.nanoTime() - planStart);
    var steps = new ArrayList<Verdict>(plan.steps().size());
    Optional<Refusal> refusal = refusal(planVerdict, scene, nowS);
    if (plan.steps().isEmpty()) {
      // Nothing will run: the plan-level verdict carries the whole decision.
      Verdict v =
          refusal.isPresent() && !(planVerdict.decision() instanceof Decision.Halt)
              ? refusal.get().verdict(plan.planId(), Verdict.PLAN_LEVEL, producer)
              : refusal.isPresent()
                  ? planVerdict
                  : InstructionOnly.judge(
                      plan,
                      scene.orElseThrow(),
                      prepared(scene.orElseThrow()),
                      planChecks,
                      stepChecks,
                      predictor,
                      config,
                      knowledge,
                      producer);
      return new PlanJudgement(plan, v.withLatencyNanos(System.nanoTime() - planStart), List.of());
    }
    if (refusal.isPresent()) {
      for (int k = 0; k < plan.steps().size(); k++) {
        steps.add(refusal.get().verdict(plan.planId(), k, producer));
      }
      return new PlanJudgement(plan, planVerdict, steps);
    }
    SceneState observed = scene.orElseThrow();
    PreparedScene prepared = prepared(observed);
    List<PredictedStep> predicted = predictFrom(plan, observed, currentStep);
    var history = new ArrayList<StateChange>();
    for (int k = 0; k < plan.steps().size(); k++) {
      long t0 = System.nanoTime();
      PredictedStep p = predicted.get(k);
      history.addAll(p.changes());
      if (k < currentStep) {
        var facts = new FactSheet();
        String id = facts.add("progress", "step " + k + " has already been executed");
        steps.add(
            new Verdict(
                plan.planId(),
                k,
                Decision.ALLOW,
                HazardCategory.NONE,
                Severity.NONE,
                0,
                1,
                facts.facts(),
                List.of(new ReasoningStep.Conclusion("nothing left to judge", List.of(id))),
                "ALLOW: already executed",
                producer,
                0));
        continue;
      }
      var ctx =
          new StepContext(
              plan,
              k,
              currentStep,
              observed,
              p.before(),
              p.after(),
              p.action(),
              history,
              prepared,
              config,
              knowledge);
      steps.add(judgeStep(ctx).withLatencyNanos(System.nanoTime() - t0));
    }
    return new PlanJudgement(plan, planVerdict, steps);
  }

  /** Predicts the plan, skipping the effects of steps already executed (the scene has them). */
  private List<PredictedStep> predictFrom(ActionPlan plan, SceneState observed, int currentStep) {
    if (currentStep <= 0) {
      return predictor.predict(plan, observed);
    }
    var pending =
        plan.steps().subList(Math.min(currentStep, plan.steps().size()), plan.steps().size());
    var reindexed = new ArrayList<io.stepguard.model.PlanStep>();
    for (int i = 0; i < pending.size(); i++) {
      var s = pending.get(i);
      reindexed.add(new io.stepguard.model.PlanStep(i, s.text(), s.action(), s.motion()));
    }
    var out = new ArrayList<PredictedStep>();
    for (int k = 0; k < currentStep && k < plan.steps().size(); k++) {
      out.add(new PredictedStep(k, observed, observed, placeholderAction(observed), List.of()));
    }
    if (!reindexed.isEmpty()) {
      var suffix =
          new ActionPlan(
              plan.schemaVersion(), plan.planId(), plan.source(), plan.instruction(), reindexed);
      for (PredictedStep p : predictor.predict(suffix, observed)) {
        var changes =
            p.changes().stream()
                .map(
                    c -> new StateChange(c.stepIndex() + currentStep, c.subject(), c.description()))
                .toList();
        out.add(
            new PredictedStep(p.index() + currentStep, p.before(), p.after(), p.action(), changes));
      }
    }
    return out;
  }

  private static io.stepguard.monitor.check.ResolvedAction placeholderAction(SceneState s) {
    return new io.stepguard.monitor.check.ResolvedAction(
        "(done)",
        true,
        false,
        io.stepguard.monitor.check.Grounding.NONE,
        io.stepguard.monitor.check.Grounding.NONE,
        java.util.Map.of(),
        List.of(s.robot().eePose().position()),
        0,
        Optional.empty());
  }

  private Verdict judgeStep(StepContext ctx) {
    var facts = new FactSheet();
    var findings = new ArrayList<Finding>();
    for (StepCheck check : stepChecks) {
      try {
        findings.addAll(check.evaluate(ctx, facts));
      } catch (RuntimeException e) {
        findings.add(failed(check.name(), e, facts));
      }
    }
    return Decider.merge(ctx.plan().planId(), ctx.stepIndex(), findings, facts, producer);
  }

  private Verdict judgePlan(ActionPlan plan) {
    var facts = new FactSheet();
    var findings = new ArrayList<Finding>();
    for (PlanCheck check : planChecks) {
      try {
        findings.addAll(check.evaluate(plan, facts));
      } catch (RuntimeException e) {
        findings.add(failed(check.name(), e, facts));
      }
    }
    return Decider.merge(plan.planId(), Verdict.PLAN_LEVEL, findings, facts, producer);
  }

  /** A check that throws is a failure of the monitor: fail closed with HALT. */
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

  private PreparedScene prepared(SceneState scene) {
    PreparedScene p = lastPrepared.get();
    if (p != null && p.scene() == scene) {
      return p;
    }
    p = PreparedScene.of(scene);
    lastPrepared.set(p);
    return p;
  }

  /** Why every step is refused, before any step is judged. */
  private record Refusal(HazardCategory hazard, String fact, String summary, String because) {
    Verdict verdict(String planId, int k, String producer) {
      var facts = new FactSheet();
      String id = facts.add("input", fact);
      return new Verdict(
          planId,
          k,
          Decision.HALT,
          hazard,
          Severity.HIGH,
          1,
          1,
          facts.facts(),
          List.of(new ReasoningStep.Conclusion(because, List.of(id))),
          summary,
          producer,
          0);
    }
  }

  private Optional<Refusal> refusal(Verdict planVerdict, Optional<SceneState> scene, double nowS) {
    if (planVerdict.decision() instanceof Decision.Halt) {
      return Optional.of(
          new Refusal(
              planVerdict.hazard(),
              "the plan was refused as a whole: " + planVerdict.summary(),
              "HALT: plan refused (" + planVerdict.summary() + ")",
              "no step of a refused plan may run"));
    }
    if (scene.isEmpty()) {
      return Optional.of(
          new Refusal(
              HazardCategory.STALE_SCENE,
              "no scene has been received",
              "HALT: no scene",
              "without a scene nothing can be judged safe"));
    }
    SceneState s = scene.get();
    double age = nowS - s.stampS();
    if (age > config.sceneTimeoutS()) {
      return Optional.of(
          new Refusal(
              HazardCategory.STALE_SCENE,
              String.format(
                  java.util.Locale.ROOT,
                  "the scene is %.3f s old (stamp %.3f s, now %.3f s, timeout %.3f s)",
                  age,
                  s.stampS(),
                  nowS,
                  config.sceneTimeoutS()),
              "HALT: stale scene",
              "a stale scene cannot show a person who has just walked in"));
    }
    var problems = SceneAcceptance.problems(s);
    if (!problems.isEmpty()) {
      return Optional.of(
          new Refusal(
              HazardCategory.INVALID_INPUT,
              "the scene is invalid: " + problems,
              "HALT: invalid scene",
              "zones that cannot be evaluated cannot be kept out of"));
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing the monitor's models failed", e);
    }
  }
}
