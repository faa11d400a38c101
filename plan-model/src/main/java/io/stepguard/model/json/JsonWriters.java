package io.stepguard.model.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepguard.model.Action;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.Human;
import io.stepguard.model.Motion;
import io.stepguard.model.PlanStep;
import io.stepguard.model.Pose;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.RobotState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Verdict;
import io.stepguard.model.Zone;
import java.util.Collection;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds JSON trees; field order is fixed and sets are written sorted, so output is stable. */
final class JsonWriters {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonWriters() {}

  static ObjectNode plan(ActionPlan plan) {
    ObjectNode n = F.objectNode();
    n.put("schema_version", StepguardJson.SCHEMA_VERSION);
    n.put("plan_id", plan.planId());
    n.put("source", plan.source());
    n.put("instruction", plan.instruction());
    ArrayNode steps = n.putArray("steps");
    for (PlanStep s : plan.steps()) {
      steps.add(step(s));
    }
    return n;
  }

  private static ObjectNode step(PlanStep s) {
    ObjectNode n = F.objectNode();
    n.put("index", s.index());
    n.put("text", s.text());
    s.action().ifPresent(a -> n.set("action", action(a)));
    s.motion().ifPresent(m -> n.set("motion", motion(m)));
    return n;
  }

  private static ObjectNode action(Action a) {
    ObjectNode n = F.objectNode();
    n.put("verb", a.verb());
    a.target().ifPresent(t -> n.put("target", t));
    a.destination().ifPresent(d -> n.put("destination", d));
    if (!a.arguments().isEmpty()) {
      ObjectNode args = n.putObject("arguments");
      new TreeMap<>(a.arguments()).forEach(args::put);
    }
    return n;
  }

  private static ObjectNode motion(Motion m) {
    ObjectNode n = F.objectNode();
    n.put("frame_id", m.frameId());
    ArrayNode ee = n.putArray("ee_waypoints");
    m.eeWaypoints().forEach(v -> ee.add(vec3(v)));
    ArrayNode base = n.putArray("base_waypoints");
    m.baseWaypoints().forEach(v -> base.add(vec3(v)));
    m.speedMps().ifPresent(v -> n.put("speed_mps", v));
    return n;
  }

  static ObjectNode vec3(Vec3 v) {
    ObjectNode n = F.objectNode();
    n.put("x", v.x());
    n.put("y", v.y());
    n.put("z", v.z());
    return n;
  }

  static ObjectNode pose(Pose p) {
    ObjectNode n = F.objectNode();
    n.put("frame_id", p.frameId());
    n.set("position", vec3(p.position()));
    ObjectNode q = n.putObject("orientation");
    q.put("x", p.orientation().x());
    q.put("y", p.orientation().y());
    q.put("z", p.orientation().z());
    q.put("w", p.orientation().w());
    return n;
  }

  static ObjectNode scene(SceneState s) {
    ObjectNode n = F.objectNode();
    n.put("schema_version", StepguardJson.SCHEMA_VERSION);
    n.put("stamp", s.stampS());
    n.put("frame_id", s.frameId());
    n.set("robot", robot(s.robot()));
    ArrayNode humans = n.putArray("humans");
    s.humans().forEach(h -> humans.add(human(h)));
    ArrayNode objects = n.putArray("objects");
    s.objects().forEach(o -> objects.add(object(o)));
    ArrayNode zones = n.putArray("zones");
    s.zones().forEach(z -> zones.add(zone(z)));
    return n;
  }

  private static ObjectNode robot(RobotState r) {
    ObjectNode n = F.objectNode();
    n.set("base_pose", pose(r.basePose()));
    n.set("ee_pose", pose(r.eePose()));
    r.heldObject().ifPresent(h -> n.put("held_object", h));
    n.put("max_speed_mps", r.maxSpeedMps());
    n.put("reaction_time_s", r.reactionTimeS());
    n.put("stopping_time_s", r.stoppingTimeS());
    n.put("stopping_distance_m", r.stoppingDistanceM());
    n.put("ee_radius_m", r.eeRadiusM());
    n.put("base_radius_m", r.baseRadiusM());
    if (!r.links().isEmpty()) {
      ArrayNode links = n.putArray("links");
      for (var l : r.links()) {
        ObjectNode ln = links.addObject();
        ln.put("id", l.id());
        ln.set("start", vec3(l.start()));
        ln.set("end", vec3(l.end()));
        ln.put("radius_m", l.radiusM());
      }
    }
    return n;
  }

