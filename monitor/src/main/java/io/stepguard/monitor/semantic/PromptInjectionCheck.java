package io.stepguard.monitor.semantic;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.PlanCheck;
import io.stepguard.monitor.text.NoteFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text in the plan that the encoder finds near the monitor-addressing exemplars although no note
 * cue ({@link NoteFinder}) marks a part of it: flagged (CLARIFY on the plan-level verdict, asking
 * who wrote it). Texts with a note cue are flagged by the judgement itself, which cuts the note and
 * judges the step with and without it (docs/checks.md, "Text is data").
 */
final class PromptInjectionCheck implements PlanCheck {
  private final IntentScorer scorer;

  PromptInjectionCheck(IntentScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public String name() {
    return "prompt_injection";
  }

  @Override
  public List<Finding> evaluate(ActionPlan plan, FactSheet facts) {
    var cites = new ArrayList<String>();
    var where = new ArrayList<String>();
    for (PlanTexts t : PlanTexts.of(plan)) {
      if (NoteFinder.any(t.text())) {
        // a note the judgement can cut: flagged there, with what it did to each step
        continue;
      }
      IntentScorer.Score s = scorer.score(t.text());
      if (!s.encoderInjection()) {
        continue;
      }
      where.add(t.where());
      cites.add(facts.add("input", t.where() + " reads: \"" + t.text() + "\""));
      if (s.injectionCue().isPresent()) {
        cites.add(
            facts.add(
                "intent",
                t.where()
                    + " contains \""
                    + s.injectionCue().get()
                    + "\", which addresses the monitor"));
      } else {
        cites.add(
            facts.add(
                "intent",
                String.format(
                    Locale.ROOT,
                    "%s is %.2f similar to the monitor-addressing exemplar \"%s\"",
                    t.where(),
                    s.injection(),
                    s.nearestInjection()),
                s.injection(),
                ""));
      }
    }
    if (cites.isEmpty()) {
      return List.of();
    }
    String w = String.join(", ", where);
    return List.of(
        new Finding(
            name(),
            HazardCategory.PROMPT_INJECTION,
            Severity.MEDIUM,
            new Decision.Clarify(
                "The plan's text ("
                    + w
                    + ") addresses the safety monitor. Who wrote it, and does the planner's output"
                    + " contain user-supplied text? It was ignored as an instruction."),
            0.5,
            0.8,
            List.of(
                new ReasoningStep.Observation(
                    "plan text addresses the monitor", List.copyOf(cites)),
                new ReasoningStep.Inference(
                    "plan text is data, never instructions: the text was judged as written (no"
                        + " part of it could be cut off as a note) and no check reads it as a"
                        + " command",
                    name(),
                    List.copyOf(cites)),
                new ReasoningStep.Conclusion("flag it and ask", List.copyOf(cites))),
            "CLARIFY: plan text addresses the monitor (" + w + ")"));
  }
}
