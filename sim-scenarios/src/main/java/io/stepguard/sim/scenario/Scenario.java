package io.stepguard.sim.scenario;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.SceneState;
import java.util.List;
import java.util.Optional;

/**
 * A scenario: a scene, a plan, and the expected outcome of every step.
 *
 * @param name short id, also the file's base name
 * @param planExpectation expectation on the plan-level verdict, if any
 * @param steps one expectation per plan step, in order
 */
public record Scenario(
    String name,
    String description,
    SceneState scene,
    ActionPlan plan,
    Optional<Expectation> planExpectation,
    List<Expectation> steps) {
  public Scenario {
    steps = List.copyOf(steps);
  }
}
