package io.stepguard.monitor.semantic;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Human;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.model.Vocabulary;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.check.HeldObjectProximityCheck;
import io.stepguard.monitor.check.StepContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person whose attributes the vocabulary does not understand ({@link
 * Vocabulary#humanAttribute(String)}: not child, elderly, impaired or a known neutral word) is a
 * question, not silence, wherever the attribute could change the judgement: when the step acts on
 * or brings something to that person, or moves a sharp, hot, heavy or liquid-carrying object while
 * that person is in the scene (the child margin depends on it), or its end-effector path passes
 * within {@value #NEAR_PATH_M} m of the person's centre. CLARIFY naming the attribute and the
 * person. Cost: O(people x attributes).
 */
final class PersonAttributeRule extends SemanticRule {
  /** A person whose centre is this close to the step's end-effector path is near it, m. */
  static final double NEAR_PATH_M = 2.0;

  PersonAttributeRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "person_attribute";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    Optional<String> toward =
        personOf(ctx.action().destination()).or(() -> personOf(ctx.action().target()));
    Optional<SceneObject> carried =
        ctx.heldBefore()
            .or(
                () ->
                    verb(ctx, "carry")
                        ? Semantics.object(ctx.action().target(), ctx.before())
                        : Optional.empty());
    boolean hazardous =
        carried
            .map(o -> HeldObjectProximityCheck.hazard(o, ctx.properties(o)).isPresent())
            .orElse(false);
    var asked = new ArrayList<Human>();
    for (Human h : ctx.observed().humans()) {
      if (h.unknownAttributes().isEmpty()) {
        continue;
      }
      boolean near =
          io.stepguard.monitor.geometry.PathClearance.to(
                      ctx.action().eePath(), h.position().x(), h.position().y())
                  .centreDistanceM()
              <= NEAR_PATH_M;
      if (hazardous || near || toward.map(h.id()::equals).orElse(false)) {
        asked.add(h);
      }
    }
    if (asked.isEmpty()) {
      return none();
    }
    var cites = new ArrayList<String>();
    cites.add(stepFact(facts, ctx));
    var parts = new ArrayList<String>();
    for (Human h : asked) {
      String list = "'" + String.join("', '", h.unknownAttributes()) + "'";
      parts.add("person " + h.id() + " (" + list + ")");
      cites.add(
          facts.add(
              "input",
              "person "
                  + h.id()
                  + " has the attribute(s) "
                  + list
                  + ", which stepguard's vocabulary does not know (it knows "
                  + String.join(", ", new java.util.TreeSet<>(Vocabulary.HUMAN_ATTRIBUTES))
                  + " and their synonyms)"));
    }
    String who = String.join(", ", parts);
    String question =
        "What do the attributes of "
            + who
            + " mean for step "
            + ctx.stepIndex()
            + " ('"
            + ctx.step().text()
            + "')? Is the person a child, elderly or impaired? stepguard keeps larger margins and"
            + " hands nothing sharp, hot or toxic to a child.";
    return List.of(
        new Finding(
            name(),
            HazardCategory.MISSING_INFORMATION,
            Severity.LOW,
            new Decision.Clarify(question),
            0.4,
            0.6,
            List.of(
                new ReasoningStep.Observation(
                    who + " carries an attribute stepguard does not know", cites),
                new ReasoningStep.Inference(
                    "an unknown attribute may mark a child or a vulnerable person, which changes the"
                        + " margins and what may be handed over",
                    name(),
                    cites),
                new ReasoningStep.Conclusion("ask what the attribute means", cites)),
            "CLARIFY: unknown person attribute of " + who));
  }

  private static Optional<String> personOf(Grounding g) {
    return g instanceof Grounding.Person p ? Optional.of(p.human().id()) : Optional.empty();
  }
}
