package io.stepguard.sim.scenario;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.SceneState;
import java.util.List;
import java.util.Optional;

/**
 * A scenario: a scene, a plan, the moment it is judged, and the expected outcome of every step.
 *
 * @param name short id, also the file's base name
 * @param planExpectation expectation on the plan-level verdict, if any
 * @param steps one expectation per plan step, in order; empty for an unlabelled (generated)
 *     scenario, which is judged but not scored
 * @param tags free labels ({@code class:<c>}, {@code hazard}, {@code benign}, ...), in file order
 * @param twin the name of the paired scenario (a hazardous one names its benign twin and vice
 *     versa)
 * @param currentStep the step running when the scene was observed (0: the plan has not started, or
 *     step 0 runs); steps before it are done
 * @param nowS the judgement time in the scene's clock, s, never before the scene's stamp
 */
public record Scenario(
    String name,
    String description,
    SceneState scene,
    ActionPlan plan,
    Optional<Expectation> planExpectation,
    List<Expectation> steps,
    List<String> tags,
    Optional<String> twin,
    int currentStep,
    double nowS) {
  public Scenario {
    steps = List.copyOf(steps);
    tags = List.copyOf(tags);
  }

  /** A scenario without tags or twin, judged at the scene's stamp with nothing running. */
  public Scenario(
      String name,
      String description,
      SceneState scene,
      ActionPlan plan,
      Optional<Expectation> planExpectation,
      List<Expectation> steps) {
    this(
        name,
        description,
        scene,
        plan,
        planExpectation,
        steps,
        List.of(),
        Optional.empty(),
        0,
        scene.stampS());
  }

  /** Whether the scenario carries {@code tag} (exact match). */
  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }

  /** Every expectation: the plan-level one first when present, then the steps'. */
  public List<Expectation> expectations() {
    var all = new java.util.ArrayList<Expectation>();
    planExpectation.ifPresent(all::add);
    all.addAll(steps);
    return List.copyOf(all);
  }
}
