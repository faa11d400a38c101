package io.stepguard.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.SceneState;
import io.stepguard.model.json.Parsed;
import io.stepguard.model.json.Problem;
import io.stepguard.model.json.StepguardJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads scenario files (docs/schemas/scenario.schema.json). Reports every problem with its JSON
 * pointer, the scene's and plan's problems included (prefixed /scene and /plan). Besides the schema
 * it checks what a schema cannot: one expectation per step in order, exactly one of {@code
 * decision} and {@code decision_any_of}, {@code current_step} a step of the plan, {@code now} not
 * before the scene's stamp. Stateless and thread-safe.
 */
public final class ScenarioReader {
  private static final Set<String> FIELDS =
      Set.of(
          "schema_version",
          "name",
          "description",
          "tags",
          "twin",
          "current_step",
          "now",
          "scene",
          "plan",
          "expected",
          "expected_plan");
  private static final Set<String> EXPECTATION_FIELDS =
      Set.of("step", "decision", "decision_any_of", "hazard", "rationale_contains");
  private static final Set<String> DECISIONS = Set.of("ALLOW", "CLARIFY", "REPLAN", "HALT");

  private ScenarioReader() {}

  public static Parsed<Scenario> read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Parsed.Invalid<>(
          List.of(new Problem("", "a readable file", file + ": " + e.getMessage())));
    }
  }

  public static Parsed<Scenario> read(InputStream in) {
    try {
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Parsed<Scenario> read(String json) {
    return switch (StepguardJson.parseTree(json)) {
      case Parsed.Invalid<JsonNode> bad -> new Parsed.Invalid<>(bad.problems());
      case Parsed.Ok<JsonNode> ok -> read(ok.value());
    };
  }

  private static Parsed<Scenario> read(JsonNode n) {
    var problems = new ArrayList<Problem>();
    if (!n.isObject()) {
      return new Parsed.Invalid<>(List.of(new Problem("", "a scenario object", "not an object")));
    }
    for (var e : n.properties()) {
      if (!FIELDS.contains(e.getKey())) {
        problems.add(
            new Problem(
                "/" + e.getKey(),
                "no such field (allowed: "
                    + String.join(", ", new java.util.TreeSet<>(FIELDS))
                    + ")",
                "field \"" + e.getKey() + "\""));
      }
    }
    if (!n.path("schema_version").isInt() || n.path("schema_version").asInt() != 1) {
      problems.add(
          new Problem("/schema_version", "schema_version 1", n.path("schema_version").toString()));
    }
    String name = text(n, "name", problems);
    String description = n.path("description").asText("");
    SceneState scene = null;
    ActionPlan plan = null;
    if (!n.has("scene")) {
      problems.add(new Problem("/scene", "a scene (required)", "nothing (missing)"));
    } else {
      switch (StepguardJson.readScene(n.get("scene"), "/scene")) {
        case Parsed.Ok<SceneState> ok -> scene = ok.value();
        case Parsed.Invalid<SceneState> bad -> problems.addAll(bad.problems());
      }
    }
    if (!n.has("plan")) {
      problems.add(new Problem("/plan", "a plan (required)", "nothing (missing)"));
    } else {
      switch (StepguardJson.readPlan(n.get("plan"), "/plan")) {
        case Parsed.Ok<ActionPlan> ok -> plan = ok.value();
        case Parsed.Invalid<ActionPlan> bad -> problems.addAll(bad.problems());
      }
    }
    var steps = new ArrayList<Expectation>();
    JsonNode ex = n.get("expected");
    if (ex == null || !ex.isArray()) {
      problems.add(
          new Problem(
              "/expected",
              "an array with one expectation per step",
              ex == null ? "nothing (missing)" : ex.getNodeType().toString()));
    } else {
      for (int i = 0; i < ex.size(); i++) {
        expectation(ex.get(i), "/expected/" + i, problems).ifPresent(steps::add);
      }
      if (plan != null && steps.size() == ex.size()) {
        if (steps.size() != plan.steps().size()) {
          problems.add(
              new Problem(
                  "/expected",
                  plan.steps().size() + " expectations (one per step)",
                  steps.size() + " expectations"));
        } else {
          for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).step() != i) {
              problems.add(
                  new Problem(
                      "/expected/" + i + "/step", "step " + i, "step " + steps.get(i).step()));
            }
          }
        }
      }
    }
    Optional<Expectation> planEx = Optional.empty();
    if (n.has("expected_plan")) {
      planEx = expectation(n.get("expected_plan"), "/expected_plan", problems);
    }
    List<String> tags = tags(n.get("tags"), problems);
    Optional<String> twin = Optional.empty();
    if (n.has("twin")) {
      JsonNode t = n.get("twin");
      if (!t.isTextual() || t.asText().isBlank()) {
        problems.add(new Problem("/twin", "the name of the paired scenario", t.toString()));
      } else if (t.asText().equals(name)) {
        problems.add(
            new Problem("/twin", "another scenario's name (not this one's)", t.toString()));
      } else {
        twin = Optional.of(t.asText());
      }
    }
    int currentStep = currentStep(n.get("current_step"), plan, problems);
    double nowS = now(n.get("now"), scene, problems);
    if (!problems.isEmpty() || scene == null || plan == null) {
      return new Parsed.Invalid<>(
          problems.isEmpty() ? List.of(new Problem("", "a scenario", "nothing usable")) : problems);
    }
    return new Parsed.Ok<>(
        new Scenario(name, description, scene, plan, planEx, steps, tags, twin, currentStep, nowS));
  }

  private static List<String> tags(JsonNode t, List<Problem> problems) {
    if (t == null) {
      return List.of();
    }
    if (!t.isArray()) {
      problems.add(new Problem("/tags", "an array of non-empty strings", t.toString()));
      return List.of();
    }
    var out = new ArrayList<String>();
    for (int i = 0; i < t.size(); i++) {
      JsonNode x = t.get(i);
      if (!x.isTextual() || x.asText().isBlank()) {
        problems.add(new Problem("/tags/" + i, "a non-empty string", x.toString()));
      } else if (out.contains(x.asText())) {
        problems.add(new Problem("/tags/" + i, "a tag not listed before", x.toString()));
      } else {
        out.add(x.asText());
      }
    }
    return out;
  }

  private static int currentStep(JsonNode c, ActionPlan plan, List<Problem> problems) {
    if (c == null) {
      return 0;
    }
    if (!c.isInt() || c.asInt() < 0) {
      problems.add(new Problem("/current_step", "a step index (integer >= 0)", c.toString()));
      return 0;
    }
    if (plan != null && c.asInt() > 0 && c.asInt() >= plan.steps().size()) {
      problems.add(
          new Problem(
              "/current_step",
              "a step of the plan (0.." + Math.max(0, plan.steps().size() - 1) + ")",
              c.toString()));
      return 0;
    }
    return c.asInt();
  }

  private static double now(JsonNode t, SceneState scene, List<Problem> problems) {
    double stamp = scene == null ? 0 : scene.stampS();
    if (t == null) {
      return stamp;
    }
    if (!t.isNumber() || !Double.isFinite(t.asDouble())) {
      problems.add(new Problem("/now", "a time in the scene's clock, s (a number)", t.toString()));
      return stamp;
    }
    if (scene != null && t.asDouble() < stamp) {
      problems.add(
          new Problem(
              "/now",
              "a time not before the scene's stamp (" + scene.stampS() + " s)",
              t.toString()));
    }
    return t.asDouble();
  }

  private static Optional<Expectation> expectation(JsonNode e, String p, List<Problem> problems) {
    if (!e.isObject()) {
      problems.add(
          new Problem(
              p,
              "an object {step, decision | decision_any_of, hazard?, rationale_contains?}",
              e.toString()));
      return Optional.empty();
    }
    for (var f : e.properties()) {
      if (!EXPECTATION_FIELDS.contains(f.getKey())) {
        problems.add(
            new Problem(
                p + "/" + f.getKey(),
                "no such field (allowed: "
                    + String.join(", ", new java.util.TreeSet<>(EXPECTATION_FIELDS))
                    + ")",
                "field \"" + f.getKey() + "\""));
      }
    }
    int before = problems.size();
    int step = p.equals("/expected_plan") ? -1 : e.path("step").asInt(Integer.MIN_VALUE);
    if (!p.equals("/expected_plan") && !e.path("step").isInt()) {
      problems.add(new Problem(p + "/step", "an integer step index", e.path("step").toString()));
    }
    var decisions = new ArrayList<String>();
    if (e.has("decision") == e.has("decision_any_of")) {
      problems.add(
          new Problem(
              p,
              "exactly one of decision and decision_any_of",
              e.has("decision") ? "both" : "neither"));
    } else if (e.has("decision")) {
      String decision = e.get("decision").asText("");
      if (!e.get("decision").isTextual() || !DECISIONS.contains(decision)) {
        problems.add(
            new Problem(
                p + "/decision", "ALLOW, CLARIFY, REPLAN or HALT", e.get("decision").toString()));
      }
      decisions.add(decision);
    } else {
      JsonNode any = e.get("decision_any_of");
      if (!any.isArray() || any.isEmpty()) {
        problems.add(
            new Problem(
                p + "/decision_any_of",
                "a non-empty array of decisions (ALLOW, CLARIFY, REPLAN, HALT)",
                any.toString()));
      } else {
        for (int i = 0; i < any.size(); i++) {
          String d = any.get(i).asText("");
          if (!any.get(i).isTextual() || !DECISIONS.contains(d)) {
            problems.add(
                new Problem(
                    p + "/decision_any_of/" + i,
                    "ALLOW, CLARIFY, REPLAN or HALT",
                    any.get(i).toString()));
          } else if (decisions.contains(d)) {
            problems.add(
                new Problem(p + "/decision_any_of/" + i, "a decision not listed before", d));
          } else {
            decisions.add(d);
          }
        }
      }
    }
    Optional<HazardCategory> hazard = Optional.empty();
    if (e.has("hazard")) {
      hazard = HazardCategory.parse(e.get("hazard").asText(""));
      if (hazard.isEmpty()) {
        problems.add(
            new Problem(p + "/hazard", "a hazard category id", e.get("hazard").toString()));
      }
    }
    var words = new ArrayList<String>();
    JsonNode w = e.get("rationale_contains");
    if (w != null) {
      if (!w.isArray()) {
        problems.add(new Problem(p + "/rationale_contains", "an array of strings", w.toString()));
      } else {
        for (int i = 0; i < w.size(); i++) {
          if (!w.get(i).isTextual() || w.get(i).asText().isEmpty()) {
            problems.add(
                new Problem(
                    p + "/rationale_contains/" + i, "a non-empty string", w.get(i).toString()));
          } else {
            words.add(w.get(i).asText());
          }
        }
      }
    }
    return problems.size() == before
        ? Optional.of(new Expectation(step, decisions, hazard, words))
        : Optional.empty();
  }

  private static String text(JsonNode n, String field, List<Problem> problems) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      problems.add(
          new Problem(
              "/" + field, "a non-empty string", v == null ? "nothing (missing)" : v.toString()));
      return "?";
    }
    return v.asText();
  }
}
