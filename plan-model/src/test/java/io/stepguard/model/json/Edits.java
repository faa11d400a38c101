package io.stepguard.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** Edits of a JSON tree addressed by JSON pointers, for building invalid documents in tests. */
public final class Edits {
  /** Writes NaN and Infinity as bare tokens (not strings), as a careless producer would. */
  private static final ObjectMapper WRITER =
      JsonMapper.builder()
          .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private Edits() {}

  /** Sets the value at {@code pointer} (a field or an array element), adding a missing field. */
  public static Consumer<ObjectNode> set(String pointer, Object value) {
    return root -> {
      JsonNode parent = parent(root, pointer);
      String last = last(pointer);
      JsonNode v = node(value);
      switch (parent) {
        case ObjectNode o -> o.set(last, v);
        case ArrayNode a -> a.set(Integer.parseInt(last), v);
        default -> throw new IllegalArgumentException("no container at " + pointer);
      }
    };
  }

  public static Consumer<ObjectNode> remove(String pointer) {
    return root -> {
      JsonNode parent = parent(root, pointer);
      String last = last(pointer);
      JsonNode gone =
          switch (parent) {
            case ObjectNode o -> o.remove(last);
            case ArrayNode a -> a.remove(Integer.parseInt(last));
            default -> null;
          };
      if (gone == null) {
        throw new IllegalArgumentException("nothing to remove at " + pointer);
      }
    };
  }

  public static Consumer<ObjectNode> append(String arrayPointer, Object value) {
    return root -> {
      JsonNode a = root.at(arrayPointer);
      if (!(a instanceof ArrayNode array)) {
        throw new IllegalArgumentException("no array at " + arrayPointer);
      }
      array.add(node(value));
    };
  }

  @SafeVarargs
  public static Consumer<ObjectNode> all(Consumer<ObjectNode>... edits) {
    return root -> {
      for (Consumer<ObjectNode> e : edits) {
        e.accept(root);
      }
    };
  }

  /** A JSON literal, parsed by the codec's mapper. */
  public static JsonNode json(String text) {
    return StepguardJson.parseTree(text).orThrow();
  }

  /** {@code text} with {@code edit} applied, written with bare NaN and Infinity tokens. */
  public static String apply(String text, Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) json(text).deepCopy();
    edit.accept(root);
    return write(root);
  }

  public static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode node(Object value) {
    return value instanceof JsonNode n ? n : StepguardJson.mapper().valueToTree(value);
  }

  private static JsonNode parent(ObjectNode root, String pointer) {
    JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
    if (parent.isMissingNode()) {
      throw new IllegalArgumentException("no parent for " + pointer);
    }
    return parent;
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}
