package io.stepguard.model;

import java.util.Optional;
import java.util.Set;

/**
 * A person in the scene.
 *
 * @param position centre of the person's footprint at floor level, scene frame, m
 * @param velocity measured velocity in the scene frame, m/s; empty when not measured
 * @param radiusM radius of the footprint circle, m
 * @param heightM standing height, m
 * @param attributes free attributes such as {@code child}
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

  public boolean isChild() {
    return attributes.contains("child");
  }
}
