package io.stepguard.model.json;

import static io.stepguard.model.json.Edits.all;
import static io.stepguard.model.json.Edits.append;
import static io.stepguard.model.json.Edits.json;
import static io.stepguard.model.json.Edits.remove;
import static io.stepguard.model.json.Edits.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepguard.model.json.Documents.Kind;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per validation rule: an edit of an example document that breaks exactly that rule, and
 * the one problem the codec must report (pointer, what it expected, what it found). The last column
 * says what the published schema makes of the same document, so that schema and codec stay in step:
 * a rule the schema can state it must state, and the rules it cannot state (frames, ids, open
 * rings, unit quaternions, step order, citations) are the codec's alone.
 */
class ValidationTest {

  /** What the JSON Schema says about a row's document. */
  enum Schema {
    /** The schema states the rule and rejects the document. */
    REJECTS,
    /** A cross-field rule only the codec checks; the schema accepts the document. */
    CODEC_ONLY,
    /** Not representable by a JSON validator (NaN, Infinity, a number beyond double range). */
    NOT_JSON
  }

  record Case(
      Kind kind,
      String rule,
      Consumer<ObjectNode> edit,
      String pointer,
      String expected,
      String found,
      Schema schema) {
    @Override
    public String toString() {
      return kind.fileName() + ": " + rule;
    }
  }

  static Case plan(
      String rule, Consumer<ObjectNode> edit, String ptr, String exp, String found, Schema s) {
    return new Case(Kind.PLAN, rule, edit, ptr, exp, found, s);
  }

  static Case scene(
      String rule, Consumer<ObjectNode> edit, String ptr, String exp, String found, Schema s) {
    return new Case(Kind.SCENE, rule, edit, ptr, exp, found, s);
  }

  static Case verdict(
      String rule, Consumer<ObjectNode> edit, String ptr, String exp, String found, Schema s) {
    return new Case(Kind.VERDICT, rule, edit, ptr, exp, found, s);
  }

  static final Schema REJECTS = Schema.REJECTS;
  static final Schema CODEC_ONLY = Schema.CODEC_ONLY;
  static final Schema NOT_JSON = Schema.NOT_JSON;

