package io.stepguard.model.json;

import static io.stepguard.model.json.Walker.child;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.Human;
import io.stepguard.model.ObjectRelation;
import io.stepguard.model.ObjectState;
import io.stepguard.model.Point2;
import io.stepguard.model.Pose;
import io.stepguard.model.RobotLink;
import io.stepguard.model.RobotState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vocabulary;
import io.stepguard.model.Zone;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a scene document. Polygon simplicity needs JTS and is checked by the monitor
 * when it accepts a scene; everything else is checked here.
 */
final class SceneReader {
  /** Defaults for optional fields, documented in docs/schemas/scene.schema.json. */
  static final double DEFAULT_REACTION_TIME_S = 0.1;

  static final double DEFAULT_EE_RADIUS_M = 0.05;
  static final double DEFAULT_HUMAN_RADIUS_M = 0.3;
  static final double DEFAULT_HUMAN_HEIGHT_M = 1.7;
  static final double DEFAULT_OBJECT_RADIUS_M = 0.05;
  static final double DEFAULT_ZONE_Z_MIN_M = 0;
  static final double DEFAULT_ZONE_Z_MAX_M = 3;

  private SceneReader() {}

  static SceneState read(Walker w, JsonNode n, String p) {
    if (!w.object(
        n,
        p,
        Set.of("schema_version", "stamp", "frame_id", "robot", "humans", "objects", "zones"))) {
      return null;
    }
    w.schemaVersion(n, p);
    double stamp = w.number(n, p, "stamp", Walker.Range.NON_NEGATIVE);
    String frame = w.string(n, p, "frame_id");
    boolean frameKnown = !w.hasProblemAt(child(p, "frame_id"));
    JsonNode r = n.get("robot");
    RobotState robot;
    if (r == null) {
      w.problem(child(p, "robot"), "the robot state (required)", "nothing (missing)");
      robot = null;
    } else {
      robot = robot(w, r, child(p, "robot"), frame, frameKnown);
    }
    var humans = w.array(n, p, "humans", false, (h, hp) -> human(w, h, hp));
    var objects = w.array(n, p, "objects", false, (o, op) -> object(w, o, op, frame, frameKnown));
    var zones = w.array(n, p, "zones", false, (z, zp) -> zone(w, z, zp, frame, frameKnown));

    // Ids are unique across humans, objects and zones: a reference must name one thing. The ids
    // are taken from the tree (not the read lists, which skip unreadable elements) so that each
    // pointer names the element it reports.
    Map<String, String> seen = new HashMap<>();
    var objectIds = new LinkedHashSet<String>();
    for (String field : List.of("humans", "objects", "zones")) {
      JsonNode a = n.get(field);
      if (a == null || !a.isArray()) {
        continue;
      }
      for (int i = 0; i < a.size(); i++) {
        JsonNode id = a.get(i).get("id");
        if (id != null && id.isTextual() && !id.asText().isEmpty()) {
          unique(w, seen, id.asText(), child(child(child(p, field), i), "id"));
          if (field.equals("objects")) {
            objectIds.add(id.asText());
          }
        }
      }
    }
    String heldPointer = child(child(p, "robot"), "held_object");
    if (robot != null
        && robot.heldObject().isPresent()
        && !w.hasProblemAt(heldPointer)
        && !objectIds.contains(robot.heldObject().get())) {
      w.problem(
          heldPointer, "the id of an object in /objects", "\"" + robot.heldObject().get() + "\"");
    }
    relationTargets(w, n, p, objectIds);
    if (!w.problems().isEmpty() || robot == null) {
      return null;
    }
    return new SceneState(
        StepguardJson.SCHEMA_VERSION, stamp, frame, robot, humans, objects, zones);
  }

  /**
   * Every object relation names another object of the scene: reported at {@code
   * /objects/i/relations/j/object} when it names nothing in /objects or the object itself.
   */
  private static void relationTargets(
      Walker w, JsonNode n, String p, LinkedHashSet<String> objectIds) {
    JsonNode a = n.get("objects");
    if (a == null || !a.isArray()) {
      return;
    }
    for (int i = 0; i < a.size(); i++) {
      JsonNode o = a.get(i);
      JsonNode rel = o.get("relations");
      if (rel == null || !rel.isArray()) {
        continue;
      }
      JsonNode self = o.get("id");
      for (int j = 0; j < rel.size(); j++) {
        JsonNode other = rel.get(j).get("object");
        String op = child(child(child(child(child(p, "objects"), i), "relations"), j), "object");
        if (other == null || !other.isTextual() || w.hasProblemAt(op)) {
          continue;
        }
        if (self != null && self.isTextual() && self.asText().equals(other.asText())) {
          w.problem(op, "the id of another object in /objects", "the object itself");
        } else if (!objectIds.contains(other.asText())) {
          w.problem(op, "the id of an object in /objects", "\"" + other.asText() + "\"");
        }
      }
    }
  }