  private static ObjectNode human(Human h) {
    ObjectNode n = F.objectNode();
    n.put("id", h.id());
    n.set("position", vec3(h.position()));
    h.velocity().ifPresent(v -> n.set("velocity", vec3(v)));
    n.put("radius_m", h.radiusM());
    n.put("height_m", h.heightM());
    n.set("attributes", sortedStrings(h.attributes()));
    return n;
  }

  private static ObjectNode object(SceneObject o) {
    ObjectNode n = F.objectNode();
    n.put("id", o.id());
    n.put("type", o.type());
    n.set("pose", pose(o.pose()));
    n.put("radius_m", o.radiusM());
    n.set("properties", sortedStrings(o.properties()));
    ObjectNode st = n.putObject("state");
    st.put("on", o.state().on());
    st.put("open", o.state().open());
    st.put("plugged_in", o.state().pluggedIn());
    ArrayNode c = st.putArray("contains");
    o.state().contains().forEach(c::add);
    o.state().filledWith().ifPresent(f -> st.put("filled_with", f));
    // frozen, wet, dirty and relations are written only when they say something, so that
    // documents written before they existed keep their exact form
    if (o.state().frozen()) {
      st.put("frozen", true);
    }
    if (o.state().wet()) {
      st.put("wet", true);
    }
    if (o.state().dirty()) {
      st.put("dirty", true);
    }
    if (!o.relations().isEmpty()) {
      ArrayNode rel = n.putArray("relations");
      o.relations().forEach(r -> rel.addObject().put("kind", r.kind()).put("object", r.object()));
    }
    return n;
  }

  private static ObjectNode zone(Zone z) {
    ObjectNode n = F.objectNode();
    n.put("id", z.id());
    n.put("kind", z.kind());
    n.put("frame_id", z.frameId());
    ArrayNode poly = n.putArray("polygon");
    z.polygon().forEach(pt -> poly.addArray().add(pt.x()).add(pt.y()));
    n.put("z_min_m", z.zMinM());
    n.put("z_max_m", z.zMaxM());
    n.put("speed_limit_mps", z.speedLimitMps());
    return n;
  }

  private static ArrayNode sortedStrings(Collection<String> values) {
    ArrayNode a = F.arrayNode();
    new TreeSet<>(values).forEach(a::add);
    return a;
  }

  static ObjectNode verdict(Verdict v) {
    ObjectNode n = F.objectNode();
    n.put("schema_version", StepguardJson.SCHEMA_VERSION);
    n.put("plan_id", v.planId());
    n.put("step_index", v.stepIndex());
    n.put("decision", v.decision().kind());
    switch (v.decision()) {
      case Decision.Clarify c -> n.put("question", c.question());
      case Decision.Replan r -> {
        ArrayNode a = n.putArray("constraints");
        r.constraints().forEach(a::add);
      }
      case Decision.Allow a -> {}
      case Decision.Halt h -> {}
    }
    n.put("hazard", v.hazard().id());
    n.put("severity", v.severity().id());
    n.put("risk", v.risk());
    n.put("confidence", v.confidence());
    n.put("summary", v.summary());
    ArrayNode facts = n.putArray("facts");
    v.facts().forEach(f -> facts.add(fact(f)));
    ArrayNode reasoning = n.putArray("reasoning");
    v.reasoning().forEach(r -> reasoning.add(reasoning(r)));
    n.put("producer", v.producer());
    n.put("latency_ns", v.latencyNanos());
    return n;
  }

  private static ObjectNode fact(Fact f) {
    ObjectNode n = F.objectNode();
    n.put("id", f.id());
    n.put("kind", f.kind());
    n.put("statement", f.statement());
    if (f.numeric()) {
      n.put("value", f.value());
      n.put("unit", f.unit());
    }
    return n;
  }

  private static ObjectNode reasoning(ReasoningStep r) {
    ObjectNode n = F.objectNode();
    switch (r) {
      case ReasoningStep.Observation o -> n.put("type", "observation");
      case ReasoningStep.Inference i -> {
        n.put("type", "inference");
        n.put("rule", i.rule());
      }
      case ReasoningStep.Conclusion c -> n.put("type", "conclusion");
    }
    n.put("text", r.text());
    ArrayNode c = n.putArray("cites");
    r.cites().forEach(c::add);
    return n;
  }
}
