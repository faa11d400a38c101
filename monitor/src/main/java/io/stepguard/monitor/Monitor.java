package io.stepguard.monitor;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.SceneState;
import java.util.Optional;

/**
 * Judges plans in scenes. Thread-safe; {@link #close()} releases models.
 *
 * <p>Fail closed: without a scene, or with a scene older than the configured timeout, no step is
 * ALLOW.
 */
public interface Monitor extends AutoCloseable {
  /**
   * Judges every step of {@code plan} in {@code scene}.
   *
   * @param scene the latest scene, empty when none has been received
   * @param nowS the current time in the scene's clock, s, used to detect a stale scene
   */
  PlanJudgement judge(ActionPlan plan, Optional<SceneState> scene, double nowS);

  /**
   * Judges {@code plan} while it executes: steps before {@code currentStep} are done (the scene
   * already shows their effects), step {@code currentStep} runs now (hazards in the observed scene
   * halt it), later steps are judged in the world predicted from now.
   */
  PlanJudgement judge(ActionPlan plan, Optional<SceneState> scene, double nowS, int currentStep);

  /** Judges a plan in a scene taken as current (offline use: check, demo, eval). */
  default PlanJudgement judge(ActionPlan plan, SceneState scene) {
    return judge(plan, Optional.of(scene), scene.stampS());
  }

  /** Which checks and model this monitor runs, for verdicts' {@code producer}. */
  String producer();

  @Override
  void close();
}