  static Stream<Case> rules() {
    return Stream.of(
        // ---- plan
        plan(
            "missing plan_id",
            remove("/plan_id"),
            "/plan_id",
            "a non-empty string (required)",
            "nothing (missing)",
            REJECTS),
        plan(
            "unknown field in a step",
            set("/steps/0/colour", "red"),
            "/steps/0/colour",
            "no such field (allowed: action, index, motion, text)",
            "field \"colour\"",
            REJECTS),
        plan(
            "speed given as a string",
            set("/steps/1/motion/speed_mps", "fast"),
            "/steps/1/motion/speed_mps",
            "a number > 0",
            "string \"fast\"",
            REJECTS),
        plan(
            "negative speed",
            set("/steps/1/motion/speed_mps", -0.2),
            "/steps/1/motion/speed_mps",
            "a number > 0",
            "number -0.2",
            REJECTS),
        plan(
            "NaN waypoint coordinate",
            set("/steps/1/motion/ee_waypoints/0/x", Double.NaN),
            "/steps/1/motion/ee_waypoints/0/x",
            "a finite number",
            "NaN",
            NOT_JSON),
        plan(
            "infinite speed",
            set("/steps/2/motion/speed_mps", Double.POSITIVE_INFINITY),
            "/steps/2/motion/speed_mps",
            "a finite number > 0",
            "Infinity",
            NOT_JSON),
        plan(
            "step index out of order",
            set("/steps/2/index", 5),
            "/steps/2/index",
            "index 2 (steps in order from 0)",
            "index 5",
            CODEC_ONLY),
        plan(
            "negative step index",
            set("/steps/0/index", -1),
            "/steps/0/index",
            "an integer >= 0",
            "number -1",
            REJECTS),
        plan(
            "fractional step index",
            set("/steps/1/index", 1.5),
            "/steps/1/index",
            "an integer >= 0",
            "number 1.5",
            REJECTS),
        plan(
            "empty steps without an instruction",
            set("/steps", json("[]")).andThen(set("/instruction", "")),
            "/steps",
            "at least one step, or an instruction to judge on its own",
            "an empty array and no instruction",
            REJECTS),
        plan(
            "schema_version 2",
            set("/schema_version", 2),
            "/schema_version",
            "schema_version 1",
            "number 2",
            REJECTS),
        plan(
            "schema_version that wraps to 1 as an int",
            set("/schema_version", 4294967297L),
            "/schema_version",
            "schema_version 1",
            "number 4294967297",
            REJECTS),
        plan(
            "schema_version as a string",
            set("/schema_version", "1"),
            "/schema_version",
            "schema_version 1",
            "string \"1\"",
            REJECTS),
        plan(
            "empty step text",
            set("/steps/0/text", ""),
            "/steps/0/text",
            "a non-empty string",
            "an empty string",
            REJECTS),
        plan(
            "action without a verb",
            remove("/steps/0/action/verb"),
            "/steps/0/action/verb",
            "a non-empty string (required)",
            "nothing (missing)",
            REJECTS),
        plan(
            "argument that is not a string",
            set("/steps/1/action/arguments/grasp", 3),
            "/steps/1/action/arguments/grasp",
            "a string",
            "number 3",
            REJECTS),
        plan(
            "motion without waypoints",
            remove("/steps/1/motion/ee_waypoints"),
            "/steps/1/motion",
            "at least one of ee_waypoints and base_waypoints with a waypoint",
            "none",
            REJECTS),
        plan(
            "waypoint without y",
            remove("/steps/1/motion/ee_waypoints/1/y"),
            "/steps/1/motion/ee_waypoints/1/y",
            "a number  (required)",
            "nothing (missing)",
            REJECTS),
        plan(
            "speed beyond double range",
            set("/steps/1/motion/speed_mps", json("1e400")),
            "/steps/1/motion/speed_mps",
            "a finite number > 0",
            "Infinity",
            NOT_JSON),
        plan(
            "a step that is not an object",
            set("/steps/3", "hand it over"),
            "/steps/3",
            "an object",
            "string \"hand it over\"",
            REJECTS),
        // ---- scene
        scene(
            "missing robot",
            remove("/robot"),
            "/robot",
            "the robot state (required)",
            "nothing (missing)",
            REJECTS),
        scene(
            "unknown field in the robot",
            set("/robot/colour", "red"),
            "/robot/colour",
            "no such field (allowed: base_pose, base_radius_m, ee_pose, ee_radius_m, held_object,"
                + " links, max_speed_mps, reaction_time_s, stopping_distance_m, stopping_time_s)",
            "field \"colour\"",
            REJECTS),
        scene(
            "negative base radius",
            set("/robot/base_radius_m", -0.1),
            "/robot/base_radius_m",
            "a number >= 0",
            "number -0.1",
            REJECTS),
        scene(
            "link without a radius",
            set(
                "/robot/links",
                Edits.json(
                    "[{\"id\": \"arm\", \"start\": {\"x\": 0, \"y\": 0}, \"end\": {\"x\": 1, \"y\": 0}}]")),
            "/robot/links/0/radius_m",
            "a number >= 0 (required)",
            "nothing (missing)",
            REJECTS),
        scene(
            "link end not a vector",
            set(
                "/robot/links",
                Edits.json(
                    "[{\"id\": \"arm\", \"start\": {\"x\": 0, \"y\": 0}, \"end\": 3, \"radius_m\": 0.1}]")),
            "/robot/links/0/end",
            "an object",
            "number 3",
            REJECTS),
        scene(
            "duplicate link ids",
            set(
                "/robot/links",
                Edits.json(
                    "[{\"id\": \"arm\", \"start\": {\"x\": 0, \"y\": 0}, \"end\": {\"x\": 1, \"y\": 0}, \"radius_m\": 0.1}, {\"id\": \"arm\", \"start\": {\"x\": 1, \"y\": 0}, \"end\": {\"x\": 2, \"y\": 0}, \"radius_m\": 0.1}]")),
            "/robot/links/1/id",
            "a link id unique in the robot",
            "\"arm\", already used at /robot/links/0/id",
            CODEC_ONLY),
        scene(
            "max speed as a string",
            set("/robot/max_speed_mps", "fast"),
            "/robot/max_speed_mps",
            "a number >= 0",
            "string \"fast\"",
            REJECTS),
        scene(
            "NaN stamp",
            set("/stamp", Double.NaN),
            "/stamp",
            "a finite number >= 0",
            "NaN",
            NOT_JSON),
        scene(
            "-Infinity human height",
            set("/humans/1/height_m", Double.NEGATIVE_INFINITY),
            "/humans/1/height_m",
            "a finite number > 0",
            "-Infinity",
            NOT_JSON),
        scene(
            "negative human radius",
            set("/humans/0/radius_m", -0.3),
            "/humans/0/radius_m",
            "a number > 0",
            "number -0.3",
            REJECTS),
        scene(
            "negative max speed",
            set("/robot/max_speed_mps", -1),
            "/robot/max_speed_mps",
            "a number >= 0",
            "number -1",
            REJECTS),
        scene(
            "negative object radius",
            set("/objects/0/radius_m", -0.12),
            "/objects/0/radius_m",
            "a number >= 0",
            "number -0.12",
            REJECTS),
        scene(
            "polygon with 2 vertices",
            set("/zones/0/polygon", json("[[0, 0], [1, 0]]")),
            "/zones/0/polygon",
            "at least 3 vertices",
            "2 vertices",
            REJECTS),
        scene(
            "polygon repeating its first vertex",
            append("/zones/0/polygon", json("[-1.4, -1.2]")),
            "/zones/0/polygon/4",
            "an open ring (do not repeat the first vertex)",
            "the first vertex repeated",
            CODEC_ONLY),
        scene(
            "vertex that is not a pair",
            set("/zones/2/polygon/1", json("[4.0, -1.5, 0.0]")),
            "/zones/2/polygon/1",
            "a point [x, y]",
            "an array of 3",
            REJECTS),
        scene(
            "object id already used by a person",
            set("/objects/1/id", "p1"),
            "/objects/1/id",
            "an id unique in the scene",
            "\"p1\", already used at /humans/0/id",
            CODEC_ONLY),
        scene(
            "zone id already used by a zone",
            set("/zones/2/id", "table_slow"),
            "/zones/2/id",
            "an id unique in the scene",
            "\"table_slow\", already used at /zones/1/id",
            CODEC_ONLY),
        scene(
            "two people with the id \"?\"",
            all(set("/humans/0/id", "?"), set("/humans/1/id", "?")),
            "/humans/1/id",
            "an id unique in the scene",
            "\"?\", already used at /humans/0/id",
            CODEC_ONLY),
        scene(
            "held_object naming no object",
            set("/robot/held_object", "spoon_9"),
            "/robot/held_object",
            "the id of an object in /objects",
            "\"spoon_9\"",
            CODEC_ONLY),
        scene(
            "held_object naming a person",
            set("/robot/held_object", "p2"),
            "/robot/held_object",
            "the id of an object in /objects",
            "\"p2\"",
            CODEC_ONLY),
        scene(
            "object pose in another frame",
            set("/objects/0/pose/frame_id", "odom"),
            "/objects/0/pose/frame_id",
            "the document's frame \"map\"",
            "\"odom\"",
            CODEC_ONLY),
        scene(
            "end-effector pose in the frame \"?\"",
            set("/robot/ee_pose/frame_id", "?"),
            "/robot/ee_pose/frame_id",
            "the document's frame \"map\"",
            "\"?\"",
            CODEC_ONLY),
        scene(
            "zone in another frame",
            set("/zones/0/frame_id", "odom"),
            "/zones/0/frame_id",
            "the scene's frame \"map\"",
            "\"odom\"",
            CODEC_ONLY),
        scene(
            "non-unit quaternion",
            set("/robot/ee_pose/orientation/w", 2.0),
            "/robot/ee_pose/orientation",
            "a unit quaternion (norm 1 +- 1e-3)",
            "norm 2.0000",
            CODEC_ONLY),
        scene(
            "orientation and yaw both given",
            set("/robot/ee_pose/yaw", 0.5),
            "/robot/ee_pose/yaw",
            "either orientation or yaw, not both",
            "both",
            REJECTS),
        scene(
            "slow zone without a speed limit",
            remove("/zones/1/speed_limit_mps"),
            "/zones/1/speed_limit_mps",
            "a speed limit > 0 for a slow zone",
            "nothing (missing)",
            REJECTS),
        scene(
            "slow zone with speed limit 0",
            set("/zones/1/speed_limit_mps", 0),
            "/zones/1/speed_limit_mps",
            "a speed limit > 0 for a slow zone",
            "number 0.0",
            REJECTS),
        scene(
            "slow zone with a negative speed limit",
            set("/zones/1/speed_limit_mps", -0.25),
            "/zones/1/speed_limit_mps",
            "a number >= 0",
            "number -0.25",
            REJECTS),
        scene(
            "unknown zone kind",
            set("/zones/0/kind", "danger"),
            "/zones/0/kind",
            "one of [human_only, keep_out, slow, workspace]",
            "\"danger\"",
            REJECTS),
        scene(
            "zone kind \"?\"",
            set("/zones/0/kind", "?"),
            "/zones/0/kind",
            "one of [human_only, keep_out, slow, workspace]",
            "\"?\"",
            REJECTS),
        scene(
            "unknown object property",
            set("/objects/0/properties/1", "spicy"),
            "/objects/0/properties/1",
            "a known property (",
            "\"spicy\"",
            REJECTS),
        scene(
            "z_max_m below z_min_m",
            set("/zones/0/z_max_m", -1.0),
            "/zones/0/z_max_m",
            "z_max_m >= z_min_m (0.0)",
            "number -1.0",
            CODEC_ONLY),
        scene(
            "object containing itself",
            set("/objects/4/state/contains", json("[\"pasta\", \"pot_1\"]")),
            "/objects/4/state/contains/1",
            "another object's id or a type name",
            "the object itself",
            CODEC_ONLY),
        scene(
            "relation to an object that is not in the scene",
            set(
                "/objects/0/relations",
                json("[{\"kind\": \"next_to\", \"object\": \"toaster_9\"}]")),
            "/objects/0/relations/0/object",
            "the id of an object in /objects",
            "\"toaster_9\"",
            CODEC_ONLY),
        scene(
            "relation to the object itself",
            set(
                "/objects/0/relations",
                json("[{\"kind\": \"on_top_of\", \"object\": \"knife_1\"}]")),
            "/objects/0/relations/0/object",
            "the id of another object in /objects",
            "the object itself",
            CODEC_ONLY),
        scene(
            "unknown relation kind",
            set(
                "/objects/0/relations",
                json("[{\"kind\": \"behind\", \"object\": \"counter_1\"}]")),
            "/objects/0/relations/0/kind",
            "one of [inside, next_to, on_top_of, under]",
            "\"behind\"",
            REJECTS),
        scene(
            "wet flag as a string",
            set("/objects/3/state/wet", "yes"),
            "/objects/3/state/wet",
            "true or false",
            "string \"yes\"",
            REJECTS),
        scene(
            "state flag as a string",
            set("/objects/3/state/on", "yes"),
            "/objects/3/state/on",
            "true or false",
            "string \"yes\"",
            REJECTS),
        scene(
            "bad schema_version",
            set("/schema_version", 0),
            "/schema_version",
            "schema_version 1",
            "number 0",
            REJECTS),
        // ---- verdict
        verdict(
            "missing summary",
            remove("/summary"),
            "/summary",
            "a non-empty string (required)",
            "nothing (missing)",
            REJECTS),
        verdict(
            "unknown decision",
            set("/decision", "MAYBE"),
            "/decision",
            "ALLOW, CLARIFY, REPLAN or HALT",
            "\"MAYBE\"",
            REJECTS),
        verdict(
            "missing decision",
            remove("/decision"),
            "/decision",
            "a non-empty string (required)",
            "nothing (missing)",
            REJECTS),
        verdict(
            "REPLAN without constraints",
            remove("/constraints"),
            "/constraints",
            "at least one constraint for REPLAN",
            "nothing (missing)",
            REJECTS),
        verdict(
            "REPLAN with no constraint",
            set("/constraints", json("[]")),
            "/constraints",
            "at least one constraint for REPLAN",
            "an empty array",
            REJECTS),
        verdict(
            "a question on a REPLAN",
            set("/question", "which person?"),
            "/question",
            "a question only with decision CLARIFY",
            "a question",
            REJECTS),
        verdict(
            "constraints on a HALT",
            set("/decision", "HALT"),
            "/constraints",
            "constraints only with decision REPLAN",
            "constraints",
            REJECTS),
        verdict(
            "CLARIFY without a question",
            all(set("/decision", "CLARIFY"), remove("/constraints")),
            "/question",
            "a non-empty string (required)",
            "nothing (missing)",
            REJECTS),
        verdict(
            "risk above 1",
            set("/risk", 1.5),
            "/risk",
            "a number in [0, 1]",
            "number 1.5",
            REJECTS),
        verdict(
            "NaN confidence",
            set("/confidence", Double.NaN),
            "/confidence",
            "a finite number in [0, 1]",
            "NaN",
            NOT_JSON),
        verdict(
            "step_index below -1",
            set("/step_index", -2),
            "/step_index",
            "an integer >= -1",
            "number -2",
            REJECTS),
        verdict(
            "unknown hazard",
            set("/hazard", "lava"),
            "/hazard",
            "a hazard category id",
            "\"lava\"",
            REJECTS),
        verdict(
            "unknown severity",
            set("/severity", "dire"),
            "/severity",
            "none, low, medium, high or critical",
            "\"dire\"",
            REJECTS),
        verdict(
            "duplicate fact id",
            append(
                "/facts", json("{\"id\": \"f2\", \"kind\": \"input\", \"statement\": \"again\"}")),
            "/facts/4/id",
            "a fact id unique in the verdict",
            "\"f2\", already used at /facts/1/id",
            CODEC_ONLY),
        verdict(
            "citation of an unknown fact",
            set("/reasoning/0/cites/1", "f9"),
            "/reasoning/0/cites/1",
            "the id of a fact in /facts",
            "\"f9\"",
            CODEC_ONLY),
        verdict(
            "reasoning step citing nothing",
            set("/reasoning/0/cites", json("[]")),
            "/reasoning/0/cites",
            "at least one fact id",
            "an empty array",
            REJECTS),
        verdict(
            "inference without a rule",
            remove("/reasoning/1/rule"),
            "/reasoning/1/rule",
            "a non-empty string (required)",
            "nothing (missing)",
            REJECTS),
        verdict(
            "a rule on an observation",
            set("/reasoning/0/rule", "r1"),
            "/reasoning/0/rule",
            "a rule only with type inference",
            "a rule",
            REJECTS),
        verdict(
            "unknown reasoning type",
            set("/reasoning/2/type", "guess"),
            "/reasoning/2/type",
            "observation, inference or conclusion",
            "\"guess\"",
            REJECTS),
        verdict(
            "unit without a value",
            remove("/facts/3/value"),
            "/facts/3/unit",
            "a unit only together with a value",
            "a unit without a value",
            REJECTS),
        verdict(
            "negative latency",
            set("/latency_ns", -5),
            "/latency_ns",
            "an integer >= 0",
            "number -5",
            REJECTS),
        verdict(
            "fractional latency",
            set("/latency_ns", 1.5),
            "/latency_ns",
            "an integer >= 0",
            "number 1.5",
            REJECTS),
        verdict(
            "latency beyond a long",
            set("/latency_ns", json("18446744073709551616")),
            "/latency_ns",
            "an integer >= 0",
            "number 18446744073709551616",
            REJECTS),
        plan(
            "step index beyond an int",
            set("/steps/4/index", 2147483648L),
            "/steps/4/index",
            "an integer >= 0",
            "number 2147483648",
            REJECTS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void reportsTheBrokenRuleOnceWithItsPointer(Case c) {
    String doc = Edits.apply(Documents.example(c.kind()), c.edit());
    List<Problem> problems = problems(c.kind(), doc);
    assertThat(problems).as("problems of %s", c).hasSize(1);
    Problem p = problems.getFirst();
    assertThat(p.pointer()).isEqualTo(c.pointer());
    assertThat(p.expected()).startsWith(c.expected());
    assertThat(p.found()).isEqualTo(c.found());
  }

  /**
   * The rows a JSON validator can judge: NaN and overflowing numbers are not JSON (networknt even
   * throws on NaN), so only the codec speaks for those.
   */
  static Stream<Case> schemaRules() {
    return rules().filter(c -> c.schema() != Schema.NOT_JSON);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaRules")
  void schemaAgreesWithTheCodecWhereItCanStateTheRule(Case c) {
    String doc = Edits.apply(Documents.example(c.kind()), c.edit());
    List<String> errors = SchemaValidator.errors(c.kind(), doc);
    if (c.schema() == Schema.REJECTS) {
      assertThat(errors).as("schema errors").isNotEmpty();
    } else {
      assertThat(errors).as("a rule the schema cannot state (only the codec)").isEmpty();
    }
  }

  @Test
  void aPlanWithFiveDistinctProblemsYieldsFiveLocatedErrors() {
    String doc =
        Edits.apply(
            Documents.example(Kind.PLAN),
            all(
                remove("/plan_id"),
                set("/steps/0/colour", "red"),
                set("/steps/1/motion/speed_mps", -1),
                set("/steps/2/index", 7),
                set("/steps/3/text", "")));
    assertThat(problems(Kind.PLAN, doc))
        .extracting(Problem::pointer)
        .containsExactlyInAnyOrder(
            "/plan_id",
            "/steps/0/colour",
            "/steps/1/motion/speed_mps",
            "/steps/2/index",
            "/steps/3/text");
  }

  @Test
  void aSceneReportsEveryProblemNotOnlyTheFirst() {
    String doc =
        Edits.apply(
            Documents.example(Kind.SCENE),
            all(
                set("/robot/held_object", "ghost"),
                set("/humans/1/velocity/x", "fast"),
                set("/objects/2/id", "knife_1"),
                set("/zones/1/kind", "slowish")));
    assertThat(problems(Kind.SCENE, doc))
        .extracting(Problem::pointer)
        .containsExactlyInAnyOrder(
            "/robot/held_object", "/humans/1/velocity/x", "/objects/2/id", "/zones/1/kind");
  }

  @Test
  void aBadSceneFrameIsReportedOnceNotAtEveryPose() {
    String doc = Edits.apply(Documents.example(Kind.SCENE), set("/frame_id", ""));
    assertThat(problems(Kind.SCENE, doc))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo("/frame_id");
              assertThat(p.found()).isEqualTo("an empty string");
            });
  }

  @Test
  void malformedJsonIsLocatedByLineAndColumn() {
    String doc = "{\n  \"schema_version\": 1,\n  \"plan_id\": \"p\",,\n  \"steps\": []\n}\n";
    Problem p = problems(Kind.PLAN, doc).getFirst();
    assertThat(p.pointer()).isEmpty();
    assertThat(p.expected()).isEqualTo("well-formed JSON");
    assertThat(p.found()).startsWith("malformed JSON at line 3, column 18: ");
  }

  @Test
  void truncatedDocumentIsMalformedAtItsEnd() {
    String example = Documents.example(Kind.SCENE);
    String doc = example.substring(0, example.indexOf("\"humans\""));
    Problem p = problems(Kind.SCENE, doc).getFirst();
    assertThat(p.expected()).isEqualTo("well-formed JSON");
    long lines = doc.lines().count();
    assertThat(p.found()).contains("at line " + lines + ", column");
  }

  @Test
  void duplicateKeysAreMalformed() {
    String doc = "{\"schema_version\": 1, \"plan_id\": \"a\", \"plan_id\": \"b\", \"steps\": []}";
    Problem p = problems(Kind.PLAN, doc).getFirst();
    assertThat(p.expected()).isEqualTo("well-formed JSON");
    assertThat(p.found()).contains("plan_id").contains("line 1, column");
  }

  @Test
  void trailingTokensAreMalformed() {
    String doc = Documents.example(Kind.VERDICT) + "{}";
    assertThat(problems(Kind.VERDICT, doc))
        .singleElement()
        .satisfies(p -> assertThat(p.found()).startsWith("malformed JSON at line"));
  }

  @Test
  void emptyInputIsReported() {
    assertThat(problems(Kind.SCENE, "  \n"))
        .containsExactly(new Problem("", "a JSON document", "empty input"));
  }

  @Test
  void aDocumentThatIsNotAnObjectIsReportedAtTheRoot() {
    assertThat(problems(Kind.PLAN, "[1, 2]"))
        .containsExactly(new Problem("", "an object", "an array of 2"));
  }

  @Test
  void pointersEscapeSlashAndTildeInFieldNames() {
    String doc = Edits.apply(Documents.example(Kind.PLAN), set("/steps/0/a~1b~0c", 1));
    assertThat(problems(Kind.PLAN, doc))
        .extracting(Problem::pointer)
        .containsExactly("/steps/0/a~1b~0c");
  }

  @Test
  void integralFloatsCountAsIntegersAsInJsonSchema() {
    String doc = Edits.apply(Documents.example(Kind.PLAN), set("/steps/1/index", 1.0));
    assertThat(SchemaTest.read(Kind.PLAN, doc)).isInstanceOf(Parsed.Ok.class);
    assertThat(SchemaValidator.errors(Kind.PLAN, doc)).isEmpty();
  }

  @Test
  void optionalFieldsTakeTheirDocumentedDefaults() {
    String doc =
        Edits.apply(
            Documents.example(Kind.SCENE),
            all(
                remove("/robot/reaction_time_s"),
                remove("/robot/ee_radius_m"),
                remove("/humans/0/radius_m"),
                remove("/humans/0/height_m"),
                remove("/objects/0/radius_m"),
                remove("/zones/0/z_min_m"),
                remove("/zones/0/z_max_m"),
                remove("/zones/0/frame_id")));
    var scene = StepguardJson.readScene(doc).orThrow();
    assertThat(scene.robot().reactionTimeS()).isEqualTo(0.1);
    assertThat(scene.robot().eeRadiusM()).isEqualTo(0.05);
    assertThat(scene.robot().baseRadiusM()).isEqualTo(0.3);
    assertThat(scene.robot().links()).isEmpty();
    assertThat(scene.humans().getFirst().radiusM()).isEqualTo(0.3);
    assertThat(scene.humans().getFirst().heightM()).isEqualTo(1.7);
    assertThat(scene.objects().getFirst().radiusM()).isEqualTo(0.05);
    assertThat(scene.zones().getFirst().zMinM()).isEqualTo(0.0);
    assertThat(scene.zones().getFirst().zMaxM()).isEqualTo(3.0);
    assertThat(scene.zones().getFirst().frameId()).isEqualTo("map");
    assertThat(scene.zones().get(2).speedLimitMps()).isEqualTo(0.0);
    assertThat(scene.objects().getFirst().state().on()).isFalse();
    // The schema documents the same defaults.
    var defs =
        Edits.json(
                new String(
                    Documents.schemaResource(Kind.SCENE), java.nio.charset.StandardCharsets.UTF_8))
            .path("$defs");
    assertThat(defs.at("/robot/properties/reaction_time_s/default").asDouble()).isEqualTo(0.1);
    assertThat(defs.at("/robot/properties/ee_radius_m/default").asDouble()).isEqualTo(0.05);
    assertThat(defs.at("/robot/properties/base_radius_m/default").asDouble()).isEqualTo(0.3);
    assertThat(defs.at("/human/properties/radius_m/default").asDouble()).isEqualTo(0.3);
    assertThat(defs.at("/human/properties/height_m/default").asDouble()).isEqualTo(1.7);
    assertThat(defs.at("/object/properties/radius_m/default").asDouble()).isEqualTo(0.05);
    assertThat(defs.at("/zone/properties/z_min_m/default").asDouble()).isEqualTo(0.0);
    assertThat(defs.at("/zone/properties/z_max_m/default").asDouble()).isEqualTo(3.0);
  }

  @Test
  void yawShorthandReadsAsARotationAboutZ() {
    var scene = StepguardJson.readScene(Documents.example(Kind.SCENE)).orThrow();
    var table = scene.object("table_1").orElseThrow();
    assertThat(table.pose().orientation().yaw())
        .isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(table.pose().orientation().norm())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  static List<Problem> problems(Kind kind, String doc) {
    return switch (SchemaTest.read(kind, doc)) {
      case Parsed.Ok<?> ok -> List.of();
      case Parsed.Invalid<?> bad -> bad.problems();
    };
  }
}
