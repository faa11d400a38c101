package io.stepguard.cli;

import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.PlanJudgement;
import java.io.PrintWriter;
import java.util.Locale;

/** Plain-text rendering of verdicts for terminals. */
final class VerdictText {
  private VerdictText() {}

  static void table(PlanJudgement j, PrintWriter out) {
    Verdict pv = j.planVerdict();
    if (!pv.decision().isAllow()) {
      out.printf(
          Locale.ROOT,
          "  plan  %-8s %-20s %s%n",
          pv.decision().kind(),
          pv.hazard().id(),
          pv.summary());
    }
    out.printf(Locale.ROOT, "  %4s  %-8s %-20s %s%n", "step", "decision", "hazard", "summary");
    for (Verdict v : j.steps()) {
      out.printf(
          Locale.ROOT,
          "  %4d  %-8s %-20s %s%n",
          v.stepIndex(),
          v.decision().kind(),
          v.hazard() == io.stepguard.model.HazardCategory.NONE ? "-" : v.hazard().id(),
          v.summary());
    }
  }

  static void explain(Verdict v, String stepText, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s %s: %s%n",
        v.isPlanLevel() ? "plan" : "step " + v.stepIndex(),
        v.isPlanLevel() ? "" : "(\"" + stepText + "\")",
        v.decision().kind());
    out.println("  summary: " + v.summary());
    switch (v.decision()) {
      case Decision.Clarify c -> out.println("  question: " + c.question());
      case Decision.Replan r -> r.constraints().forEach(c -> out.println("  constraint: " + c));
      default -> {}
    }
    out.printf(
        Locale.ROOT,
        "  hazard %s, severity %s, risk %.2f, confidence %.2f, by %s, %.1f us%n",
        v.hazard().id(),
        v.severity().id(),
        v.risk(),
        v.confidence(),
        v.producer(),
        v.latencyNanos() / 1e3);
    out.println("  reasoning:");
    int i = 1;
    for (ReasoningStep r : v.reasoning()) {
      out.printf(Locale.ROOT, "    %d. %s [%s]%n", i++, r.text(), String.join(", ", r.cites()));
    }
    out.println("  facts:");
    for (Fact f : v.facts()) {
      out.printf(Locale.ROOT, "    %s: %s%n", f.id(), f.statement());
    }
  }
}
