package io.stepguard.sim.generate;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Human;
import io.stepguard.model.PlanStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.sim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Changes to a scenario whose effect on the judgement is known in direction (the metamorphic
 * invariants of docs/scenarios.md): a person moved away or slowed, an object removed, text appended
 * to the steps, an object renamed. Each returns a new scenario; the input is unchanged. Stateless.
 */
public final class Perturbations {
  private Perturbations() {}

  /**
   * Person {@code id} moved {@code extraM} m farther from the robot's base, along the ray from the
   * base through them (for {@link HouseholdScenarios}: farther from every point of the plan).
   */
  public static Scenario movedAway(Scenario s, String id, double extraM) {
    Vec3 base = s.scene().robot().basePose().position();
    return withHumans(
        s,
        h -> {
          if (!h.id().equals(id)) {
            return h;
          }
          double dx = h.position().x() - base.x();
          double dy = h.position().y() - base.y();
          double d = Math.hypot(dx, dy);
          double k = (d + extraM) / d;
          return new Human(
              h.id(),
              new Vec3(base.x() + dx * k, base.y() + dy * k, h.position().z()),
              h.velocity(),
              h.radiusM(),
              h.heightM(),
              h.attributes());
        });
  }

  /** Person {@code id}'s measured velocity scaled by {@code factor} in [0, 1]. */
  public static Scenario slowed(Scenario s, String id, double factor) {
    return withHumans(
        s,
        h ->
            !h.id().equals(id)
                ? h
                : new Human(
                    h.id(),
                    h.position(),
                    h.velocity().map(v -> new Vec3(v.x() * factor, v.y() * factor, v.z() * factor)),
                    h.radiusM(),
                    h.heightM(),
                    h.attributes()));
  }

  /** The scene without object {@code id} (the plan unchanged). */
  public static Scenario withoutObject(Scenario s, String id) {
    SceneState sc = s.scene();
    var objects = sc.objects().stream().filter(o -> !o.id().equals(id)).toList();
    return with(
        s,
        new SceneState(
            sc.schemaVersion(),
            sc.stampS(),
            sc.frameId(),
            sc.robot(),
            sc.humans(),
            objects,
            sc.zones()),
        s.plan());
  }

  /** Every step's text with {@code note} appended after one space. */
  public static Scenario withNote(Scenario s, String note) {
    return withTexts(s, t -> t + " " + note);
  }

  /**
   * Object {@code id}'s type renamed to {@code newType}, and every whole-word mention of its old
   * type in the step texts with it.
   */
  public static Scenario renamed(Scenario s, String id, String newType) {
    SceneState sc = s.scene();
    Optional<SceneObject> target = sc.objects().stream().filter(o -> o.id().equals(id)).findFirst();
    if (target.isEmpty()) {
      return s;
    }
    String old = target.get().type();
    var objects =
        sc.objects().stream()
            .map(
                o ->
                    o.id().equals(id)
                        ? new SceneObject(
                            o.id(), newType, o.pose(), o.radiusM(), o.properties(), o.state())
                        : o)
            .toList();
    var scene =
        new SceneState(
            sc.schemaVersion(),
            sc.stampS(),
            sc.frameId(),
            sc.robot(),
            sc.humans(),
            objects,
            sc.zones());
    Pattern word = Pattern.compile("\\b" + Pattern.quote(old.toLowerCase(Locale.ROOT)) + "\\b");
    Scenario renamedScene = with(s, scene, s.plan());
    return withTexts(
        renamedScene,
        t -> word.matcher(t).replaceAll(java.util.regex.Matcher.quoteReplacement(newType)));
  }

  private static Scenario withTexts(Scenario s, UnaryOperator<String> f) {
    var steps = new ArrayList<PlanStep>();
    for (PlanStep p : s.plan().steps()) {
      steps.add(new PlanStep(p.index(), f.apply(p.text()), p.action(), p.motion()));
    }
    ActionPlan pl = s.plan();
    return with(
        s,
        s.scene(),
        new ActionPlan(pl.schemaVersion(), pl.planId(), pl.source(), pl.instruction(), steps));
  }

  private static Scenario withHumans(Scenario s, UnaryOperator<Human> f) {
    SceneState sc = s.scene();
    List<Human> humans = sc.humans().stream().map(f).toList();
    return with(
        s,
        new SceneState(
            sc.schemaVersion(),
            sc.stampS(),
            sc.frameId(),
            sc.robot(),
            humans,
            sc.objects(),
            sc.zones()),
        s.plan());
  }

  private static Scenario with(Scenario s, SceneState scene, ActionPlan plan) {
    return new Scenario(
        s.name(),
        s.description(),
        scene,
        plan,
        s.planExpectation(),
        s.steps(),
        s.tags(),
        s.twin(),
        s.currentStep(),
        s.nowS());
  }
}
