package io.stepguard.ros.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The node's parameters with their defaults. Read from ROS 2 params files ({@code NODE:
 * ros__parameters: {...}} where NODE is the fully qualified node name, {@code /**}, or a pattern
 * with {@code *} for one name segment and {@code **} for any number), then {@code -p} overrides.
 * Unknown parameters and wrong types are errors with the file and key.
 */
public record NodeParameters(
    String planTopic,
    String sceneTopic,
    String progressTopic,
    String approvedTopic,
    String verdictsTopic,
    String replanTopic,
    String clarificationTopic,
    String clarificationAnswerTopic,
    String haltTopic,
    String diagnosticsTopic,
    double sceneTimeoutS,
    double haltPublishHz,
    double diagnosticsHz,
    int gidSize,
    boolean geometricOnly,
    String personSpeedPolicy,
    double trackingSpeedMarginMps) {

  public static final NodeParameters DEFAULTS =
      new NodeParameters(
          "stepguard/plan",
          "stepguard/scene",
          "stepguard/progress",
          "stepguard/approved",
          "stepguard/verdicts",
          "stepguard/replan",
          "stepguard/clarification",
          "stepguard/clarification_answer",
          "stepguard/halt",
          "/diagnostics",
          0.5,
          10.0,
          1.0,
          16,
          false,
          "directed",
          0.2);

  /** These parameters with {@code scene_timeout_s} replaced. */
  public NodeParameters withSceneTimeoutS(double seconds) {
    return new NodeParameters(
        planTopic,
        sceneTopic,
        progressTopic,
        approvedTopic,
        verdictsTopic,
        replanTopic,
        clarificationTopic,
        clarificationAnswerTopic,
        haltTopic,
        diagnosticsTopic,
        seconds,
        haltPublishHz,
        diagnosticsHz,
        gidSize,
        geometricOnly,
        personSpeedPolicy,
        trackingSpeedMarginMps);
  }

  /** Every parameter name, as in params.yaml. */
  public static final Set<String> NAMES =
      Set.of(
          "plan_topic",
          "scene_topic",
          "progress_topic",
          "approved_topic",
          "verdicts_topic",
          "replan_topic",
          "clarification_topic",
          "clarification_answer_topic",
          "halt_topic",
          "diagnostics_topic",
          "scene_timeout_s",
          "halt_publish_hz",
          "diagnostics_hz",
          "gid_size",
          "geometric_only",
          "person_speed_policy",
          "tracking_speed_margin_mps");

  /** A parameter that could not be applied. */
  public static final class BadParameter extends Exception {
    @java.io.Serial private static final long serialVersionUID = 1L;

    BadParameter(String message) {
      super(message);
    }
  }

  /** Loads files in order, then applies {@code overrides} (values as YAML scalars). */
  public static NodeParameters load(
      String fqNodeName, List<Path> files, Map<String, String> overrides) throws BadParameter {
    var values = new LinkedHashMap<String, Object>();
    var yaml = new ObjectMapper(new YAMLFactory());
    for (Path f : files) {
      JsonNode root;
      try {
        root = yaml.readTree(f.toFile());
      } catch (IOException e) {
        throw new BadParameter(f + ": cannot read params file: " + e.getMessage());
      }
      if (root == null || !root.isObject()) {
        throw new BadParameter(f + ": expected a mapping of node names to ros__parameters");
      }
      for (var e : root.properties()) {
        if (!matches(e.getKey(), fqNodeName)) {
          continue;
        }
        JsonNode p = e.getValue().get("ros__parameters");
        if (p == null || !p.isObject()) {
          throw new BadParameter(f + ": " + e.getKey() + ": expected ros__parameters");
        }
        for (var kv : p.properties()) {
          values.put(kv.getKey(), scalar(kv.getValue(), f + ": " + e.getKey() + "." + kv.getKey()));
        }
      }
    }
    for (var e : overrides.entrySet()) {
      try {
        values.put(e.getKey(), scalar(yaml.readTree(e.getValue()), "-p " + e.getKey()));
      } catch (IOException ex) {
        throw new BadParameter("-p " + e.getKey() + ":=" + e.getValue() + ": not a YAML value");
      }
    }
    return apply(values);
  }

  private static Object scalar(JsonNode v, String where) throws BadParameter {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isTextual()) {
      return v.asText();
    }
    throw new BadParameter(where + ": expected a scalar value");
  }

  /**
   * Whether a params-file key matches the node's fully qualified name, as rcl matches them: a key
   * without a leading slash is taken from the root; {@code *} matches within one name segment,
   * {@code **} any number of whole segments ({@code /**} matches every node).
   */
  static boolean matches(String pattern, String fqName) {
    String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    var regex = new StringBuilder();
    for (String seg : p.split("/", -1)) {
      if (seg.equals("**")) {
        regex.append("(/[^/]+)*");
      } else {
        regex.append('/');
        for (String part : seg.split("\\*", -1)) {
          regex.append(java.util.regex.Pattern.quote(part)).append("[^/]*");
        }
        regex.setLength(regex.length() - "[^/]*".length());
      }
    }
    return fqName.matches(regex.toString());
  }

  private static NodeParameters apply(Map<String, Object> v) throws BadParameter {
    var unknown = new ArrayList<String>();
    for (String k : v.keySet()) {
      if (!NAMES.contains(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadParameter(
          "unknown parameter(s) " + unknown + "; known: " + new java.util.TreeSet<>(NAMES));
    }
    NodeParameters d = DEFAULTS;
    var p =
        new NodeParameters(
            str(v, "plan_topic", d.planTopic),
            str(v, "scene_topic", d.sceneTopic),
            str(v, "progress_topic", d.progressTopic),
            str(v, "approved_topic", d.approvedTopic),
            str(v, "verdicts_topic", d.verdictsTopic),
            str(v, "replan_topic", d.replanTopic),
            str(v, "clarification_topic", d.clarificationTopic),
            str(v, "clarification_answer_topic", d.clarificationAnswerTopic),
            str(v, "halt_topic", d.haltTopic),
            str(v, "diagnostics_topic", d.diagnosticsTopic),
            num(v, "scene_timeout_s", d.sceneTimeoutS),
            num(v, "halt_publish_hz", d.haltPublishHz),
            num(v, "diagnostics_hz", d.diagnosticsHz),
            (int) num(v, "gid_size", d.gidSize),
            bool(v, "geometric_only", d.geometricOnly),
            str(v, "person_speed_policy", d.personSpeedPolicy),
            num(v, "tracking_speed_margin_mps", d.trackingSpeedMarginMps));
    if (!p.personSpeedPolicy.equals("directed") && !p.personSpeedPolicy.equals("floor")) {
      throw new BadParameter(
          "person_speed_policy must be directed or floor, was " + p.personSpeedPolicy);
    }
    if (!(p.trackingSpeedMarginMps >= 0) || !Double.isFinite(p.trackingSpeedMarginMps)) {
      throw new BadParameter(
          "tracking_speed_margin_mps must be >= 0, was " + p.trackingSpeedMarginMps);
    }
    if (p.gidSize != 16 && p.gidSize != 24) {
      throw new BadParameter(
          "gid_size must be 16 (Iron and later) or 24 (up to Humble), was " + p.gidSize);
    }
    if (!(p.sceneTimeoutS > 0) || !(p.haltPublishHz >= 10) || !(p.diagnosticsHz > 0)) {
      throw new BadParameter(
          "scene_timeout_s and diagnostics_hz must be > 0, halt_publish_hz >= 10");
    }
    return p;
  }

  private static String str(Map<String, Object> v, String k, String d) throws BadParameter {
    Object o = v.get(k);
    if (o == null) {
      return d;
    }
    if (!(o instanceof String s) || s.isEmpty()) {
      throw new BadParameter(k + ": expected a topic name, found " + o);
    }
    return s;
  }

  private static double num(Map<String, Object> v, String k, double d) throws BadParameter {
    Object o = v.get(k);
    if (o == null) {
      return d;
    }
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    throw new BadParameter(k + ": expected a number, found " + o);
  }

  private static boolean bool(Map<String, Object> v, String k, boolean d) throws BadParameter {
    Object o = v.get(k);
    if (o == null) {
      return d;
    }
    if (o instanceof Boolean b) {
      return b;
    }
    throw new BadParameter(k + ": expected true or false, found " + o);
  }
}
