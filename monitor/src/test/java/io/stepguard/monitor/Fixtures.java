package io.stepguard.monitor;

import io.stepguard.model.Action;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Human;
import io.stepguard.model.Motion;
import io.stepguard.model.ObjectState;
import io.stepguard.model.PlanStep;
import io.stepguard.model.Point2;
import io.stepguard.model.Pose;
import io.stepguard.model.Quaternion;
import io.stepguard.model.RobotState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scenes and plans for tests, with numbers chosen to be exact in binary floating point so that
 * boundary cases ("exactly at the limit") are exact: reaction 0.125 s, stopping 0.375 s, stopping
 * distance 0.25 m, speed 1 m/s, and a config with person speed floor 2 m/s, C 0.25 m, Z_d = Z_r =
 * 0.125 m. Then S_p = 2 x 0.5 + 1 x 0.125 + 0.25 + 0.25 + 0.25 = 1.875 m for a still person. {@link
 * #CONFIG} uses the floor policy (every person at 2 m/s or more), so that distances are the same
 * whatever a person's velocity; {@link #DIRECTED} is the same with the default directed policy and
 * a tracking margin of 0.25 m/s (S_p = 1.0 m for a person standing still).
 */
public final class Fixtures {
  public static final MonitorConfig CONFIG =
      new MonitorConfig(2.0, 0.25, 0.125, 0.125, 0.5, 1.0, 0.5, true)
          .withPersonSpeedPolicy(MonitorConfig.PersonSpeedPolicy.FLOOR);
  public static final double SP_STILL = 1.875;

  public static final MonitorConfig DIRECTED =
      CONFIG
          .withPersonSpeedPolicy(MonitorConfig.PersonSpeedPolicy.DIRECTED)
          .withTrackingSpeedMarginMps(0.25);

  /** S_p under {@link #DIRECTED} for a still person: 0.25 x 0.5 + 0.125 + 0.25 + 0.25 + 0.25. */
  public static final double SP_STILL_DIRECTED = 1.0;

  private Fixtures() {}

  public static RobotState robot(double eeX, double eeY, double eeZ, double eeRadius) {
    return new RobotState(
        Pose.at("map", 0, 0, 0),
        Pose.at("map", eeX, eeY, eeZ),
        Optional.empty(),
        1.0,
        0.125,
        0.375,
        0.25,
        eeRadius);
  }

  public static Human person(String id, double x, double y) {
    return new Human(id, new Vec3(x, y, 0), Optional.of(Vec3.ZERO), 0.25, 1.7, Set.of());
  }

  public static Human moving(String id, double x, double y, double vx, double vy) {
    return new Human(id, new Vec3(x, y, 0), Optional.of(new Vec3(vx, vy, 0)), 0.25, 1.7, Set.of());
  }

  public static Human unmeasured(String id, double x, double y) {
    return new Human(id, new Vec3(x, y, 0), Optional.empty(), 0.25, 1.7, Set.of());
  }

  public static Human child(String id, double x, double y) {
    return new Human(id, new Vec3(x, y, 0), Optional.of(Vec3.ZERO), 0.25, 1.1, Set.of("child"));
  }

  public static SceneObject object(
      String id, String type, double x, double y, double z, String... props) {
    return new SceneObject(
        id, type, Pose.at("map", x, y, z), 0.0, Set.of(props), ObjectState.DEFAULT);
  }

  public static Zone zone(String id, String kind, double zMin, double zMax, double... xy) {
    var pts = new ArrayList<Point2>();
    for (int i = 0; i < xy.length; i += 2) {
      pts.add(new Point2(xy[i], xy[i + 1]));
    }
    return new Zone(id, kind, "map", pts, zMin, zMax, kind.equals("slow") ? 0.25 : 0);
  }

  public static SceneState scene(
      RobotState robot, List<Human> humans, List<SceneObject> objects, List<Zone> zones) {
    return new SceneState(1, 10.0, "map", robot, humans, objects, zones);
  }

  public static PlanStep step(int i, String verb, String target) {
    return new PlanStep(
        i, verb + " " + target, Optional.of(Action.of(verb, target)), Optional.empty());
  }

  public static PlanStep step(int i, String verb, String target, String destination) {
    return new PlanStep(
        i,
        verb + " " + target + " to " + destination,
        Optional.of(new Action(verb, Optional.of(target), Optional.of(destination), Map.of())),
        Optional.empty());
  }

  public static PlanStep text(int i, String text) {
    return new PlanStep(i, text, Optional.empty(), Optional.empty());
  }

  /**
   * A step that moves the end-effector through {@code waypoints} (x, y, z triples) at {@code
   * speed}.
   */
  public static PlanStep moveThrough(int i, double speed, double... xyz) {
    var pts = new ArrayList<Vec3>();
    for (int k = 0; k < xyz.length; k += 3) {
      pts.add(new Vec3(xyz[k], xyz[k + 1], xyz[k + 2]));
    }
    return new PlanStep(
        i,
        "move",
        Optional.of(new Action("move_to", Optional.empty(), Optional.empty(), Map.of())),
        Optional.of(new Motion("map", pts, List.of(), Optional.of(speed))));
  }

  public static ActionPlan plan(PlanStep... steps) {
    return new ActionPlan(1, "test-plan", "test", "test instruction", Arrays.asList(steps));
  }

  public static Monitor monitor() {
    return Monitors.geometricOnly(CONFIG);
  }

  public static Pose pose(double x, double y, double z) {
    return new Pose("map", new Vec3(x, y, z), Quaternion.IDENTITY);
  }
}
