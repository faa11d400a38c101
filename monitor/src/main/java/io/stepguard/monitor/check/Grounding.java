package io.stepguard.monitor.check;

import io.stepguard.model.SceneObject;
import io.stepguard.monitor.semantic.TypeKnowledge;

/** How a name in a step (target or destination) was resolved against the predicted scene. */
public sealed interface Grounding {
  /** The step names nothing here. */
  record None() implements Grounding {}

  /**
   * Resolved to a scene object.
   *
   * @param how "id", "type", "name" (words of the type in the text) or "similar" (encoder)
   * @param knowledge what stepguard knows of the object's type
   */
  record Resolved(String name, SceneObject object, String how, TypeKnowledge knowledge)
      implements Grounding {}

  /** Resolved to a person in the scene (a hand-over recipient, "the child"). */
  record Person(String name, io.stepguard.model.Human human) implements Grounding {}

  /**
   * Named, and more than one object could be meant, or the only candidates lack what the name
   * claims ("the broken glass" with only a water glass in view): the candidates differ in a
   * hazardous property, so the monitor asks instead of choosing.
   *
   * @param candidates the objects that could be meant, nearest first (never empty)
   * @param why what the candidates differ in, in words
   */
  record Ambiguous(String name, java.util.List<SceneObject> candidates, String why)
      implements Grounding {
    public Ambiguous {
      candidates = java.util.List.copyOf(candidates);
      if (candidates.isEmpty()) {
        throw new IllegalArgumentException("an ambiguous name needs candidates: " + name);
      }
    }
  }

  /** Named, but not found in the scene; {@code knowledge} is what is known of the name. */
  record Missing(String name, TypeKnowledge knowledge) implements Grounding {}

  Grounding NONE = new None();
}
