package io.stepguard.monitor.text;

import io.stepguard.model.Action;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Human;
import io.stepguard.model.ObjectState;
import io.stepguard.model.PlanStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A plan and scene with every string cleaned ({@link TextCleaner}), the disguises found, the notes
 * found ({@link NoteFinder}), and the same plan and scene with the notes cut out. Strings read: the
 * instruction; each step's text, verb, target, destination and argument values; each object's type,
 * {@code filled_with} and {@code contains}; each person's attributes. Ids are left as they are
 * (they are references, matched exactly). Immutable.
 *
 * @param plan the cleaned plan, notes included
 * @param scene the cleaned scene, notes included
 * @param cutPlan the cleaned plan with every note cut out
 * @param cutScene the cleaned scene with every note cut out
 */
public record CleanInput(
    ActionPlan plan,
    Optional<SceneState> scene,
    ActionPlan cutPlan,
    Optional<SceneState> cutScene,
    List<Found> disguises,
    List<Flagged> notes) {
  public CleanInput {
    disguises = List.copyOf(disguises);
    notes = List.copyOf(notes);
  }

  /** A disguise found at {@code where} ("step 2", "the instruction", "object cup1's type"). */
  public record Found(String where, Disguise disguise) {}

  /**
   * A note found at {@code where}; {@code step} is the step whose strings hold it, or -1 for the
   * instruction and the scene.
   */
  public record Flagged(String where, int step, Note note) {}

  public boolean hasNotes() {
    return !notes.isEmpty();
  }

  private interface Texts {
    String map(String where, int step, String value);
  }

  /** Cleans {@code plan} and {@code scene} with {@code cleaner} and finds their notes. */
  public static CleanInput of(ActionPlan plan, Optional<SceneState> scene, TextCleaner cleaner) {
    var disguises = new ArrayList<Found>();
    var notes = new ArrayList<Flagged>();
    var seen = new LinkedHashMap<String, Boolean>();
    Texts clean =
        (where, step, value) -> {
          TextCleaner.Cleaned c = cleaner.clean(value);
          for (Disguise d : c.disguises()) {
            disguises.add(new Found(where, d));
          }
          if (seen.putIfAbsent(where + "\u0000" + c.text(), true) == null) {
            for (Note n : NoteFinder.find(c.text())) {
              notes.add(new Flagged(where, step, n));
            }
          }
          return c.text();
        };
    ActionPlan cp = map(plan, clean);
    Optional<SceneState> cs = scene.map(s -> map(s, clean));
    Texts cut = (where, step, value) -> NoteFinder.cut(value);
    ActionPlan xp = notes.isEmpty() ? cp : map(cp, cut);
    Optional<SceneState> xs = notes.isEmpty() ? cs : cs.map(s -> map(s, cut));
    return new CleanInput(cp, cs, xp, xs, disguises, notes);
  }

  /**
   * {@code plan} with step {@code k}'s text replaced by {@code text} and its parsed action dropped.
   */
  public static ActionPlan withStepText(ActionPlan plan, int k, String text) {
    var steps = new ArrayList<>(plan.steps());
    PlanStep s = steps.get(k);
    steps.set(k, new PlanStep(k, text, Optional.empty(), s.motion()));
    return new ActionPlan(
        plan.schemaVersion(), plan.planId(), plan.source(), plan.instruction(), steps);
  }

  /** {@code plan} with {@code instruction} as its instruction. */
  public static ActionPlan withInstruction(ActionPlan plan, String instruction) {
    return new ActionPlan(
        plan.schemaVersion(), plan.planId(), plan.source(), instruction, plan.steps());
  }

  private static ActionPlan map(ActionPlan plan, Texts f) {
    String instruction = f.map("the instruction", -1, plan.instruction());
    var steps = new ArrayList<PlanStep>();
    for (PlanStep s : plan.steps()) {
      int k = s.index();
      String where = "step " + k;
      String text = f.map(where, k, s.text());
      Optional<Action> action =
          s.action()
              .map(
                  a -> {
                    var args = new LinkedHashMap<String, String>();
                    a.arguments()
                        .forEach((key, v) -> args.put(key, f.map(where + "'s " + key, k, v)));
                    String verb = f.map(where + "'s verb", k, a.verb());
                    return new Action(
                        verb.isBlank() ? a.verb() : verb,
                        a.target().map(t -> f.map(where + "'s target", k, t)),
                        a.destination().map(d -> f.map(where + "'s destination", k, d)),
                        args);
                  });
      steps.add(new PlanStep(k, text, action, s.motion()));
    }
    return new ActionPlan(plan.schemaVersion(), plan.planId(), plan.source(), instruction, steps);
  }

  private static SceneState map(SceneState scene, Texts f) {
    var objects = new ArrayList<SceneObject>();
    boolean changed = false;
    for (SceneObject o : scene.objects()) {
      String where = "object " + o.id();
      String type = f.map(where + "'s type", -1, o.type());
      ObjectState st = o.state();
      var contains = new ArrayList<String>();
      for (String c : st.contains()) {
        contains.add(f.map(where + "'s contents", -1, c));
      }
      Optional<String> filled = st.filledWith().map(v -> f.map(where + "'s filling", -1, v));
      if (type.equals(o.type())
          && contains.equals(st.contains())
          && filled.equals(st.filledWith())) {
        objects.add(o);
        continue;
      }
      changed = true;
      SceneObject typed =
          type.equals(o.type()) || type.isBlank()
              ? o
              : new SceneObject(o.id(), type, o.pose(), o.radiusM(), o.properties(), o.state())
                  .withRelations(o.relations());
      objects.add(typed.withState(st.withContains(contains).withFilledWith(filled)));
    }
    var humans = new ArrayList<Human>();
    for (Human h : scene.humans()) {
      var attrs = new LinkedHashSet<String>();
      for (String a : h.attributes()) {
        String c = f.map("person " + h.id() + "'s attribute", -1, a);
        attrs.add(c.isBlank() ? a : c);
      }
      if (attrs.equals(h.attributes())) {
        humans.add(h);
      } else {
        changed = true;
        humans.add(new Human(h.id(), h.position(), h.velocity(), h.radiusM(), h.heightM(), attrs));
      }
    }
    return changed ? scene.withObjects(objects).withHumans(humans) : scene;
  }
}
