package io.stepguard.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Severity;
import io.stepguard.model.Vocabulary;
import io.stepguard.model.json.Documents.Kind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void docsCopyOfTheSchemaIsByteIdenticalToTheJarResource(Kind kind) {
    assertThat(Documents.schemaDocsCopy(kind))
        .as("docs/schemas/%s.schema.json must be a copy of the jar resource", kind.fileName())
        .isEqualTo(Documents.schemaResource(kind));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void schemaDeclaresDraft202012AndTheStepguardId(Kind kind) {
    JsonNode s = schemaTree(kind);
    assertThat(s.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(s.path("$id").asText())
        .isEqualTo("https://stepguard.io/schemas/" + kind.fileName() + ".schema.json");
    assertThat(s.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(s.path("properties").path("schema_version").path("const").asInt())
        .isEqualTo(StepguardJson.SCHEMA_VERSION);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyObjectInTheSchemaForbidsUnknownFields(Kind kind) {
    var offenders = new java.util.ArrayList<String>();
    collectOpenObjects(schemaTree(kind), "", offenders);
    assertThat(offenders).isEmpty();
  }

  private static void collectOpenObjects(JsonNode n, String at, java.util.List<String> out) {
    if (n.isObject()) {
      if (n.path("type").asText().equals("object")
          && n.has("properties")
          && !n.path("additionalProperties").isBoolean()) {
        out.add(at);
      }
      n.properties().forEach(e -> collectOpenObjects(e.getValue(), at + "/" + e.getKey(), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        collectOpenObjects(n.get(i), at + "/" + i, out);
      }
    }
  }

  @Test
  void hazardEnumIsTheHazardCategoryList() {
    assertThat(enumOf(schemaTree(Kind.VERDICT).at("/properties/hazard/enum")))
        .isEqualTo(idsOf(HazardCategory.values()));
  }

  @Test
  void severityEnumIsTheSeverityScale() {
    Set<String> ids = new HashSet<>();
    Arrays.stream(Severity.values()).forEach(s -> ids.add(s.id()));
    assertThat(enumOf(schemaTree(Kind.VERDICT).at("/properties/severity/enum"))).isEqualTo(ids);
  }

  @Test
  void zoneKindsAndObjectPropertiesAreTheVocabulary() {
    JsonNode defs = schemaTree(Kind.SCENE).path("$defs");
    assertThat(enumOf(defs.at("/zone/properties/kind/enum"))).isEqualTo(Vocabulary.ZONE_KINDS);
    assertThat(enumOf(defs.at("/object/properties/properties/items/enum")))
        .isEqualTo(Vocabulary.OBJECT_PROPERTIES);
    var stateKeys = new HashSet<String>();
    defs.at("/state/properties").properties().forEach(e -> stateKeys.add(e.getKey()));
    assertThat(stateKeys).isEqualTo(Vocabulary.OBJECT_STATES);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void exampleValidatesAgainstItsSchema(Kind kind) {
    assertThat(SchemaValidator.errors(kind, Documents.example(kind))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void exampleIsReadByTheCodec(Kind kind) {
    assertThat(read(kind, Documents.example(kind))).isInstanceOf(Parsed.Ok.class);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void codecOutputOfTheExampleValidatesAgainstTheSchema(Kind kind) {
    String written = write(kind, read(kind, Documents.example(kind)).orThrow());
    assertThat(SchemaValidator.errors(kind, written)).isEmpty();
  }

  @Test
  void schemaRejectsWhatItShouldOnTheExample() {
    // A guard against a schema that accepts everything (for instance a broken $ref).
    String broken = Documents.example(Kind.SCENE).replace("\"stamp\": 125.5", "\"stamp\": -1");
    assertThat(SchemaValidator.errors(Kind.SCENE, broken)).isNotEmpty();
  }

  static Parsed<?> read(Kind kind, String json) {
    return switch (kind) {
      case PLAN -> StepguardJson.readPlan(json);
      case SCENE -> StepguardJson.readScene(json);
      case VERDICT -> StepguardJson.readVerdict(json);
    };
  }

  static String write(Kind kind, Object value) {
    return switch (kind) {
      case PLAN -> StepguardJson.write((io.stepguard.model.ActionPlan) value);
      case SCENE -> StepguardJson.write((io.stepguard.model.SceneState) value);
      case VERDICT -> StepguardJson.write((io.stepguard.model.Verdict) value);
    };
  }

  private static JsonNode schemaTree(Kind kind) {
    return StepguardJson.parseTree(
            new String(Documents.schemaResource(kind), java.nio.charset.StandardCharsets.UTF_8))
        .orThrow();
  }

  private static Set<String> enumOf(JsonNode array) {
    assertThat(array.isArray()).as("an enum array").isTrue();
    var out = new HashSet<String>();
    array.forEach(n -> out.add(n.asText()));
    assertThat(out).hasSize(array.size());
    return out;
  }

  private static Set<String> idsOf(HazardCategory[] values) {
    var out = new HashSet<String>();
    Arrays.stream(values).forEach(h -> out.add(h.id()));
    return out;
  }
}
