package io.stepguard.monitor.predict;

import io.stepguard.model.Human;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Vocabulary;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import io.stepguard.monitor.semantic.TypeKnowledge;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a name from a step ("knife1", "the knife", "Microwave", "cleaver", "the child", "it") to
 * a scene object or person. Order: pronoun (the held object), exact id, person words, type name,
 * then the object knowledge (an object whose type maps to the same lexicon entry). Among several
 * candidates the one nearest to {@code from} wins. Cost: O(objects) lookups, each cached by the
 * knowledge. Stateless.
 */
public final class SceneGrounder {
  private static final Set<String> PRONOUNS = Set.of("it", "them", "this", "that", "object");
  private static final Set<String> PERSON_WORDS =
      Set.of(
          "person",
          "human",
          "man",
          "woman",
          "people",
          "someone",
          "user",
          "operator",
          "him",
          "her",
          "me",
          "guest",
          "worker",
          "owner",
          "adult",
          "somebody",
          "customer");

  private final ObjectKnowledge knowledge;

  public SceneGrounder(ObjectKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  public Grounding ground(String rawName, SceneState scene, Vec3 from) {
    String name = Verb.normalize(rawName);
    if (PRONOUNS.contains(name)) {
      Optional<SceneObject> held = scene.robot().heldObject().flatMap(scene::object);
      if (held.isPresent()) {
        return new Grounding.Resolved(
            rawName, held.get(), "pronoun", knowledge.lookup(held.get().type()));
      }
    }
    Optional<SceneObject> byId = scene.object(rawName);
    if (byId.isPresent()) {
      return new Grounding.Resolved(rawName, byId.get(), "id", knowledge.lookup(byId.get().type()));
    }
    Optional<Human> human = scene.human(rawName);
    if (human.isPresent()) {
      return new Grounding.Person(rawName, human.get());
    }
    String head = lastWord(name);
    if (Vocabulary.isChildWord(head) || PERSON_WORDS.contains(head)) {
      boolean child = Vocabulary.isChildWord(head);
      var people = scene.humans().stream().filter(h -> !child || h.isChild()).toList();
      if (people.isEmpty()) {
        people = scene.humans();
      }
      var nearest =
          people.stream().min(Comparator.comparingDouble(h -> h.position().distanceXyTo(from)));
      if (nearest.isPresent()) {
        return new Grounding.Person(rawName, nearest.get());
      }
      return new Grounding.Missing(rawName, new TypeKnowledge.Unknown(rawName, 0));
    }
    var byType =
        nearest(
            scene.objects().stream()
                .filter(o -> typeMatches(Verb.normalize(o.type()), name))
                .toList(),
            from);
    if (byType.isPresent()) {
      return new Grounding.Resolved(
          rawName, byType.get(), "type", knowledge.lookup(byType.get().type()));
    }
    TypeKnowledge asked = knowledge.lookup(name);
    Optional<String> entry = entry(asked);
    if (entry.isPresent()) {
      var same =
          scene.objects().stream()
              .filter(o -> entry.equals(entry(knowledge.lookup(o.type()))))
              .toList();
      var similar = nearest(same, from);
      if (similar.isPresent()) {
        return new Grounding.Resolved(rawName, similar.get(), "similar", asked);
      }
    }
    return new Grounding.Missing(rawName, asked);
  }

  private static Optional<String> entry(TypeKnowledge k) {
    return switch (k) {
      case TypeKnowledge.Known known -> Optional.of(known.entry());
      case TypeKnowledge.Similar similar -> Optional.of(similar.entry());
      case TypeKnowledge.Unknown unknown -> Optional.empty();
    };
  }

  /** "knife" matches "kitchen knife" and the reverse, on whole words. */
  static boolean typeMatches(String type, String name) {
    if (type.equals(name)) {
      return true;
    }
    String t = type.replace(" ", "");
    String n = name.replace(" ", "");
    return t.equals(n) || (" " + name).endsWith(" " + type) || (" " + type).endsWith(" " + name);
  }

  private static String lastWord(String s) {
    int i = s.lastIndexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  private static Optional<SceneObject> nearest(List<SceneObject> candidates, Vec3 from) {
    return candidates.stream()
        .min(
            Comparator.comparingDouble((SceneObject o) -> o.pose().position().distanceTo(from))
                .thenComparing(SceneObject::id));
  }
}
