package io.stepguard.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.stepguard.model.json.Documents.Kind;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The published schemas, loaded from the jar resources, run by networknt (draft 2020-12). */
public final class SchemaValidator {
  private static final Map<Kind, Schema> SCHEMAS = new EnumMap<>(Kind.class);

  static {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (Kind k : Kind.values()) {
      SCHEMAS.put(k, registry.getSchema(new ByteArrayInputStream(Documents.schemaResource(k))));
    }
  }

  private SchemaValidator() {}

  /** The schema's complaints about {@code doc}; empty when it is valid. */
  public static List<String> errors(Kind kind, JsonNode doc) {
    return SCHEMAS.get(kind).validate(doc).stream().map(Error::toString).toList();
  }

  /** The schema's complaints about {@code json}, parsed with the codec's mapper. */
  public static List<String> errors(Kind kind, String json) {
    return errors(kind, StepguardJson.parseTree(json).orThrow());
  }
}
