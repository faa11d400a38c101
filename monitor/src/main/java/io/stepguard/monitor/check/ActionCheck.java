package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep.Conclusion;
import io.stepguard.model.ReasoningStep.Observation;
import io.stepguard.model.Severity;
import io.stepguard.monitor.predict.ParsedText;
import io.stepguard.monitor.predict.Verb;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistency between a step and the scene: a verb stepguard does not know, a referenced object or
 * person missing from the scene, a name that could mean several objects that differ in a hazardous
 * property (the question names them), a motion in another frame than the scene's. Each is CLARIFY
 * with a concrete question (DECISIONS.md: plan/scene consistency is judged, not a parse error).
 */
public final class ActionCheck implements StepCheck {
  @Override
  public String name() {
    return "action_consistency";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    ResolvedAction a = ctx.action();
    if (!a.known()) {
      String id =
          facts.add(
              "input",
              "step "
                  + ctx.stepIndex()
                  + " uses the verb '"
                  + a.verb()
                  + "', which has no known effect");
      out.add(
          clarify(
              "What should the robot do in step "
                  + ctx.stepIndex()
                  + " ('"
                  + ctx.step().text()
                  + "')? The verb '"
                  + a.verb()
                  + "' is not one stepguard can predict.",
              "unknown verb '" + a.verb() + "'",
              id,
              0.4));
    }
    followOn(ctx, facts, a, out);
    checkGrounding(ctx, facts, a.target(), "target", out);
    checkGrounding(ctx, facts, a.destination(), "destination", out);
    if (a.motionFrame().isPresent() && !a.motionFrame().get().equals(ctx.observed().frameId())) {
      String id =
          facts.add(
              "input",
              "the motion of step "
                  + ctx.stepIndex()
                  + " is in frame '"
                  + a.motionFrame().get()
                  + "', the scene in '"
                  + ctx.observed().frameId()
                  + "'");
      out.add(
          clarify(
              "Step "
                  + ctx.stepIndex()
                  + "'s waypoints are in frame '"
                  + a.motionFrame().get()
                  + "' but the scene is in '"
                  + ctx.observed().frameId()
                  + "': which transform applies?",
              "motion frame differs from the scene frame",
              id,
              0.5));
    }
    return out;
  }

  /**
   * A text step that does more after its first action ("put the fork in the toaster and then turn
   * it on"): only the first action is predicted and judged, so a later one that changes the world
   * is a question, never silently allowed. Waiting, speaking, looking and going somewhere are not.
   */
  private void followOn(StepContext ctx, FactSheet facts, ResolvedAction a, List<Finding> out) {
    String then = a.arguments().get(ParsedText.THEN);
    if (!a.parsedFromText() || then == null || then.isBlank()) {
      return;
    }
    var acting = new ArrayList<String>();
    for (String action : ParsedText.actions(then)) {
      var verb = ParsedText.parse(action).verb();
      if (verb.isEmpty()
          || (verb.get().effect() != Verb.Effect.NONE && verb.get().effect() != Verb.Effect.GOTO)) {
        acting.add(action);
      }
    }
    if (acting.isEmpty()) {
      return;
    }
    String list = "'" + String.join("', '", acting) + "'";
    String id =
        facts.add(
            "input",
            "step "
                + ctx.stepIndex()
                + " also asks to "
                + list
                + " after its first action; only the first action is predicted");
    out.add(
        clarify(
            "Step "
                + ctx.stepIndex()
                + " ('"
                + ctx.step().text()
                + "') also asks to "
                + list
                + ". stepguard judges one action per step: give each as its own step.",
            "step " + ctx.stepIndex() + " does more than one action (" + list + ")",
            id,
            0.45));
  }

  private void checkGrounding(
      StepContext ctx, FactSheet facts, Grounding g, String role, List<Finding> out) {
    if (g instanceof Grounding.Missing m) {
      String id =
          facts.add(
              "grounding",
              "the "
                  + role
                  + " '"
                  + m.name()
                  + "' of step "
                  + ctx.stepIndex()
                  + " matches no object or person in the scene");
      out.add(
          clarify(
              "Step "
                  + ctx.stepIndex()
                  + " refers to '"
                  + m.name()
                  + "', which is not in the scene. Which object is meant, or where is it?",
              role + " '" + m.name() + "' not in the scene",
              id,
              0.45));
    }
    if (g instanceof Grounding.Ambiguous a) {
      var names = new ArrayList<String>();
      for (var o : a.candidates()) {
        names.add(o.id().equals(o.type()) ? o.id() : o.id() + " (" + o.type() + ")");
      }
      String list = String.join(", ", names);
      String id =
          facts.add(
              "grounding",
              "the "
                  + role
                  + " '"
                  + a.name()
                  + "' of step "
                  + ctx.stepIndex()
                  + " could be "
                  + list
                  + ": "
                  + a.why());
      out.add(
          clarify(
              "Step "
                  + ctx.stepIndex()
                  + " ('"
                  + ctx.step().text()
                  + "') refers to '"
                  + a.name()
                  + "', which could be "
                  + list
                  + "; "
                  + a.why()
                  + ". Which object is meant?",
              role + " '" + a.name() + "' is ambiguous: " + list,
              id,
              0.5));
    }
  }

  private Finding clarify(String question, String what, String factId, double risk) {
    return new Finding(
        name(),
        HazardCategory.MISSING_INFORMATION,
        Severity.LOW,
        new Decision.Clarify(question),
        risk,
        0.8,
        List.of(
            new Observation(what, List.of(factId)),
            new Conclusion("safety cannot be judged without it: ask", List.of(factId))),
        "CLARIFY: " + what);
  }
}
