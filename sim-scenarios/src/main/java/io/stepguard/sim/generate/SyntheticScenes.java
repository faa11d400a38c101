package io.stepguard.sim.generate;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of large scenes and plans (for benchmarks and load tests): people, objects and
 * zones scattered over a square floor, and pick/carry/put plans over those objects. The same seed
 * gives the same documents.
 */
public final class SyntheticScenes {
  private static final String[] TYPES = {
    "cup", "plate", "knife", "box", "bottle", "book", "pan", "mug", "bowl", "towel"
  };
  private static final String[] KINDS = {"keep_out", "slow", "human_only", "keep_out"};

  private SyntheticScenes() {}

  /** A scene on a {@code sizeM} x {@code sizeM} floor centred on the robot. */
  public static SceneState scene(long seed, int people, int objects, int zones, double sizeM) {
    var rnd = new Random(seed);
    double half = sizeM / 2;
    var humans = new ArrayList<Human>();
    for (int i = 0; i < people; i++) {
      humans.add(
          new Human(
              "p" + i,
              new Vec3(u(rnd, half), u(rnd, half), 0),
              Optional.of(new Vec3(rnd.nextGaussian() * 0.3, rnd.nextGaussian() * 0.3, 0)),
              0.3,
              1.7,
              i % 7 == 0 ? Set.of("child") : Set.of()));
    }
    var objs = new ArrayList<SceneObject>();
    for (int i = 0; i < objects; i++) {
      String type = TYPES[i % TYPES.length];
      objs.add(
          new SceneObject(
              "o" + i,
              type,
              new Pose(
                  "map",
                  new Vec3(u(rnd, half), u(rnd, half), 0.8 + rnd.nextDouble() * 0.2),
                  Quaternion.IDENTITY),
              0.05,
              type.equals("knife") ? Set.of("sharp", "metal") : Set.of(),
              ObjectState.DEFAULT));
    }
    var zs = new ArrayList<Zone>();
    for (int i = 0; i < zones; i++) {
      double cx = u(rnd, half);
      double cy = u(rnd, half);
      double r = 0.2 + rnd.nextDouble() * 0.4;
      var poly = new ArrayList<Point2>();
      int n = 4 + rnd.nextInt(5);
      for (int k = 0; k < n; k++) {
        double a = 2 * Math.PI * k / n;
        poly.add(new Point2(cx + r * Math.cos(a), cy + r * Math.sin(a)));
      }
      String kind = KINDS[i % KINDS.length];
      zs.add(new Zone("z" + i, kind, "map", poly, 0, 2, kind.equals("slow") ? 0.25 : 0));
    }
    var robot =
        new RobotState(
            Pose.at("map", 0, 0, 0),
            Pose.at("map", 0.4, 0, 1.0),
            Optional.empty(),
            1.0,
            0.1,
            0.3,
            0.15,
            0.05);
    return new SceneState(1, 100.0, "map", robot, humans, objs, zs);
  }

  /**
   * A plan of {@code steps} steps cycling pick, carry (with a motion), put over the scene's
   * objects.
   */
  public static ActionPlan plan(long seed, SceneState scene, int steps) {
    var rnd = new Random(seed);
    var out = new ArrayList<PlanStep>();
    List<SceneObject> objs = scene.objects();
    String held = objs.get(rnd.nextInt(objs.size())).id();
    for (int i = 0; i < steps; i++) {
      SceneObject o = objs.get(rnd.nextInt(objs.size()));
      switch (i % 3) {
        case 0 -> {
          held = o.id();
          out.add(
              new PlanStep(
                  i,
                  "pick up " + o.type(),
                  Optional.of(Action.of("pick", o.id())),
                  Optional.empty()));
        }
        case 1 -> {
          Vec3 p = o.pose().position();
          var motion =
              new Motion(
                  "map",
                  List.of(new Vec3(p.x() * 0.5, p.y() * 0.5, 1.1), new Vec3(p.x(), p.y(), 1.0)),
                  List.of(),
                  Optional.of(0.5));
          out.add(
              new PlanStep(
                  i,
                  "carry it to " + o.type(),
                  Optional.of(
                      new Action("carry", Optional.of(held), Optional.of(o.id()), Map.of())),
                  Optional.of(motion)));
        }
        default ->
            out.add(
                new PlanStep(
                    i,
                    "put it down on " + o.type(),
                    Optional.of(
                        new Action("put", Optional.of(held), Optional.of(o.id()), Map.of())),
                    Optional.empty()));
      }
    }
    return new ActionPlan(1, "synthetic-" + seed, "SyntheticScenes", "synthetic plan", out);
  }

  private static double u(Random rnd, double half) {
    return (rnd.nextDouble() * 2 - 1) * half;
  }
}
