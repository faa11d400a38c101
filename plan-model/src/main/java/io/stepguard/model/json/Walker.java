package io.stepguard.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a JSON tree field by field and records every problem instead of stopping at the first. Each
 * read returns a harmless placeholder when the value is bad; the caller discards the result when
 * {@link #problems()} is not empty. Not thread-safe; one per document.
 */
final class Walker {
  private final List<Problem> problems = new ArrayList<>();

  List<Problem> problems() {
    return problems;
  }

  void problem(String pointer, String expected, String found) {
    problems.add(new Problem(pointer, expected, found));
  }

  /**
   * Whether a problem was recorded at {@code pointer} or below it. Readers ask this before a
   * follow-up check, so that a placeholder value is never reported a second time.
   */
  boolean hasProblemAt(String pointer) {
    for (Problem pr : problems) {
      if (pr.pointer().equals(pointer) || pr.pointer().startsWith(pointer + "/")) {
        return true;
      }
    }
    return false;
  }

  static String child(String pointer, String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing (missing)";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      String t = n.asText();
      return "string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
    }
    if (n.isNumber()) {
      return "number " + n.asText();
    }
    if (n.isBoolean()) {
      return "boolean " + n.asBoolean();
    }
    if (n.isArray()) {
      return "an array of " + n.size();
    }
    return "an object";
  }

  /** Checks {@code node} is an object and reports keys outside {@code allowed}. */
  boolean object(JsonNode node, String pointer, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problem(pointer, "an object", describe(node));
      return false;
    }
    for (var entry : node.properties()) {
      String name = entry.getKey();
      if (!allowed.contains(name)) {
        problem(
            child(pointer, name),
            "no such field (allowed: " + sorted(allowed) + ")",
            "field \"" + name + "\"");
      }
    }
    return true;
  }

  private static String sorted(Set<String> s) {
    return String.join(", ", new java.util.TreeSet<>(s));
  }

  private JsonNode required(JsonNode obj, String pointer, String field, String expected) {
    JsonNode n = obj.get(field);
    if (n == null) {
      problem(child(pointer, field), expected + " (required)", "nothing (missing)");
    }
    return n;
  }

  String string(JsonNode obj, String pointer, String field) {
    JsonNode n = required(obj, pointer, field, "a non-empty string");
    return n == null ? "?" : asString(n, child(pointer, field), false);
  }

  String stringOr(JsonNode obj, String pointer, String field, String dflt, boolean emptyOk) {
    JsonNode n = obj.get(field);
    return n == null ? dflt : asString(n, child(pointer, field), emptyOk);
  }

  Optional<String> optString(JsonNode obj, String pointer, String field) {
    JsonNode n = obj.get(field);
    return n == null ? Optional.empty() : Optional.of(asString(n, child(pointer, field), false));
  }

  String asString(JsonNode n, String pointer, boolean emptyOk) {
    if (!n.isTextual()) {
      problem(pointer, "a string", describe(n));
      return "?";
    }
    if (!emptyOk && n.asText().isEmpty()) {
      problem(pointer, "a non-empty string", "an empty string");
      return "?";
    }
    return n.asText();
  }

  double number(JsonNode obj, String pointer, String field, Range range) {
    JsonNode n = required(obj, pointer, field, "a number " + range.text);
    return n == null ? 0 : asNumber(n, child(pointer, field), range);
  }

  double numberOr(JsonNode obj, String pointer, String field, double dflt, Range range) {
    JsonNode n = obj.get(field);
    return n == null ? dflt : asNumber(n, child(pointer, field), range);
  }

  Optional<Double> optNumber(JsonNode obj, String pointer, String field, Range range) {
    JsonNode n = obj.get(field);
    return n == null ? Optional.empty() : Optional.of(asNumber(n, child(pointer, field), range));
  }

  double asNumber(JsonNode n, String pointer, Range range) {
    if (!n.isNumber()) {
      problem(pointer, "a number " + range.text, describe(n));
      return 0;
    }
    double v = n.asDouble();
    if (!Double.isFinite(v)) {
      problem(pointer, "a finite number " + range.text, n.asText());
      return 0;
    }
    if (!range.test(v)) {
      problem(pointer, "a number " + range.text, "number " + n.asText());
      return 0;
    }
    return v;
  }

  int integer(JsonNode obj, String pointer, String field, int min) {
    JsonNode n = required(obj, pointer, field, "an integer >= " + min);
    if (n == null) {
      return min;
    }
    if (!isExactInteger(n) || !n.canConvertToInt() || n.intValue() < min) {
      problem(child(pointer, field), "an integer >= " + min, describe(n));
      return min;
    }
    return n.intValue();
  }

  /** An optional integer field that fits a {@code long}, at least {@code min}. */
  long longOr(JsonNode obj, String pointer, String field, long dflt, long min) {
    JsonNode n = obj.get(field);
    if (n == null) {
      return dflt;
    }
    if (!isExactInteger(n) || !n.canConvertToLong() || n.longValue() < min) {
      problem(child(pointer, field), "an integer >= " + min, describe(n));
      return dflt;
    }
    return n.longValue();
  }

  /**
   * An integral number; as in JSON Schema, {@code 3.0} counts as the integer 3 (planners written in
   * Python may emit it).
   */
  private static boolean isExactInteger(JsonNode n) {
    return n.isIntegralNumber() || (n.isFloatingPointNumber() && n.canConvertToExactIntegral());
  }

  boolean bool(JsonNode obj, String pointer, String field, boolean dflt) {
    JsonNode n = obj.get(field);
    if (n == null) {
      return dflt;
    }
    if (!n.isBoolean()) {
      problem(child(pointer, field), "true or false", describe(n));
      return dflt;
    }
    return n.asBoolean();
  }

  /** Reads an array field element by element; a missing optional array is empty. */
  <T> List<T> array(
      JsonNode obj,
      String pointer,
      String field,
      boolean isRequired,
      BiFunction<JsonNode, String, T> element) {
    JsonNode n = obj.get(field);
    String p = child(pointer, field);
    if (n == null) {
      if (isRequired) {
        problem(p, "an array (required)", "nothing (missing)");
      }
      return List.of();
    }
    if (!n.isArray()) {
      problem(p, "an array", describe(n));
      return List.of();
    }
    var out = new ArrayList<T>(n.size());
    for (int i = 0; i < n.size(); i++) {
      T t = element.apply(n.get(i), child(p, i));
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  List<String> strings(JsonNode obj, String pointer, String field) {
    return array(obj, pointer, field, false, (n, p) -> asString(n, p, false));
  }

  void schemaVersion(JsonNode obj, String pointer) {
    JsonNode n = obj.get("schema_version");
    if (n == null) {
      problem(
          child(pointer, "schema_version"),
          "schema_version " + StepguardJson.SCHEMA_VERSION + " (required)",
          "nothing (missing)");
    } else if (!isExactInteger(n)
        || !n.canConvertToInt()
        || n.intValue() != StepguardJson.SCHEMA_VERSION) {
      problem(
          child(pointer, "schema_version"),
          "schema_version " + StepguardJson.SCHEMA_VERSION,
          describe(n));
    }
  }

  /** A numeric range with its description for messages. */
  record Range(double min, double max, boolean minExclusive, String text) {
    static final Range ANY =
        new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, "");
    static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY, false, ">= 0");
    static final Range POSITIVE = new Range(0, Double.POSITIVE_INFINITY, true, "> 0");
    static final Range UNIT = new Range(0, 1, false, "in [0, 1]");

    boolean test(double v) {
      return (minExclusive ? v > min : v >= min) && v <= max;
    }
  }
}
