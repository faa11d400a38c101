package io.stepguard.monitor.semantic;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Human;
import io.stepguard.model.ObjectState;
import io.stepguard.model.PlanStep;
import io.stepguard.model.Pose;
import io.stepguard.model.RobotState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.Monitors;
import io.stepguard.monitor.PlanJudgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Plain rooms and text plans for the semantic tests; one monitor with the encoder, shared. */
final class Rooms {
  private Rooms() {}

  private static Monitor monitor;

  static synchronized Monitor monitor() {
    if (monitor == null) {
      monitor = Monitors.create(MonitorConfig.DEFAULTS);
    }
    return monitor;
  }

  /** A room with one object per type name (id = type with underscores), robot at the origin. */
  static SceneState room(String... types) {
    var objects = new ArrayList<SceneObject>();
    for (int k = 0; k < types.length; k++) {
      objects.add(
          new SceneObject(
              types[k].replace(' ', '_'),
              types[k],
              Pose.at("map", 1.0 + k % 4, -1.5 + k / 4, 0.9),
              0.1,
              Set.of(),
              ObjectState.DEFAULT));
    }
    return new SceneState(1, 0.0, "map", robot(), List.of(), objects, List.of());
  }

  static SceneState withPerson(SceneState s, double x, double y) {
    var h = new Human("p1", new Vec3(x, y, 0), Optional.of(Vec3.ZERO), 0.25, 1.7, Set.of());
    return s.withHumans(List.of(h));
  }

  static RobotState robot() {
    return new RobotState(
        Pose.at("map", 0, 0, 0),
        Pose.at("map", 0.3, 0, 1.0),
        Optional.empty(),
        0.5,
        0.1,
        0.2,
        0.1,
        0.05);
  }

  static ActionPlan plan(String instruction, String... steps) {
    var list = new ArrayList<PlanStep>();
    for (int i = 0; i < steps.length; i++) {
      list.add(new PlanStep(i, steps[i], Optional.empty(), Optional.empty()));
    }
    return new ActionPlan(1, "p", "test", instruction, list);
  }

  static PlanJudgement judge(SceneState room, String... steps) {
    return monitor().judge(plan("do the task", steps), room);
  }
}
