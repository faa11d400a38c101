package io.stepguard.model.json;

import static io.stepguard.model.json.Walker.child;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.Point2;
import io.stepguard.model.Pose;
import io.stepguard.model.Quaternion;
import io.stepguard.model.Vec3;
import java.util.Set;

/** Reads vectors, poses and polygon vertices; shared by the plan and scene readers. */
final class GeometryReader {
  private GeometryReader() {}

  static Vec3 vec3(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("x", "y", "z"))) {
      return Vec3.ZERO;
    }
    return new Vec3(
        w.number(n, p, "x", Walker.Range.ANY),
        w.number(n, p, "y", Walker.Range.ANY),
        w.numberOr(n, p, "z", 0, Walker.Range.ANY));
  }

  static Vec3 vec3Field(Walker w, JsonNode obj, String p, String field) {
    JsonNode n = obj.get(field);
    if (n == null) {
      w.problem(child(p, field), "an object {x, y, z} (required)", "nothing (missing)");
      return Vec3.ZERO;
    }
    return vec3(w, n, child(p, field));
  }

  /**
   * A pose: {@code position}, and {@code orientation} (unit quaternion) or {@code yaw} (rad), and
   * an optional {@code frame_id} that must equal {@code frameId} (compared only when {@code
   * frameKnown}, so that a bad document frame is not reported again at every pose).
   */
  static Pose pose(Walker w, JsonNode n, String p, String frameId, boolean frameKnown) {
    if (!w.object(n, p, Set.of("frame_id", "position", "orientation", "yaw"))) {
      return Pose.at("?", 0, 0, 0);
    }
    String frame = w.stringOr(n, p, "frame_id", frameId, false);
    if (frameKnown && !frame.equals(frameId) && !w.hasProblemAt(child(p, "frame_id"))) {
      w.problem(
          child(p, "frame_id"), "the document's frame \"" + frameId + "\"", "\"" + frame + "\"");
    }
    Vec3 pos = vec3Field(w, n, p, "position");
    Quaternion q = Quaternion.IDENTITY;
    boolean hasYaw = n.has("yaw");
    boolean hasQ = n.has("orientation");
    if (hasYaw && hasQ) {
      w.problem(child(p, "yaw"), "either orientation or yaw, not both", "both");
    } else if (hasYaw) {
      q = Quaternion.ofYaw(w.number(n, p, "yaw", Walker.Range.ANY));
    } else if (hasQ) {
      q = quaternion(w, n.get("orientation"), child(p, "orientation"));
    }
    return new Pose(frameId, pos, q);
  }

  static Pose poseField(
      Walker w, JsonNode obj, String p, String field, String frameId, boolean frameKnown) {
    JsonNode n = obj.get(field);
    if (n == null) {
      w.problem(child(p, field), "a pose (required)", "nothing (missing)");
      return Pose.at(frameId, 0, 0, 0);
    }
    return pose(w, n, child(p, field), frameId, frameKnown);
  }

  static Quaternion quaternion(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("x", "y", "z", "w"))) {
      return Quaternion.IDENTITY;
    }
    int before = w.problems().size();
    double x = w.number(n, p, "x", Walker.Range.ANY);
    double y = w.number(n, p, "y", Walker.Range.ANY);
    double z = w.number(n, p, "z", Walker.Range.ANY);
    double qw = w.number(n, p, "w", Walker.Range.ANY);
    double norm = Math.sqrt(x * x + y * y + z * z + qw * qw);
    if (Math.abs(norm - 1) > 1e-3) {
      if (w.problems().size() == before) {
        w.problem(
            p,
            "a unit quaternion (norm 1 +- 1e-3)",
            String.format(java.util.Locale.ROOT, "norm %.4f", norm));
      }
      return Quaternion.IDENTITY;
    }
    return new Quaternion(x, y, z, qw);
  }

  static Point2 point2(Walker w, JsonNode n, String p) {
    if (n == null || !n.isArray() || n.size() != 2) {
      w.problem(p, "a point [x, y]", Walker.describe(n));
      return new Point2(0, 0);
    }
    return new Point2(
        w.asNumber(n.get(0), child(p, 0), Walker.Range.ANY),
        w.asNumber(n.get(1), child(p, 1), Walker.Range.ANY));
  }
}
