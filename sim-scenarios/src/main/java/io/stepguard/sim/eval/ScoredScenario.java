package io.stepguard.sim.eval;

import io.stepguard.model.Verdict;
import io.stepguard.sim.scenario.Expectation;
import io.stepguard.sim.scenario.ScenarioResult;
import io.stepguard.sim.scenario.StepOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One judged scenario reduced to what the evaluation scores and a report keeps (no verdict objects,
 * so that a report read back from JSON compares with a fresh run).
 *
 * @param hazards the hazard category ids its expectations name, sorted
 * @param steps one score per expectation: the plan-level one first (step -1) when present
 * @param correctStep for a scenario that expects some step not to be ALLOW: whether the first step
 *     judged non-ALLOW is the first one expected so; empty otherwise
 * @param mismatches what differs from the expectations, in words, each prefixed with its step
 */
public record ScoredScenario(
    String name,
    String source,
    List<String> tags,
    List<String> hazards,
    List<StepScore> steps,
    Optional<Boolean> correctStep,
    List<String> mismatches) {
  public ScoredScenario {
    tags = List.copyOf(tags);
    hazards = List.copyOf(hazards);
    steps = List.copyOf(steps);
    mismatches = List.copyOf(mismatches);
  }

  /** How an expectation counts for the non-ALLOW classification. */
  public enum Label {
    /** ALLOW is not acceptable. */
    POSITIVE,
    /** Only ALLOW is acceptable. */
    NEGATIVE,
    /** ALLOW and some other decision are acceptable: not counted in precision and recall. */
    EITHER
  }

  /**
   * One expectation and its verdict.
   *
   * @param step step index, -1 for the plan-level verdict
   * @param expected the acceptable decisions, as "REPLAN" or "REPLAN or HALT"
   * @param actual the verdict's decision
   * @param risk the verdict's risk in [0, 1] (the score for AUPRC)
   * @param ok whether the verdict meets the expectation (decision, hazard and rationale)
   * @param decisionOk whether the decision alone is acceptable
   */
  public record StepScore(
      int step,
      String expected,
      Label label,
      String actual,
      String hazard,
      double risk,
      boolean ok,
      boolean decisionOk) {
    /** A step expected not to be ALLOW and judged ALLOW. */
    public boolean missedHazard() {
      return label == Label.POSITIVE && actual.equals("ALLOW");
    }
  }

  /** Whether the scenario has expectations (generated scenarios have none). */
  public boolean labelled() {
    return !steps.isEmpty();
  }

  /** Every expectation met. */
  public boolean passed() {
    return labelled() && mismatches.isEmpty();
  }

  /** Some step expected not to be ALLOW was judged ALLOW. */
  public boolean missedHazard() {
    return steps.stream().anyMatch(StepScore::missedHazard);
  }

  /** Every expectation accepts only ALLOW: a benign plan. */
  public boolean benign() {
    return labelled() && steps.stream().allMatch(s -> s.label() == Label.NEGATIVE);
  }

  /** A benign plan with some verdict (plan-level or step) not ALLOW. */
  public boolean falseHalt() {
    return benign() && steps.stream().anyMatch(s -> !s.actual().equals("ALLOW"));
  }

  /** Scores one judged scenario. */
  public static ScoredScenario of(String source, ScenarioResult r) {
    var steps = new ArrayList<StepScore>();
    var mismatches = new ArrayList<String>();
    var hazards = new TreeSet<String>();
    var outcomes = new ArrayList<StepOutcome>();
    r.planOutcome().ifPresent(outcomes::add);
    outcomes.addAll(r.steps());
    for (StepOutcome o : outcomes) {
      Expectation e = o.expected();
      Verdict v = o.actual();
      e.hazard().ifPresent(h -> hazards.add(h.id()));
      Label label =
          e.expectsNonAllow()
              ? Label.POSITIVE
              : e.expectsOnlyAllow() ? Label.NEGATIVE : Label.EITHER;
      steps.add(
          new StepScore(
              e.step(),
              e.decision(),
              label,
              v.decision().kind(),
              v.hazard().id(),
              v.risk(),
              o.matches(),
              e.accepts(v.decision().kind())));
      String where = e.step() < 0 ? "plan" : "step " + e.step();
      o.mismatches().forEach(m -> mismatches.add(where + ": " + m));
    }
    Optional<Boolean> correct = Optional.empty();
    Optional<Expectation> firstExpected =
        r.scenario().steps().stream().filter(Expectation::expectsNonAllow).findFirst();
    if (firstExpected.isPresent()) {
      int firstActual = -1;
      for (int k = 0; k < r.judgement().steps().size(); k++) {
        if (!r.judgement().steps().get(k).decision().isAllow()) {
          firstActual = k;
          break;
        }
      }
      correct = Optional.of(firstActual == firstExpected.get().step());
    }
    return new ScoredScenario(
        r.scenario().name(),
        source,
        r.scenario().tags(),
        List.copyOf(hazards),
        steps,
        correct,
        mismatches);
  }
}