  private static void unique(Walker w, Map<String, String> seen, String id, String pointer) {
    String first = seen.putIfAbsent(id, pointer);
    if (first != null) {
      w.problem(pointer, "an id unique in the scene", "\"" + id + "\", already used at " + first);
    }
  }

  private static RobotState robot(
      Walker w, JsonNode n, String p, String frame, boolean frameKnown) {
    if (!w.object(
        n,
        p,
        Set.of(
            "base_pose",
            "ee_pose",
            "held_object",
            "max_speed_mps",
            "reaction_time_s",
            "stopping_time_s",
            "stopping_distance_m",
            "ee_radius_m",
            "links",
            "base_radius_m"))) {
      return null;
    }
    Pose base = GeometryReader.poseField(w, n, p, "base_pose", frame, frameKnown);
    Pose ee = GeometryReader.poseField(w, n, p, "ee_pose", frame, frameKnown);
    Optional<String> held = w.optString(n, p, "held_object");
    double maxSpeed = w.number(n, p, "max_speed_mps", Walker.Range.NON_NEGATIVE);
    double reaction =
        w.numberOr(n, p, "reaction_time_s", DEFAULT_REACTION_TIME_S, Walker.Range.NON_NEGATIVE);
    double stopT = w.number(n, p, "stopping_time_s", Walker.Range.NON_NEGATIVE);
    double stopD = w.number(n, p, "stopping_distance_m", Walker.Range.NON_NEGATIVE);
    double eeR = w.numberOr(n, p, "ee_radius_m", DEFAULT_EE_RADIUS_M, Walker.Range.NON_NEGATIVE);
    double baseR =
        w.numberOr(
            n, p, "base_radius_m", RobotState.DEFAULT_BASE_RADIUS_M, Walker.Range.NON_NEGATIVE);
    List<RobotLink> links = w.array(n, p, "links", false, (l, lp) -> link(w, l, lp));
    // Link ids name one part each: facts cite them.
    JsonNode ln = n.get("links");
    if (ln != null && ln.isArray()) {
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < ln.size(); i++) {
        JsonNode id = ln.get(i).get("id");
        if (id != null && id.isTextual() && !id.asText().isEmpty()) {
          String lp = child(child(child(p, "links"), i), "id");
          String first = seen.putIfAbsent(id.asText(), lp);
          if (first != null) {
            w.problem(
                lp,
                "a link id unique in the robot",
                "\"" + id.asText() + "\", already used at " + first);
          }
        }
      }
    }
    if (!w.problems().isEmpty()) {
      links = List.of(); // a RobotState must not be built from duplicate ids; reported above
    }
    return new RobotState(base, ee, held, maxSpeed, reaction, stopT, stopD, eeR, links, baseR);
  }

  /** A link capsule: id, start, end (scene frame, m) and radius_m (required, >= 0). */
  private static RobotLink link(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("id", "start", "end", "radius_m"))) {
      return null;
    }
    String id = w.string(n, p, "id");
    var start = GeometryReader.vec3Field(w, n, p, "start");
    var end = GeometryReader.vec3Field(w, n, p, "end");
    double radius = w.number(n, p, "radius_m", Walker.Range.NON_NEGATIVE);
    return id.equals("?") ? null : new RobotLink(id, start, end, radius);
  }

  private static Human human(Walker w, JsonNode n, String p) {
    if (!w.object(
        n, p, Set.of("id", "position", "velocity", "radius_m", "height_m", "attributes"))) {
      return null;
    }
    String id = w.string(n, p, "id");
    var pos = GeometryReader.vec3Field(w, n, p, "position");
    var vel =
        Optional.ofNullable(n.get("velocity"))
            .map(v -> GeometryReader.vec3(w, v, child(p, "velocity")));
    double radius = w.numberOr(n, p, "radius_m", DEFAULT_HUMAN_RADIUS_M, Walker.Range.POSITIVE);
    double height = w.numberOr(n, p, "height_m", DEFAULT_HUMAN_HEIGHT_M, Walker.Range.POSITIVE);
    var attrs = w.strings(n, p, "attributes");
    // A bad radius or height was reported; the placeholder must still make a valid record.
    return new Human(
        id,
        pos,
        vel,
        radius > 0 ? radius : DEFAULT_HUMAN_RADIUS_M,
        height > 0 ? height : DEFAULT_HUMAN_HEIGHT_M,
        Set.copyOf(attrs));
  }

  private static SceneObject object(
      Walker w, JsonNode n, String p, String frame, boolean frameKnown) {
    if (!w.object(
        n, p, Set.of("id", "type", "pose", "radius_m", "properties", "state", "relations"))) {
      return null;
    }
    String id = w.string(n, p, "id");
    String type = w.string(n, p, "type");
    Pose pose = GeometryReader.poseField(w, n, p, "pose", frame, frameKnown);
    double radius =
        w.numberOr(n, p, "radius_m", DEFAULT_OBJECT_RADIUS_M, Walker.Range.NON_NEGATIVE);
    var props = w.strings(n, p, "properties");
    for (int i = 0; i < props.size(); i++) {
      String pp = child(child(p, "properties"), i);
      if (!Vocabulary.OBJECT_PROPERTIES.contains(props.get(i)) && !w.hasProblemAt(pp)) {
        w.problem(
            pp,
            "a known property ("
                + String.join(", ", new java.util.TreeSet<>(Vocabulary.OBJECT_PROPERTIES))
                + ")",
            "\"" + props.get(i) + "\"");
      }
    }
    ObjectState state = ObjectState.DEFAULT;
    JsonNode s = n.get("state");
    if (s != null) {
      String sp = child(p, "state");
      if (w.object(s, sp, Vocabulary.OBJECT_STATES)) {
        state =
            new ObjectState(
                w.bool(s, sp, "on", false),
                w.bool(s, sp, "open", false),
                w.bool(s, sp, "plugged_in", false),
                w.strings(s, sp, "contains"),
                w.optString(s, sp, "filled_with"),
                w.bool(s, sp, "frozen", false),
                w.bool(s, sp, "wet", false),
                w.bool(s, sp, "dirty", false));
        for (int j = 0; j < state.contains().size(); j++) {
          if (state.contains().get(j).equals(id) && !w.hasProblemAt(child(p, "id"))) {
            w.problem(
                child(child(sp, "contains"), j),
                "another object's id or a type name",
                "the object itself");
          }
        }
      }
    }
    List<ObjectRelation> relations =
        w.array(n, p, "relations", false, (r, rp) -> relation(w, r, rp));
    return new SceneObject(id, type, pose, radius, Set.copyOf(props), state, relations);
  }

  /** One relation {kind, object}; the object reference is checked by {@link #relationTargets}. */
  private static ObjectRelation relation(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("kind", "object"))) {
      return null;
    }
    String kind = w.string(n, p, "kind");
    String other = w.string(n, p, "object");
    if (!Vocabulary.OBJECT_RELATIONS.contains(kind)) {
      if (!w.hasProblemAt(child(p, "kind"))) {
        w.problem(
            child(p, "kind"),
            "one of " + new java.util.TreeSet<>(Vocabulary.OBJECT_RELATIONS),
            "\"" + kind + "\"");
      }
      return null;
    }
    return w.hasProblemAt(child(p, "object")) ? null : new ObjectRelation(kind, other);
  }

  private static Zone zone(Walker w, JsonNode n, String p, String frame, boolean frameKnown) {
    if (!w.object(
        n,
        p,
        Set.of("id", "kind", "frame_id", "polygon", "z_min_m", "z_max_m", "speed_limit_mps"))) {
      return null;
    }
    String id = w.string(n, p, "id");
    String kind = w.string(n, p, "kind");
    if (!Vocabulary.ZONE_KINDS.contains(kind) && !w.hasProblemAt(child(p, "kind"))) {
      w.problem(
          child(p, "kind"),
          "one of " + new java.util.TreeSet<>(Vocabulary.ZONE_KINDS),
          "\"" + kind + "\"");
    }
    String zf = w.stringOr(n, p, "frame_id", frame, false);
    if (frameKnown && !zf.equals(frame) && !w.hasProblemAt(child(p, "frame_id"))) {
      w.problem(child(p, "frame_id"), "the scene's frame \"" + frame + "\"", "\"" + zf + "\"");
    }
    List<Point2> poly = w.array(n, p, "polygon", true, (v, vp) -> GeometryReader.point2(w, v, vp));
    String pp = child(p, "polygon");
    if (n.has("polygon") && n.get("polygon").isArray()) {
      if (poly.size() < 3) {
        w.problem(pp, "at least 3 vertices", poly.size() + " vertices");
      } else if (poly.getFirst().equals(poly.getLast())) {
        w.problem(
            child(pp, poly.size() - 1),
            "an open ring (do not repeat the first vertex)",
            "the first vertex repeated");
      }
    }
    double zMin = w.numberOr(n, p, "z_min_m", DEFAULT_ZONE_Z_MIN_M, Walker.Range.ANY);
    double zMax = w.numberOr(n, p, "z_max_m", DEFAULT_ZONE_Z_MAX_M, Walker.Range.ANY);
    if (zMax < zMin) {
      w.problem(child(p, "z_max_m"), "z_max_m >= z_min_m (" + zMin + ")", "number " + zMax);
    }
    double limit = w.numberOr(n, p, "speed_limit_mps", 0, Walker.Range.NON_NEGATIVE);
    if (kind.equals("slow") && !(limit > 0) && !w.hasProblemAt(child(p, "speed_limit_mps"))) {
      w.problem(
          child(p, "speed_limit_mps"),
          "a speed limit > 0 for a slow zone",
          n.has("speed_limit_mps") ? "number " + limit : "nothing (missing)");
    }
    if (poly.size() < 3
        || zMax < zMin
        || poly.getFirst().equals(poly.getLast())
        || !Vocabulary.ZONE_KINDS.contains(kind)
        || (kind.equals("slow") && !(limit > 0))) {
      return null; // reported above; a Zone must not be built from it
    }
    return new Zone(id, kind, frame, poly, zMin, zMax, limit);
  }
}
