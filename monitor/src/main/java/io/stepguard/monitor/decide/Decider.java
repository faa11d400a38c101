package io.stepguard.monitor.decide;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Severity;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Merges the findings of all checks for one step into one verdict: the most restrictive decision
 * wins (HALT > REPLAN > CLARIFY > ALLOW); REPLAN constraints and CLARIFY questions of every finding
 * at that level are kept; the primary finding (most severe, then riskiest) gives hazard, summary
 * and confidence; risk is the highest of all findings. The chain lists the blocking findings'
 * reasoning first, then the clear ones, then a conclusion. Stateless.
 */
public final class Decider {
  private Decider() {}

  /** Orders findings: most restrictive, then most severe, then riskiest first. */
  public static final Comparator<Finding> RESTRICTIVE_FIRST =
      Comparator.comparingInt((Finding f) -> f.proposed().rank())
          .thenComparing(Finding::severity)
          .thenComparingDouble(Finding::risk)
          .reversed();

  public static Verdict merge(
      String planId, int stepIndex, List<Finding> findings, FactSheet facts, String producer) {
    if (findings.isEmpty()) {
      String id =
          facts.add(
              "checks",
              (stepIndex == Verdict.PLAN_LEVEL ? "no plan-level check" : "no check")
                  + " found a hazard");
      return new Verdict(
          planId,
          stepIndex,
          Decision.ALLOW,
          HazardCategory.NONE,
          Severity.NONE,
          0.02,
          0.7,
          facts.facts(),
          List.of(
              new ReasoningStep.Conclusion("nothing stands against this step: allow", List.of(id))),
          "ALLOW: no hazard found",
          producer,
          0);
    }
    var sorted = new ArrayList<>(findings);
    sorted.sort(RESTRICTIVE_FIRST);
    Finding primary = sorted.getFirst();
    int rank = primary.proposed().rank();
    var atRank = sorted.stream().filter(f -> f.proposed().rank() == rank).toList();
    Decision decision =
        switch (primary.proposed()) {
          case Decision.Allow a -> Decision.ALLOW;
          case Decision.Halt h -> Decision.HALT;
          case Decision.Replan r -> {
            var all = new LinkedHashSet<String>();
            atRank.forEach(f -> all.addAll(((Decision.Replan) f.proposed()).constraints()));
            yield new Decision.Replan(List.copyOf(all));
          }
          case Decision.Clarify c -> {
            var qs = new LinkedHashSet<String>();
            atRank.forEach(f -> qs.add(((Decision.Clarify) f.proposed()).question()));
            yield new Decision.Clarify(String.join(" Also: ", qs));
          }
        };
    double risk = sorted.stream().mapToDouble(Finding::risk).max().orElse(0);
    var chain = new ArrayList<ReasoningStep>();
    for (Finding f : sorted) {
      chain.addAll(f.reasoning());
    }
    var checks = new LinkedHashSet<String>();
    atRank.forEach(f -> checks.add(f.check()));
    var cited = new LinkedHashSet<String>();
    atRank.forEach(f -> f.reasoning().forEach(r -> cited.addAll(r.cites())));
    chain.add(
        new ReasoningStep.Conclusion(
            "decision " + decision.kind() + " from " + String.join(", ", checks),
            List.copyOf(cited)));
    String summary = primary.summary();
    long others = atRank.size() - 1L;
    if (rank > 0 && others > 0) {
      summary += " (+" + others + " more)";
    }
    if (rank == 0) {
      summary = "ALLOW: " + primary.summary();
    }
    return new Verdict(
        planId,
        stepIndex,
        decision,
        rank == 0 ? HazardCategory.NONE : primary.hazard(),
        rank == 0 ? Severity.NONE : primary.severity(),
        risk,
        primary.confidence(),
        facts.facts(),
        chain,
        summary,
        producer,
        0);
  }
}
