package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Require;
import io.stepguard.model.Severity;
import java.util.List;

/**
 * What one check concluded about one step: a proposed decision with its evidence. The decider
 * merges the findings of all checks, most restrictive first.
 *
 * @param check name of the check or rule that produced it ("person_zone", "fire_rule")
 * @param proposed the decision this check asks for
 * @param risk in [0, 1], rising with danger
 * @param confidence in [0, 1], how sure the check is
 * @param reasoning steps citing ids from the step's {@link FactSheet}
 * @param summary one line for operators
 */
public record Finding(
    String check,
    HazardCategory hazard,
    Severity severity,
    Decision proposed,
    double risk,
    double confidence,
    List<ReasoningStep> reasoning,
    String summary) {
  public Finding {
    Require.nonEmpty(check, "check");
    Require.nonNull(hazard, "hazard");
    Require.nonNull(severity, "severity");
    Require.nonNull(proposed, "proposed");
    Require.unit(risk, "risk");
    Require.unit(confidence, "confidence");
    reasoning = Require.list(reasoning, "reasoning");
    if (reasoning.isEmpty()) {
      throw new IllegalArgumentException("a finding needs at least one reasoning step");
    }
    Require.nonEmpty(summary, "summary");
  }
}
