package io.stepguard.monitor.predict;

import io.stepguard.model.SceneState;
import io.stepguard.monitor.check.ResolvedAction;
import java.util.List;

/**
 * One step of a plan with the world predicted around it.
 *
 * @param before the predicted scene when the step starts
 * @param after the predicted scene when the step ends
 * @param changes what this step changed, in words (empty for wait, say, or an unknown verb)
 */
public record PredictedStep(
    int index,
    SceneState before,
    SceneState after,
    ResolvedAction action,
    List<StateChange> changes) {
  public PredictedStep {
    changes = List.copyOf(changes);
  }
}
