package io.stepguard.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.stepguard.model.json.StepguardJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scene and plan of every bundled scenario validate against the published schemas. */
class BundledScenariosMatchSchemasTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static Schema schema(String name) throws IOException {
    try (InputStream in =
        StepguardJson.class.getResourceAsStream("/io/stepguard/model/schema/" + name)) {
      return REGISTRY.getSchema(in);
    }
  }

  static java.util.List<String> names() {
    return BundledScenarios.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void sceneAndPlanValidateAgainstTheirSchemas(String name) throws IOException {
    JsonNode doc;
    try (InputStream in =
        BundledScenarios.class.getResourceAsStream(
            "/io/stepguard/sim/scenarios/" + name + ".json")) {
      doc =
          StepguardJson.parseTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).orThrow();
    }
    assertThat(schema("scene.schema.json").validate(doc.get("scene")).stream().map(Error::toString))
        .isEmpty();
    assertThat(schema("plan.schema.json").validate(doc.get("plan")).stream().map(Error::toString))
        .isEmpty();
  }
}
