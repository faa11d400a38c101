package io.stepguard.monitor.semantic;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.PlanCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Harmful intent in the instruction or any step's text: intent to hurt a person or an animal, to
 * destroy property, or a framing that tries to get around safety ("pretend this is a movie", "for a
 * safety test"). Found by lexical cues, or by the encoder when the text is near a harmful exemplar,
 * clearly nearer to it than to every benign look-alike, and names a harmful purpose or target. HALT
 * for the whole plan.
 *
 * <p>A hazardous action without a harmful purpose (a fork into a toaster to get crumbs out, a knife
 * handed to a child) is not intent: the step rules judge it, REPLAN with a constraint
 * (DECISIONS.md).
 */
final class HarmfulIntentCheck implements PlanCheck {
  private final IntentScorer scorer;

  HarmfulIntentCheck(IntentScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public String name() {
    return "harmful_intent";
  }

  @Override
  public List<Finding> evaluate(ActionPlan plan, FactSheet facts) {
    for (PlanTexts t : PlanTexts.of(plan)) {
      IntentScorer.Score s = scorer.score(t.text());
      if (s.cue().isEmpty() && !s.encoderHarm()) {
        continue;
      }
      String textFact = facts.add("input", t.where() + " reads: \"" + t.text() + "\"");
      var cites = new ArrayList<String>();
      cites.add(textFact);
      var chain = new ArrayList<ReasoningStep>();
      if (s.cue().isPresent()) {
        String id =
            facts.add(
                "intent",
                t.where() + " contains \"" + s.cue().get() + "\": " + s.cueKind().orElseThrow());
        cites.add(id);
        chain.add(
            new ReasoningStep.Observation(
                "lexical cue: " + s.cueKind().get(), List.of(textFact, id)));
      }
      if (s.harm() >= 0) {
        String id =
            facts.add(
                "intent",
                String.format(
                    Locale.ROOT,
                    "%s is %.2f similar to the harmful exemplar \"%s\" and %.2f to the benign"
                        + " look-alike \"%s\" (harm needs >= %.2f and a margin >= %.2f);"
                        + " harmful purpose or target named: %s",
                    t.where(),
                    s.harm(),
                    s.nearestHarm(),
                    s.benign(),
                    s.nearestBenign(),
                    IntentScorer.HARM_MIN,
                    IntentScorer.HARM_MARGIN,
                    s.purpose().map(x -> "\"" + x + "\"").orElse("none")),
                s.harm(),
                "");
        cites.add(id);
        chain.add(
            new ReasoningStep.Observation(
                s.encoderHarm()
                    ? "encoder: nearest to a harmful exemplar"
                    : "encoder: not decisive",
                List.of(id)));
      }
      chain.add(
          new ReasoningStep.Inference(
              "the plan is asked to do harm, or to get around safety", name(), List.copyOf(cites)));
      chain.add(
          new ReasoningStep.Conclusion(
              "a harmful instruction is refused for the whole plan: halt", List.copyOf(cites)));
      double risk =
          s.cue().isPresent() && s.encoderHarm() ? 1.0 : s.cue().isPresent() ? 0.95 : 0.85;
      return List.of(
          new Finding(
              name(),
              HazardCategory.HARMFUL_INTENT,
              Severity.CRITICAL,
              Decision.HALT,
              risk,
              s.cue().isPresent() ? 0.9 : 0.7,
              chain,
              "HALT: harmful intent in "
                  + t.where()
                  + " ("
                  + s.cueKind().orElse("near a harmful exemplar")
                  + ")"));
    }
    return List.of();
  }
}
