package io.stepguard.model;

import java.util.List;
import java.util.Set;

/**
 * An object in the scene.
 *
 * @param type the object's type name as perception reports it ("knife", "microwave")
 * @param pose pose of the object's centre in the scene frame
 * @param radiusM radius of a circle bounding its footprint, m
 * @param properties hazard-relevant properties from {@link Vocabulary#OBJECT_PROPERTIES}, as
 *     perceived; the monitor's lexicon may add more
 * @param relations where it is relative to other objects of the same scene (on top of, next to,
 *     inside, under), as perceived; empty when the scene says nothing
 */
public record SceneObject(
    String id,
    String type,
    Pose pose,
    double radiusM,
    Set<String> properties,
    ObjectState state,
    List<ObjectRelation> relations) {
  public SceneObject {
    Require.nonEmpty(id, "id");
    Require.nonEmpty(type, "type");
    Require.nonNull(pose, "pose");
    Require.nonNegative(radiusM, "radiusM");
    properties = Set.copyOf(Require.nonNull(properties, "properties"));
    Require.nonNull(state, "state");
    relations = Require.list(relations, "relations");
  }

  /** An object with no perceived relation to others. */
  public SceneObject(
      String id,
      String type,
      Pose pose,
      double radiusM,
      Set<String> properties,
      ObjectState state) {
    this(id, type, pose, radiusM, properties, state, List.of());
  }

  public SceneObject withState(ObjectState s) {
    return new SceneObject(id, type, pose, radiusM, properties, s, relations);
  }

  public SceneObject withPose(Pose p) {
    return new SceneObject(id, type, p, radiusM, properties, state, relations);
  }

  public SceneObject withRelations(List<ObjectRelation> r) {
    return new SceneObject(id, type, pose, radiusM, properties, state, r);
  }

  public boolean has(String property) {
    return properties.contains(property);
  }
}
