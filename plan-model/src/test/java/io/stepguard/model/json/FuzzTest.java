package io.stepguard.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepguard.model.json.Documents.Kind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded mutations of the example documents (delete, duplicate, retype and rename fields; numbers
 * swapped for strings, NaN or huge values; array elements removed, repeated or swapped; text
 * truncated; garbage inserted). Whatever comes in, reading never throws: it yields a value or at
 * least one located problem, a value it yields survives write-then-read, and the schema accepts
 * what the codec accepts.
 */
class FuzzTest {
  private static final int ITERATIONS = 3000;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String GARBAGE =
      "{}[],:\"\\ \n\t0123456789-+.eEaznull\u0000\u00e9\uD800\u2028";

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readingAMutatedDocumentNeverThrowsAndLocatesEveryProblem(Kind kind) {
    var r = new Random(20261101L + kind.ordinal());
    String example = Documents.example(kind);
    int ok = 0;
    int invalid = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      String doc = mutate(r, example);
      String context = "iteration " + i + " of " + kind + ":\n" + doc;
      Parsed<?>[] result = new Parsed<?>[1];
      assertThatCode(() -> result[0] = SchemaTest.read(kind, doc))
          .as(context)
          .doesNotThrowAnyException();
      switch (result[0]) {
        case Parsed.Ok<?> value -> {
          ok++;
          assertThat(SchemaValidator.errors(kind, doc))
              .as("the schema accepts what the codec accepts; " + context)
              .isEmpty();
          assertThat(SchemaTest.read(kind, SchemaTest.write(kind, value.value())).orThrow())
              .as(context)
              .isEqualTo(value.value());
        }
        case Parsed.Invalid<?> bad -> {
          invalid++;
          assertThat(bad.problems()).as(context).isNotEmpty();
          checkLocated(doc, bad.problems(), context);
        }
      }
    }
    // The mutations reach both outcomes: the test is not only feeding garbage.
    assertThat(ok).as("documents still valid after mutation").isGreaterThan(ITERATIONS / 50);
    assertThat(invalid).as("documents made invalid").isGreaterThan(ITERATIONS / 2);
  }

  /**
   * The rules only the codec can check (docs/data-model.md, "What the schema cannot say"), by the
   * start of their {@code expected} text.
   */
  private static final List<String> CODEC_ONLY_RULES =
      List.of(
          "index ",
          "an open ring",
          "an id unique in the scene",
          "the id of an object in /objects",
          "the document's frame",
          "the scene's frame",
          "a unit quaternion",
          "z_max_m >= z_min_m",
          "another object's id or a type name",
          "a fact id unique in the verdict",
          "the id of a fact in /facts");

  @ParameterizedTest
  @EnumSource(Kind.class)
  void whatTheSchemaAcceptsTheCodecRejectsOnlyForCodecOnlyRules(Kind kind) {
    var r = new Random(7_000_001L + kind.ordinal());
    String example = Documents.example(kind);
    int compared = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      String doc = mutate(r, example);
      if (!(StepguardJson.parseTree(doc) instanceof Parsed.Ok<JsonNode> tree)
          || !allFinite(tree.value())
          || !SchemaValidator.errors(kind, tree.value()).isEmpty()) {
        continue;
      }
      compared++;
      if (SchemaTest.read(kind, doc) instanceof Parsed.Invalid<?> bad) {
        for (Problem p : bad.problems()) {
          assertThat(CODEC_ONLY_RULES)
              .as("the schema accepted a document the codec rejects for %s:%n%s", p, doc)
              .anyMatch(rule -> p.expected().startsWith(rule));
        }
      }
    }
    assertThat(compared).as("documents the schema accepted").isGreaterThan(ITERATIONS / 50);
  }

  /**
   * Whether a schema validator can judge every number: NaN, Infinity and numbers beyond double
   * range are not JSON, and networknt 2.0.8 compares a double such as 1e308 with an integral {@code
   * maximum} (latency_ns: 2^63-1) through {@code long}, so it lets it pass.
   */
  private static boolean allFinite(JsonNode n) {
    if (n.isNumber()) {
      return Double.isFinite(n.asDouble()) && !(n.isDouble() && Math.abs(n.asDouble()) >= 0x1p63);
    }
    for (JsonNode c : n) {
      if (!allFinite(c)) {
        return false;
      }
    }
    return true;
  }

  /** Every pointer is a JSON pointer that names a value of the document or a field of one. */
  private static void checkLocated(String doc, List<Problem> problems, String context) {
    var tree = StepguardJson.parseTree(doc);
    for (Problem p : problems) {
      assertThat(p.expected()).as(context).isNotBlank();
      assertThat(p.found()).as(context).isNotBlank();
      assertThat(p.pointer().isEmpty() || p.pointer().startsWith("/")).as(context).isTrue();
      if (tree instanceof Parsed.Ok<JsonNode> t && !p.pointer().isEmpty()) {
        String parent = p.pointer().substring(0, p.pointer().lastIndexOf('/'));
        assertThat(!t.value().at(p.pointer()).isMissingNode() || t.value().at(parent).isObject())
            .as("%s names a value or a field of an object; %s", p.pointer(), context)
            .isTrue();
      }
    }
  }

  private static String mutate(Random r, String example) {
    JsonNode tree = Edits.json(example).deepCopy();
    int treeEdits = 1 + r.nextInt(3);
    for (int k = 0; k < treeEdits; k++) {
      tree = mutateTree(r, tree);
    }
    String text = r.nextBoolean() ? Edits.write(tree) : StepguardJson.compact(tree);
    return switch (r.nextInt(10)) {
      case 0 -> text.substring(0, r.nextInt(text.length()));
      case 1 -> insertGarbage(r, text);
      case 2 -> duplicateKey(r, text);
      default -> text;
    };
  }

  private static JsonNode mutateTree(Random r, JsonNode root) {
    var containers = new ArrayList<JsonNode>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return replacement(r, root);
    }
    JsonNode c = containers.get(r.nextInt(containers.size()));
    if (c instanceof ObjectNode o && !o.isEmpty()) {
      var names = new ArrayList<String>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.get(r.nextInt(names.size()));
      switch (r.nextInt(5)) {
        case 0 -> o.remove(name);
        case 1 -> o.set(name, replacement(r, o.get(name)));
        case 2 ->
            o.set(
                names.get(r.nextInt(names.size())) + (r.nextBoolean() ? "" : "_x"),
                o.get(name).deepCopy());
        case 3 -> o.set(FIELD_NAMES[r.nextInt(FIELD_NAMES.length)], replacement(r, o.get(name)));
        default -> {
          JsonNode v = o.remove(name);
          o.set(FIELD_NAMES[r.nextInt(FIELD_NAMES.length)], v);
        }
      }
    } else if (c instanceof ArrayNode a && !a.isEmpty()) {
      int i = r.nextInt(a.size());
      switch (r.nextInt(4)) {
        case 0 -> a.remove(i);
        case 1 -> a.add(a.get(i).deepCopy());
        case 2 -> a.set(i, replacement(r, a.get(i)));
        default -> {
          int j = r.nextInt(a.size());
          JsonNode t = a.get(i);
          a.set(i, a.get(j));
          a.set(j, t);
        }
      }
    } else if (r.nextInt(8) == 0) {
      return replacement(r, root);
    }
    return root;
  }

  private static final String[] FIELD_NAMES = {
    "id",
    "index",
    "text",
    "kind",
    "frame_id",
    "polygon",
    "position",
    "yaw",
    "orientation",
    "speed_mps",
    "radius_m",
    "held_object",
    "steps",
    "decision",
    "question",
    "constraints",
    "rule",
    "cites",
    "value",
    "unit",
    "speed_limit_mps",
    "z_max_m",
    "x",
    "w"
  };

  /** A value of another type, or an awkward value of the same type. */
  private static JsonNode replacement(Random r, JsonNode old) {
    if (old.isNumber() && r.nextBoolean()) {
      return switch (r.nextInt(8)) {
        case 0 -> F.textNode(old.asText());
        case 1 -> F.numberNode(Double.NaN);
        case 2 -> F.numberNode(Double.NEGATIVE_INFINITY);
        case 3 -> F.numberNode(1e308 * (r.nextBoolean() ? 1 : -1));
        case 4 -> F.numberNode(new BigInteger("123456789012345678901234567890"));
        case 5 -> F.numberNode(-old.asDouble());
        case 6 -> F.numberNode(old.asDouble() + 0.5);
        default -> F.numberNode(0);
      };
    }
    if (old.isTextual() && r.nextBoolean()) {
      String t = old.asText();
      return switch (r.nextInt(4)) {
        case 0 -> F.textNode("");
        case 1 -> F.textNode(t.substring(0, r.nextInt(t.length() + 1)));
        case 2 -> F.textNode(t + "\n\"}" + t);
        default -> F.textNode("?");
      };
    }
    return switch (r.nextInt(9)) {
      case 0 -> F.textNode("x");
      case 1 -> F.numberNode(42);
      case 2 -> F.numberNode(-1);
      case 3 -> F.booleanNode(r.nextBoolean());
      case 4 -> F.nullNode();
      case 5 -> F.arrayNode();
      case 6 -> F.objectNode();
      case 7 -> F.arrayNode().add(1.0).add(2.0);
      default -> F.textNode("y".repeat(200));
    };
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      n.forEach(c -> collect(c, out));
    }
  }

  private static String insertGarbage(Random r, String text) {
    int at = r.nextInt(text.length() + 1);
    var sb = new StringBuilder();
    for (int k = 1 + r.nextInt(4); k > 0; k--) {
      sb.append(GARBAGE.charAt(r.nextInt(GARBAGE.length())));
    }
    return text.substring(0, at) + sb + text.substring(at);
  }

  private static String duplicateKey(Random r, String text) {
    int at = text.indexOf("\":", r.nextInt(text.length()));
    if (at < 0) {
      return text;
    }
    int start = text.lastIndexOf('"', at - 1);
    if (start < 0) {
      return text;
    }
    String key = text.substring(start, at + 2);
    return text.substring(0, start) + key + " 0, " + text.substring(start);
  }
}
