package io.stepguard.model;

import java.util.Set;

/**
 * An object in the scene.
 *
 * @param type the object's type name as perception reports it ("knife", "microwave")
 * @param pose pose of the object's centre in the scene frame
 * @param radiusM radius of a circle bounding its footprint, m
 * @param properties hazard-relevant properties from {@link Vocabulary#OBJECT_PROPERTIES}, as
 *     perceived; the monitor's lexicon may add more
 */
public record SceneObject(
    String id, String type, Pose pose, double radiusM, Set<String> properties, ObjectState state) {
  public SceneObject {
    Require.nonEmpty(id, "id");
    Require.nonEmpty(type, "type");
    Require.nonNull(pose, "pose");
    Require.nonNegative(radiusM, "radiusM");
    properties = Set.copyOf(Require.nonNull(properties, "properties"));
    Require.nonNull(state, "state");
  }

  public SceneObject withState(ObjectState s) {
    return new SceneObject(id, type, pose, radiusM, properties, s);
  }

  public SceneObject withPose(Pose p) {
    return new SceneObject(id, type, p, radiusM, properties, state);
  }

  public boolean has(String property) {
    return properties.contains(property);
  }
}
