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
import io.stepguard.monitor.text.CleanInput;
import io.stepguard.monitor.text.OperatorText;
import io.stepguard.monitor.text.SafeVerdicts;
import io.stepguard.monitor.text.TextCleaner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
  private final TextCleaner cleaner;

  JudgementCore(
      MonitorConfig config,
      ObjectKnowledge knowledge,
      List<StepCheck> stepChecks,
      List<PlanCheck> planChecks,
      AutoCloseable resources) {
    this(config, knowledge, stepChecks, planChecks, resources, TextCleaner.standard());
  }

  JudgementCore(
      MonitorConfig config,
      ObjectKnowledge knowledge,
      List<StepCheck> stepChecks,
      List<PlanCheck> planChecks,
      AutoCloseable resources,
      TextCleaner cleaner) {
    this.cleaner = cleaner;
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

  /**
   * Text is data: every string is cleaned first ({@link TextCleaner}); a plan or scene carrying
   * notes ({@link io.stepguard.monitor.text.NoteFinder}) is judged with them, with them cut, and
   * with each text hidden in them as the step's own text, and the stricter result stands per step
   * ({@link TextAsData}). Disguises and notes are flagged on the plan verdict (at most CLARIFY by
   * themselves). Every string an operator reads is escaped. Costs one extra judgement of the plan
   * per variant, only when there are notes.
   */
  @Override
  public PlanJudgement judge(
      ActionPlan plan, Optional<SceneState> scene, double nowS, int currentStep) {
    long planStart = System.nanoTime();
    CleanInput in = CleanInput.of(plan, scene, cleaner);
    var planFacts = new FactSheet();
    var variants = new ArrayList<ActionPlan>(List.of(in.plan()));
    if (in.hasNotes()) {
      variants.add(in.cutPlan());
      for (CleanInput.Flagged f : in.notes()) {
        for (String h : f.note().hidden()) {
          variants.add(CleanInput.withInstruction(in.cutPlan(), h));
        }
      }
    }
    List<Finding> planFindings = strictestPerCheck(variants, planFacts);
    Optional<Refusal> refusal = refusal(planFindings, in.scene(), nowS);
    var steps = new ArrayList<Verdict>(plan.steps().size());
    if (plan.steps().isEmpty()) {
      // Nothing will run: the plan-level verdict carries the whole decision; notes and
      // disguises are flagged on it and the stricter of the two stands.
      var flags = new ArrayList<>(planFindings);
      flags.addAll(TextAsData.noteFinding(in, List.of(), false, planFacts));
      flags.addAll(TextAsData.disguiseFinding(in, planFacts));
      Verdict flagged =
          Decider.merge(plan.planId(), Verdict.PLAN_LEVEL, flags, planFacts, producer);
      Verdict v =
          refusal.isPresent() && !(flagged.decision() instanceof Decision.Halt)
              ? refusal.get().verdict(plan.planId(), Verdict.PLAN_LEVEL, producer)
              : refusal.isPresent()
                  ? flagged
                  : InstructionOnly.judge(
                      in.plan(),
                      in.scene().orElseThrow(),
                      prepared(in.scene().orElseThrow()),
                      planChecks,
                      stepChecks,
                      predictor,
                      config,
                      knowledge,
                      producer);
      if (flagged.decision().rank() > v.decision().rank()) {
        v = flagged;
      }
      return new PlanJudgement(
          plan, SafeVerdicts.escaped(v).withLatencyNanos(System.nanoTime() - planStart), List.of());
    }
    var outcomes = new ArrayList<TextAsData.Outcome>();
    if (refusal.isPresent()) {
      for (int k = 0; k < plan.steps().size(); k++) {
        steps.add(refusal.get().verdict(plan.planId(), k, producer));
      }
    } else {
      List<Verdict> with = judgeSteps(in.plan(), in.scene().orElseThrow(), currentStep, -1);
      if (!in.hasNotes()) {
        steps.addAll(with);
      } else {
        SceneState cutScene = in.cutScene().orElseThrow();
        List<Verdict> without = judgeSteps(in.cutPlan(), cutScene, currentStep, -1);
        for (int k = 0; k < plan.steps().size(); k++) {
          var hidden = new ArrayList<TextAsData.Hidden>();
          boolean flagged = false;
          for (CleanInput.Flagged f : in.notes()) {
            flagged |= f.step() == k || f.step() < 0;
            if (f.step() != k || k < currentStep) {
              continue;
            }
            for (String h : f.note().hidden()) {
              if (!readsAsAction(h)) {
                continue;
              }
              ActionPlan hp = CleanInput.withStepText(in.cutPlan(), k, h);
              hidden.add(
                  new TextAsData.Hidden(k, h, judgeSteps(hp, cutScene, currentStep, k).getFirst()));
            }
          }
          if (!flagged || k < currentStep) {
            steps.add(TextAsData.stricter(k, with.get(k), without.get(k), hidden).chosen());
            continue;
          }
          TextAsData.Outcome o = TextAsData.stricter(k, with.get(k), without.get(k), hidden);
          outcomes.add(o);
          steps.add(o.chosen());
        }
      }
    }
    boolean everyStepAllowed =
        !steps.isEmpty()
            && steps.stream().allMatch(v -> v.decision().isAllow())
            && planFindings.stream().allMatch(f -> f.proposed().isAllow());
    planFindings.addAll(TextAsData.noteFinding(in, outcomes, everyStepAllowed, planFacts));
    planFindings.addAll(TextAsData.disguiseFinding(in, planFacts));
    Verdict planVerdict =
        Decider.merge(plan.planId(), Verdict.PLAN_LEVEL, planFindings, planFacts, producer);
    planVerdict = SafeVerdicts.escaped(planVerdict).withLatencyNanos(System.nanoTime() - planStart);
    var escaped = new ArrayList<Verdict>(steps.size());
    steps.forEach(v -> escaped.add(SafeVerdicts.escaped(v)));
    return new PlanJudgement(plan, planVerdict, escaped);
  }

  /**
   * A hidden text is judged as a step only when it reads as an action: it starts with a verb the
   * parser knows ("put the fork in the toaster", not "safe by the operator").
   */
  private static boolean readsAsAction(String text) {
    return io.stepguard.monitor.predict.Verb.leading(
            io.stepguard.monitor.predict.Verb.normalize(text.replaceAll("[^A-Za-z0-9_ ,'-]", " ")))
        .isPresent();
  }

  /**
   * Judges the steps of {@code plan} in {@code observed}, or only step {@code only} when it is >= 0
   * (then the list holds that one verdict).
   */
  private List<Verdict> judgeSteps(
      ActionPlan plan, SceneState observed, int currentStep, int only) {
    PreparedScene prepared = prepared(observed);
    List<PredictedStep> predicted = predictFrom(plan, observed, currentStep);
    var history = new ArrayList<StateChange>();
    var steps = new ArrayList<Verdict>(plan.steps().size());
    for (int k = 0; k < plan.steps().size(); k++) {
      long t0 = System.nanoTime();
      PredictedStep p = predicted.get(k);
      history.addAll(p.changes());
      if (only >= 0 && k != only) {
        continue;
      }
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
              List.copyOf(history),
              prepared,
              config,
              knowledge);
      steps.add(judgeStep(ctx).withLatencyNanos(System.nanoTime() - t0));
    }
    return steps;
  }

  /**
   * Runs the plan checks on each variant of the plan into one fact sheet and keeps, per check, the
   * findings of the variant where that check is strictest (ties: the earliest variant).
   */
  private List<Finding> strictestPerCheck(List<ActionPlan> variants, FactSheet facts) {
    var best = new LinkedHashMap<String, List<Finding>>();
    for (ActionPlan v : variants) {
      for (PlanCheck check : planChecks) {
        List<Finding> found;
        try {
          found = check.evaluate(v, facts);
        } catch (RuntimeException e) {
          found = List.of(failed(check.name(), e, facts));
        }
        int rank = found.stream().mapToInt(f -> f.proposed().rank()).max().orElse(-1);
        List<Finding> prev = best.get(check.name());
        int prevRank =
            prev == null ? -2 : prev.stream().mapToInt(f -> f.proposed().rank()).max().orElse(-1);
        if (rank > prevRank) {
          best.put(check.name(), found);
        }
      }
    }
    var out = new ArrayList<Finding>();
    best.values().forEach(out::addAll);
    return out;
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

  private Optional<Refusal> refusal(
      List<Finding> planFindings, Optional<SceneState> scene, double nowS) {
    Optional<Finding> halt =
        planFindings.stream()
            .filter(f -> f.proposed() instanceof Decision.Halt)
            .sorted(Decider.RESTRICTIVE_FIRST)
            .findFirst();
    if (halt.isPresent()) {
      String summary = OperatorText.escape(halt.get().summary());
      return Optional.of(
          new Refusal(
              halt.get().hazard(),
              "the plan was refused as a whole: " + summary,
              "HALT: plan refused (" + summary + ")",
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
