package io.stepguard.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person in the scene.
 *
 * @param position centre of the person's footprint at floor level, scene frame, m
 * @param velocity measured velocity in the scene frame, m/s; empty when not measured
 * @param radiusM radius of the footprint circle, m
 * @param heightM standing height, m
 * @param attributes free attributes such as {@code child}, read through {@link
 *     Vocabulary#humanAttribute(String)} (case, synonyms and plurals: "Kid", "toddlers" are child)
 */
public record Human(
    String id,
    Vec3 position,
    Optional<Vec3> velocity,
    double radiusM,
    double heightM,
    Set<String> attributes) {
  public Human {
    Require.nonEmpty(id, "id");
    Require.nonNull(position, "position");
    Require.nonNull(velocity, "velocity");
    Require.positive(radiusM, "radiusM");
    Require.positive(heightM, "heightM");
    attributes = Set.copyOf(Require.nonNull(attributes, "attributes"));
  }

  /** True when an attribute means a child ("child", "Child", "kid", "toddler", "infants"...). */
  public boolean isChild() {
    return has("child");
  }

  /**
   * True when an attribute means {@code canonical} (one of {@link Vocabulary#HUMAN_ATTRIBUTES}).
   */
  public boolean has(String canonical) {
    return attributes.stream()
        .anyMatch(a -> Vocabulary.humanAttribute(a).map(canonical::equals).orElse(false));
  }

  /** The attributes as written that the vocabulary does not understand, sorted. */
  public List<String> unknownAttributes() {
    return attributes.stream()
        .filter(a -> Vocabulary.humanAttribute(a).isEmpty())
        .sorted()
        .toList();
  }
}
