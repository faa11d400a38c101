package io.stepguard.monitor.check;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.PlanStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.geometry.PreparedScene;
import io.stepguard.monitor.predict.StateChange;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import io.stepguard.monitor.semantic.TypeKnowledge;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a check may read about step {@code stepIndex}: the observed scene, the predicted scene
 * before and after the step (effects of steps 0..k-1, then of step k), the grounded action, the
 * changes earlier steps made, and the scene's prepared geometry.
 *
 * @param observed the scene as last observed (people and zones come from here)
 * @param before predicted state when step k starts
 * @param after predicted state when step k ends
 * @param history changes made by steps 0..k, oldest first
 * @param currentStep the step that runs now (0 before a plan starts): hazards present in the
 *     observed scene are judged on this step, predicted hazards on the steps after it
 */
public record StepContext(
    ActionPlan plan,
    int stepIndex,
    int currentStep,
    SceneState observed,
    SceneState before,
    SceneState after,
    ResolvedAction action,
    List<StateChange> history,
    PreparedScene prepared,
    MonitorConfig config,
    ObjectKnowledge knowledge) {
  public StepContext {
    history = List.copyOf(history);
  }

  /**
   * True when this step is the one that runs now: a hazard found here is present, not predicted.
   */
  public boolean isCurrent() {
    return stepIndex == currentStep;
  }

  public PlanStep step() {
    return plan.steps().get(stepIndex);
  }

  /** The object the robot holds when the step starts, if any. */
  public Optional<SceneObject> heldBefore() {
    return before.robot().heldObject().flatMap(before::object);
  }

  /** Perceived properties of {@code o} together with what the lexicon knows of its type. */
  public Set<String> properties(SceneObject o) {
    Set<String> all = new HashSet<>(o.properties());
    all.addAll(knowledge.lookup(o.type()).properties());
    return all;
  }

  /**
   * True when object types are looked up (the lexicon, the encoder); false for a geometric-only
   * monitor, which knows only the properties the scene reports and so cannot tell an unknown type
   * from an unlooked-up one.
   */
  public boolean looksUpTypes() {
    return knowledge != ObjectKnowledge.PERCEIVED_ONLY;
  }

  /**
   * True when nothing is known of {@code o}'s kind: types are looked up, the lookup found nothing
   * and the scene reports no property.
   */
  public boolean unknownKind(SceneObject o) {
    return looksUpTypes()
        && o.properties().isEmpty()
        && knowledgeOf(o) instanceof TypeKnowledge.Unknown;
  }

  public TypeKnowledge knowledgeOf(SceneObject o) {
    return knowledge.lookup(o.type());
  }

  /** The most recent change to {@code subject} made before step k, if any. */
  public Optional<StateChange> lastChangeBefore(String subject) {
    for (int i = history.size() - 1; i >= 0; i--) {
      StateChange c = history.get(i);
      if (c.stepIndex() < stepIndex && c.subject().equals(subject)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
