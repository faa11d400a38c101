package io.stepguard.monitor.geometry;

import io.stepguard.model.RobotLink;
import io.stepguard.model.RobotState;
import io.stepguard.model.Vec3;
import io.stepguard.monitor.geometry.SweptPart.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the robot's body sweeps during one step: the end-effector (with what it holds), every
 * link ({@link RobotBody}) and, when the base drives, the base footprint.
 *
 * <p>The step is modelled as a sequence of configurations (base position, end-effector position):
 * first the base drives through its waypoints carrying the arm in its start pose (the end-effector
 * moves with the base), then the arm follows the end-effector path with the base at its last
 * waypoint. Between two configurations each part sweeps the hull of its start and end capsules
 * ({@link SweptPart}). A step without base waypoints is the arm phase alone; a step that does not
 * move at all is the body at rest (every part once, not moving).
 *
 * <p>Immutable, thread-safe. Cost to build: O((base waypoints + path points) x links).
 */
public final class BodySweep {
  private final List<SweptPart> parts;
  private final List<SweptPart> atStart;
  private final boolean baseMoves;

  private BodySweep(List<SweptPart> parts, List<SweptPart> atStart, boolean baseMoves) {
    this.parts = List.copyOf(parts);
    this.atStart = List.copyOf(atStart);
    this.baseMoves = baseMoves;
  }

  /**
   * The sweep of a step.
   *
   * @param observed the robot as observed (its links, base radius)
   * @param basePath the base positions: the start, then the step's base waypoints (at least one
   *     point; z ignored)
   * @param eePath the end-effector path, its first point the predicted start (at least one point)
   * @param eeRadiusM radius around the end-effector path: gripper plus held object, m
   */
  public static BodySweep of(
      RobotState observed, List<Vec3> basePath, List<Vec3> eePath, double eeRadiusM) {
    Vec3 b0 = floor(basePath.getFirst(), observed);
    Vec3 e0 = eePath.getFirst();
    var bases = new ArrayList<Vec3>();
    var ees = new ArrayList<Vec3>();
    var onBase = new ArrayList<Boolean>();
    bases.add(b0);
    ees.add(e0);
    boolean moves = false;
    for (int j = 1; j < basePath.size(); j++) {
      Vec3 b = floor(basePath.get(j), observed);
      moves |= b.distanceXyTo(bases.getLast()) > 1e-9;
      bases.add(b);
      ees.add(e0.plus(b.minus(b0)));
      onBase.add(true);
    }
    Vec3 bEnd = bases.getLast();
    for (int i = 1; i < eePath.size(); i++) {
      bases.add(bEnd);
      ees.add(eePath.get(i));
      onBase.add(false);
    }
    var parts = new ArrayList<SweptPart>();
    var start = new ArrayList<SweptPart>();
    List<RobotLink> first = RobotBody.linksAt(observed, b0, e0);
    addStatic(start, first, e0, eeRadiusM, moves ? b0 : null, observed.baseRadiusM());
    if (bases.size() == 1) {
      parts.addAll(start);
      return new BodySweep(parts, start, false);
    }
    List<RobotLink> prev = first;
    int baseSeg = 0;
    int armSeg = 0;
    for (int k = 1; k < bases.size(); k++) {
      boolean drive = onBase.get(k - 1);
      int seg = drive ? baseSeg++ : armSeg++;
      List<RobotLink> next = RobotBody.linksAt(observed, bases.get(k), ees.get(k));
      Vec3 ea = ees.get(k - 1);
      Vec3 eb = ees.get(k);
      parts.add(
          new SweptPart(Kind.END_EFFECTOR, "end-effector", drive, seg, ea, ea, eb, eb, eeRadiusM));
      for (int l = 0; l < next.size(); l++) {
        RobotLink p = prev.get(l);
        RobotLink n = next.get(l);
        parts.add(
            new SweptPart(
                Kind.LINK,
                n.id(),
                drive,
                seg,
                p.start(),
                p.end(),
                n.start(),
                n.end(),
                n.radiusM()));
      }
      if (moves) {
        Vec3 ba = bases.get(k - 1);
        Vec3 bb = bases.get(k);
        parts.add(
            new SweptPart(Kind.BASE, "base", drive, seg, ba, ba, bb, bb, observed.baseRadiusM()));
      }
      prev = next;
    }
    return new BodySweep(parts, start, moves);
  }

  private static void addStatic(
      List<SweptPart> out,
      List<RobotLink> links,
      Vec3 ee,
      double eeRadiusM,
      Vec3 base,
      double baseRadiusM) {
    out.add(new SweptPart(Kind.END_EFFECTOR, "end-effector", false, 0, ee, ee, ee, ee, eeRadiusM));
    for (RobotLink l : links) {
      out.add(
          new SweptPart(
              Kind.LINK, l.id(), false, 0, l.start(), l.end(), l.start(), l.end(), l.radiusM()));
    }
    if (base != null) {
      out.add(new SweptPart(Kind.BASE, "base", false, 0, base, base, base, base, baseRadiusM));
    }
  }

  /** The base footprint at floor level: the base pose's z (a waypoint's z is ignored). */
  private static Vec3 floor(Vec3 p, RobotState observed) {
    return new Vec3(p.x(), p.y(), observed.basePose().position().z());
  }

  /** Every swept part of the step, in configuration order. */
  public List<SweptPart> parts() {
    return parts;
  }

  /** The body where it is when the step starts (parts that do not move). */
  public List<SweptPart> atStart() {
    return atStart;
  }

  /** Whether the base drives during the step (then the base footprint is a moving part). */
  public boolean baseMoves() {
    return baseMoves;
  }

  /**
   * The part that comes nearest a person's footprint.
   *
   * @param part the part
   * @param clearance its centre distance and nearest point
   * @param separationM signed separation (negative: the part overlaps the footprint), m
   */
  public record Nearest(SweptPart part, SweptPart.Clearance clearance, double separationM) {}

  /**
   * The nearest of {@code among} to a footprint circle (centre, radius). O(parts). Ties go to the
   * first part in order (the end-effector comes before the links of the same segment).
   */
  public static Nearest nearest(List<SweptPart> among, double cx, double cy, double radiusM) {
    Nearest best = null;
    for (SweptPart p : among) {
      var c = p.clearanceTo(cx, cy);
      double sep = c.centreDistanceM() - p.radiusM() - radiusM;
      if (best == null || sep < best.separationM()) {
        best = new Nearest(p, c, sep);
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no parts");
    }
    return best;
  }
}
