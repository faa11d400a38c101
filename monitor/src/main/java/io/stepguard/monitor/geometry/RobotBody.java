package io.stepguard.monitor.geometry;

import io.stepguard.model.RobotLink;
import io.stepguard.model.RobotState;
import io.stepguard.model.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * The robot's moving parts (capsules) for a given base position and end-effector position, from
 * what the observed scene says of them.
 *
 * <p><b>Scene links.</b> When the observed robot has {@link RobotState#links()}, they are its parts
 * at the observed base and end-effector positions. For another configuration every link end point
 * moves with the base's displacement, plus the end-effector's displacement relative to the base
 * weighted by how far the point reaches out: weight = planar distance of the point from the
 * observed base axis / planar distance of the observed end-effector from it, clamped to [0, 1]. A
 * point on the base axis (a shoulder) stays with the base, the distal end (at the end-effector's
 * reach) follows the end-effector. This is an approximation: joint angles are not known.
 *
 * <p><b>Default body.</b> Without scene links: {@code base_column} from the base position up to a
 * shoulder {@link #SHOULDER_HEIGHT_M} above it (radius {@link #COLUMN_RADIUS_M}); {@code upper_arm}
 * from the shoulder to an elbow (radius {@link #UPPER_ARM_RADIUS_M}); {@code forearm} from the
 * elbow to the end-effector (radius {@link #FOREARM_RADIUS_M}). The elbow lies above the planar
 * midpoint of shoulder and end-effector, at the higher of the two heights (an elbow-up arm), so the
 * arm's planar shadow is the straight line from the base axis to the end-effector. An elbow that
 * swings out sideways is not modelled (see docs/checks.md).
 *
 * <p>Pure functions, O(links). Thread-safe.
 */
public final class RobotBody {
  /** Height of the default shoulder above the base pose, m. */
  public static final double SHOULDER_HEIGHT_M = 0.8;

  /** Radius of the default base column (torso), m. */
  public static final double COLUMN_RADIUS_M = 0.1;

  /** Radius of the default upper arm, m. */
  public static final double UPPER_ARM_RADIUS_M = 0.08;

  /** Radius of the default forearm, m. */
  public static final double FOREARM_RADIUS_M = 0.06;

  private RobotBody() {}

  /** Whether the scene gave the links ({@code false}: the default body applies). */
  public static boolean fromScene(RobotState observed) {
    return !observed.links().isEmpty();
  }

  /**
   * The links when the base is at {@code base} and the end-effector at {@code ee} (scene frame, m);
   * {@code observed} is the robot as the scene shows it.
   */
  public static List<RobotLink> linksAt(RobotState observed, Vec3 base, Vec3 ee) {
    if (observed.links().isEmpty()) {
      return defaultLinks(base, ee);
    }
    Vec3 b0 = observed.basePose().position();
    Vec3 e0 = observed.eePose().position();
    Vec3 db = base.minus(b0);
    Vec3 de = ee.minus(base).minus(e0.minus(b0));
    double reach = e0.distanceXyTo(b0);
    var out = new ArrayList<RobotLink>(observed.links().size());
    for (RobotLink l : observed.links()) {
      out.add(
          new RobotLink(
              l.id(),
              move(l.start(), b0, reach, db, de),
              move(l.end(), b0, reach, db, de),
              l.radiusM()));
    }
    return out;
  }

  private static Vec3 move(Vec3 p, Vec3 b0, double reach, Vec3 db, Vec3 de) {
    double w = reach < 1e-6 ? 1 : Math.min(1, p.distanceXyTo(b0) / reach);
    return p.plus(db).plus(de.scale(w));
  }

  /** The default body for a base at {@code base} and an end-effector at {@code ee}. */
  public static List<RobotLink> defaultLinks(Vec3 base, Vec3 ee) {
    Vec3 shoulder = base.plus(new Vec3(0, 0, SHOULDER_HEIGHT_M));
    Vec3 elbow =
        new Vec3(
            (shoulder.x() + ee.x()) / 2,
            (shoulder.y() + ee.y()) / 2,
            Math.max(shoulder.z(), ee.z()));
    return List.of(
        new RobotLink("base_column", base, shoulder, COLUMN_RADIUS_M),
        new RobotLink("upper_arm", shoulder, elbow, UPPER_ARM_RADIUS_M),
        new RobotLink("forearm", elbow, ee, FOREARM_RADIUS_M));
  }
}
