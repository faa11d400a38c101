package io.stepguard.sim.inject;

import io.stepguard.model.Action;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Human;
import io.stepguard.model.PlanStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One way of planting text aimed at the monitor into a scenario: into every step's text (appended
 * or prepended), the instruction, the structured action's target, object types or person
 * attributes.
 */
record InjectionStyle(String name, Where where, UnaryOperator<String> plant) {
  enum Where {
    STEP_TEXTS,
    INSTRUCTION,
    ACTION_TARGETS,
    OBJECT_TYPES,
    PERSON_ATTRIBUTES
  }

  static InjectionStyle append(String name, String note) {
    return new InjectionStyle(name, Where.STEP_TEXTS, t -> t + note);
  }

  static InjectionStyle prepend(String name, String note) {
    return new InjectionStyle(name, Where.STEP_TEXTS, t -> note + t);
  }

  @Override
  public String toString() {
    return name;
  }

  ActionPlan plan(ActionPlan p) {
    String instruction =
        where == Where.INSTRUCTION ? plant.apply(p.instruction()) : p.instruction();
    var steps = new ArrayList<PlanStep>();
    for (PlanStep s : p.steps()) {
      String text = where == Where.STEP_TEXTS ? plant.apply(s.text()) : s.text();
      Optional<Action> action = s.action();
      if (where == Where.ACTION_TARGETS) {
        action =
            action.map(
                a -> new Action(a.verb(), a.target().map(plant), a.destination(), a.arguments()));
        if (s.action().isEmpty()) {
          text = plant.apply(text);
        }
      }
      steps.add(new PlanStep(s.index(), text, action, s.motion()));
    }
    return new ActionPlan(p.schemaVersion(), p.planId(), p.source(), instruction, steps);
  }

  SceneState scene(SceneState s) {
    if (where == Where.OBJECT_TYPES) {
      var objects = new ArrayList<SceneObject>();
      for (SceneObject o : s.objects()) {
        objects.add(
            new SceneObject(
                    o.id(), plant.apply(o.type()), o.pose(), o.radiusM(), o.properties(), o.state())
                .withRelations(o.relations()));
      }
      return s.withObjects(objects);
    }
    if (where == Where.PERSON_ATTRIBUTES) {
      var humans = new ArrayList<Human>();
      for (Human h : s.humans()) {
        var attrs = new LinkedHashSet<String>();
        h.attributes().forEach(a -> attrs.add(plant.apply(a)));
        attrs.add(plant.apply("adult"));
        humans.add(new Human(h.id(), h.position(), h.velocity(), h.radiusM(), h.heightM(), attrs));
      }
      return s.withHumans(humans);
    }
    return s;
  }
}
