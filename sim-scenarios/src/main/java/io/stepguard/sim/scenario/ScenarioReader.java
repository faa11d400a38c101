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
 * pointer, the scene's and plan's problems included (prefixed /scene and /plan).
 */
public final class ScenarioReader {
  private static final Set<String> FIELDS =
      Set.of("schema_version", "name", "description", "scene", "plan", "expected", "expected_plan");
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
    if (!problems.isEmpty() || scene == null || plan == null) {
      return new Parsed.Invalid<>(
          problems.isEmpty() ? List.of(new Problem("", "a scenario", "nothing usable")) : problems);
    }
    return new Parsed.Ok<>(new Scenario(name, description, scene, plan, planEx, steps));
  }

  private static Optional<Expectation> expectation(JsonNode e, String p, List<Problem> problems) {
    if (!e.isObject()) {
      problems.add(
          new Problem(p, "an object {step, decision, hazard?, rationale_contains?}", e.toString()));
      return Optional.empty();
    }
    for (var f : e.properties()) {
      if (!Set.of("step", "decision", "hazard", "rationale_contains").contains(f.getKey())) {
        problems.add(
            new Problem(
                p + "/" + f.getKey(),
                "no such field (allowed: decision, hazard, rationale_contains, step)",
                "field \"" + f.getKey() + "\""));
      }
    }
    int before = problems.size();
    int step = p.equals("/expected_plan") ? -1 : e.path("step").asInt(Integer.MIN_VALUE);
    if (!p.equals("/expected_plan") && !e.path("step").isInt()) {
      problems.add(new Problem(p + "/step", "an integer step index", e.path("step").toString()));
    }
    String decision = e.path("decision").asText("");
    if (!DECISIONS.contains(decision)) {
      problems.add(
          new Problem(
              p + "/decision", "ALLOW, CLARIFY, REPLAN or HALT", e.path("decision").toString()));
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
        w.forEach(x -> words.add(x.asText()));
      }
    }
    return problems.size() == before
        ? Optional.of(new Expectation(step, decision, hazard, words))
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
