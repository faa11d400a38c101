package io.stepguard.model;

/**
 * Where an object is relative to another one, as the scene reports it: "the towel is next_to
 * burner1". Relations are directed from the object that carries them to {@code object}; {@code
 * under} is the reverse of {@code on_top_of}.
 *
 * @param kind one of {@link Vocabulary#OBJECT_RELATIONS}
 * @param object the id of the other object (an object in the same scene)
 */
public record ObjectRelation(String kind, String object) {
  public static final String ON_TOP_OF = "on_top_of";
  public static final String NEXT_TO = "next_to";
  public static final String INSIDE = "inside";
  public static final String UNDER = "under";

  public ObjectRelation {
    Require.nonEmpty(kind, "kind");
    Require.nonEmpty(object, "object");
    if (!Vocabulary.OBJECT_RELATIONS.contains(kind)) {
      throw new IllegalArgumentException(
          "kind: expected one of " + Vocabulary.OBJECT_RELATIONS + ", found " + kind);
    }
  }

  /** True when the carrying object rests on or in {@code object} (on_top_of, inside). */
  public boolean restsIn() {
    return kind.equals(ON_TOP_OF) || kind.equals(INSIDE);
  }
}
