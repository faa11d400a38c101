package io.stepguard.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything stepguard knows about the world at one instant.
 *
 * @param stampS time of the observation in the scene's clock, s
 * @param frameId the fixed frame all poses and polygons are expressed in
 */
public record SceneState(
    int schemaVersion,
    double stampS,
    String frameId,
    RobotState robot,
    List<Human> humans,
    List<SceneObject> objects,
    List<Zone> zones) {
  public SceneState {
    Require.nonNegative(stampS, "stampS");
    Require.nonEmpty(frameId, "frameId");
    Require.nonNull(robot, "robot");
    humans = Require.list(humans, "humans");
    objects = Require.list(objects, "objects");
    zones = Require.list(zones, "zones");
  }

  public Optional<SceneObject> object(String id) {
    return objects.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  public Optional<Human> human(String id) {
    return humans.stream().filter(h -> h.id().equals(id)).findFirst();
  }

  public Optional<Zone> zone(String id) {
    return zones.stream().filter(z -> z.id().equals(id)).findFirst();
  }

  public SceneState withRobot(RobotState r) {
    return new SceneState(schemaVersion, stampS, frameId, r, humans, objects, zones);
  }

  public SceneState withObjects(List<SceneObject> o) {
    return new SceneState(schemaVersion, stampS, frameId, robot, humans, o, zones);
  }

  public SceneState withHumans(List<Human> h) {
    return new SceneState(schemaVersion, stampS, frameId, robot, h, objects, zones);
  }

  /** This scene with the object {@code replacement.id()} replaced (or added when absent). */
  public SceneState withObject(SceneObject replacement) {
    var list = new java.util.ArrayList<SceneObject>(objects.size() + 1);
    boolean found = false;
    for (SceneObject o : objects) {
      if (o.id().equals(replacement.id())) {
        list.add(replacement);
        found = true;
      } else {
        list.add(o);
      }
    }
    if (!found) {
      list.add(replacement);
    }
    return withObjects(list);
  }
}
