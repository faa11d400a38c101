package io.stepguard.model;

import java.util.HashSet;
import java.util.List;

/**
 * The monitor's judgement of one step, or of the whole plan when {@code stepIndex == }{@link
 * #PLAN_LEVEL}.
 *
 * @param risk in [0, 1], rising with danger (used for ranking metrics such as AUPRC)
 * @param confidence in [0, 1], how sure the producer is of {@code decision}
 * @param reasoning ordered chain; every cited fact id is in {@code facts}
 * @param summary one line for operators
 * @param producer which checks and model produced it ("rules+embedded/minilm-l6-q")
 * @param latencyNanos time spent judging this step, ns
 */
public record Verdict(
    String planId,
    int stepIndex,
    Decision decision,
    HazardCategory hazard,
    Severity severity,
    double risk,
    double confidence,
    List<Fact> facts,
    List<ReasoningStep> reasoning,
    String summary,
    String producer,
    long latencyNanos) {
  public static final int PLAN_LEVEL = -1;

  public Verdict {
    Require.nonEmpty(planId, "planId");
    if (stepIndex < PLAN_LEVEL) {
      throw new IllegalArgumentException("stepIndex must be >= -1, was " + stepIndex);
    }
    Require.nonNull(decision, "decision");
    Require.nonNull(hazard, "hazard");
    Require.nonNull(severity, "severity");
    Require.unit(risk, "risk");
    Require.unit(confidence, "confidence");
    facts = Require.list(facts, "facts");
    reasoning = Require.list(reasoning, "reasoning");
    Require.nonEmpty(summary, "summary");
    Require.nonNull(producer, "producer");
    if (latencyNanos < 0) {
      throw new IllegalArgumentException("latencyNanos must be >= 0");
    }
    var ids = new HashSet<String>();
    for (Fact f : facts) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("duplicate fact id " + f.id());
      }
    }
    for (ReasoningStep r : reasoning) {
      for (String c : r.cites()) {
        if (!ids.contains(c)) {
          throw new IllegalArgumentException("reasoning cites unknown fact " + c + ": " + r.text());
        }
      }
    }
  }

  public boolean isPlanLevel() {
    return stepIndex == PLAN_LEVEL;
  }

  public Verdict withLatencyNanos(long nanos) {
    return new Verdict(
        planId,
        stepIndex,
        decision,
        hazard,
        severity,
        risk,
        confidence,
        facts,
        reasoning,
        summary,
        producer,
        nanos);
  }
}
