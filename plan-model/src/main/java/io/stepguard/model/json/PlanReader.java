package io.stepguard.model.json;

import static io.stepguard.model.json.Walker.child;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.Action;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Motion;
import io.stepguard.model.PlanStep;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;

/** Reads and validates a plan document. */
final class PlanReader {
  private PlanReader() {}

  static ActionPlan read(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("schema_version", "plan_id", "source", "instruction", "steps"))) {
      return null;
    }
    w.schemaVersion(n, p);
    String id = w.string(n, p, "plan_id");
    String source = w.stringOr(n, p, "source", "", true);
    String instruction = w.stringOr(n, p, "instruction", "", true);
    var steps = w.array(n, p, "steps", true, (s, sp) -> step(w, s, sp));
    JsonNode stepsNode = n.get("steps");
    if (stepsNode != null && stepsNode.isArray()) {
      if (stepsNode.isEmpty() && instruction.isBlank()) {
        w.problem(
            child(p, "steps"),
            "at least one step, or an instruction to judge on its own",
            "an empty array and no instruction");
      }
      // Order is checked on the elements whose index was read without a problem, so that a bad
      // step is reported once, at its own pointer.
      for (int i = 0; i < stepsNode.size(); i++) {
        String ip = child(child(child(p, "steps"), i), "index");
        if (stepsNode.get(i).isObject()
            && stepsNode.get(i).has("index")
            && !w.hasProblemAt(ip)
            && steps.get(i).index() != i) {
          w.problem(ip, "index " + i + " (steps in order from 0)", "index " + steps.get(i).index());
        }
      }
    }
    if (!w.problems().isEmpty()) {
      return null;
    }
    return new ActionPlan(StepguardJson.SCHEMA_VERSION, id, source, instruction, steps);
  }

  private static PlanStep step(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("index", "text", "action", "motion"))) {
      return new PlanStep(0, "", Optional.empty(), Optional.empty());
    }
    int index = w.integer(n, p, "index", 0);
    String text = w.string(n, p, "text");
    Optional<Action> action =
        Optional.ofNullable(n.get("action")).map(a -> action(w, a, child(p, "action")));
    Optional<Motion> motion =
        Optional.ofNullable(n.get("motion")).map(m -> motion(w, m, child(p, "motion")));
    return new PlanStep(index, text, action, motion);
  }

  private static Action action(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("verb", "target", "destination", "arguments"))) {
      return Action.of("?", "?");
    }
    String verb = w.string(n, p, "verb");
    var target = w.optString(n, p, "target");
    var destination = w.optString(n, p, "destination");
    var args = new LinkedHashMap<String, String>();
    JsonNode a = n.get("arguments");
    if (a != null) {
      if (!a.isObject()) {
        w.problem(child(p, "arguments"), "an object of string values", Walker.describe(a));
      } else {
        for (var e : a.properties()) {
          args.put(
              e.getKey(), w.asString(e.getValue(), child(child(p, "arguments"), e.getKey()), true));
        }
      }
    }
    return new Action(verb, target, destination, args);
  }

  private static Motion motion(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("frame_id", "ee_waypoints", "base_waypoints", "speed_mps"))) {
      return new Motion(
          "?",
          java.util.List.of(io.stepguard.model.Vec3.ZERO),
          java.util.List.of(),
          Optional.empty());
    }
    String frame = w.string(n, p, "frame_id");
    var ee = w.array(n, p, "ee_waypoints", false, (v, vp) -> GeometryReader.vec3(w, v, vp));
    var base = w.array(n, p, "base_waypoints", false, (v, vp) -> GeometryReader.vec3(w, v, vp));
    if (ee.isEmpty() && base.isEmpty()) {
      w.problem(p, "at least one of ee_waypoints and base_waypoints with a waypoint", "none");
    }
    var speed = w.optNumber(n, p, "speed_mps", Walker.Range.POSITIVE).filter(v -> v > 0);
    // Bad values were reported; placeholders keep the record valid until the plan is discarded.
    return new Motion(
        frame,
        ee.isEmpty() && base.isEmpty() ? java.util.List.of(io.stepguard.model.Vec3.ZERO) : ee,
        base,
        speed);
  }
}
