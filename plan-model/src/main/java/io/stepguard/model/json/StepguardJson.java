package io.stepguard.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.SceneState;
import io.stepguard.model.Verdict;
import java.util.List;

/**
 * The JSON codec for plans, scenes and verdicts (snake_case, SI units, {@code schema_version}).
 * Reading reports every problem with its JSON pointer and never returns a half-built object;
 * writing is deterministic and {@code read(write(x)).equals(x)}. Thread-safe.
 */
public final class StepguardJson {
  /** The schema version this codec reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private StepguardJson() {}

  /** The shared mapper (non-numeric numbers are read so that they can be reported precisely). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses text into a tree, or one problem with line and column. */
  public static Parsed<JsonNode> parseTree(String json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      if (n == null || n.isMissingNode()) {
        return new Parsed.Invalid<>(List.of(new Problem("", "a JSON document", "empty input")));
      }
      return new Parsed.Ok<>(n);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      return new Parsed.Invalid<>(
          List.of(
              new Problem(
                  "",
                  "well-formed JSON",
                  "malformed JSON" + where + ": " + e.getOriginalMessage())));
    }
  }

  public static Parsed<ActionPlan> readPlan(String json) {
    return readWith(json, PlanReader::read);
  }

  public static Parsed<SceneState> readScene(String json) {
    return readWith(json, SceneReader::read);
  }

  public static Parsed<Verdict> readVerdict(String json) {
    return readWith(json, VerdictReader::read);
  }

  /** Reads a plan from an already parsed tree; pointers are prefixed with {@code pointer}. */
  public static Parsed<ActionPlan> readPlan(JsonNode node, String pointer) {
    return readNode(node, pointer, PlanReader::read);
  }

  public static Parsed<SceneState> readScene(JsonNode node, String pointer) {
    return readNode(node, pointer, SceneReader::read);
  }

  public static Parsed<Verdict> readVerdict(JsonNode node, String pointer) {
    return readNode(node, pointer, VerdictReader::read);
  }

  private interface Read<T> {
    T read(Walker w, JsonNode node, String pointer);
  }

  private static <T> Parsed<T> readWith(String json, Read<T> reader) {
    return switch (parseTree(json)) {
      case Parsed.Ok<JsonNode> ok -> readNode(ok.value(), "", reader);
      case Parsed.Invalid<JsonNode> bad -> new Parsed.Invalid<>(bad.problems());
    };
  }

  private static <T> Parsed<T> readNode(JsonNode node, String pointer, Read<T> reader) {
    var w = new Walker();
    T value;
    try {
      value = reader.read(w, node, pointer);
    } catch (IllegalArgumentException e) {
      // A record invariant the walker did not anticipate: still a located, reported problem.
      if (w.problems().isEmpty()) {
        w.problem(pointer, "a consistent document", e.getMessage());
      }
      value = null;
    }
    if (!w.problems().isEmpty() || value == null) {
      if (w.problems().isEmpty()) {
        w.problem(pointer, "a document", "nothing usable");
      }
      return new Parsed.Invalid<>(w.problems());
    }
    return new Parsed.Ok<>(value);
  }

  public static ObjectNode planNode(ActionPlan plan) {
    return JsonWriters.plan(plan);
  }

  public static ObjectNode sceneNode(SceneState scene) {
    return JsonWriters.scene(scene);
  }

  public static ObjectNode verdictNode(Verdict verdict) {
    return JsonWriters.verdict(verdict);
  }

  public static String write(ActionPlan plan) {
    return text(planNode(plan));
  }

  public static String write(SceneState scene) {
    return text(sceneNode(scene));
  }

  public static String write(Verdict verdict) {
    return text(verdictNode(verdict));
  }

  /** A JSON array of verdicts, one per line-indented element. */
  public static String writeVerdicts(List<Verdict> verdicts) {
    ArrayNode a = MAPPER.createArrayNode();
    verdicts.forEach(v -> a.add(verdictNode(v)));
    return text(a);
  }

  /** Compact single-line JSON (for DDS messages and log lines). */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree built in memory did not serialize", e);
    }
  }

  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree built in memory did not serialize", e);
    }
  }
}
