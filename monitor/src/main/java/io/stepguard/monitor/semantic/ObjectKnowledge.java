package io.stepguard.monitor.semantic;

/**
 * Maps object type names to what stepguard knows about them (the lexicon, then a sentence encoder
 * for names the lexicon lacks). Implementations are thread-safe and cache their answers.
 */
public interface ObjectKnowledge extends AutoCloseable {
  TypeKnowledge lookup(String typeName);

  /** Which implementation answered ("lexicon", "lexicon+minilm-l6-q"). */
  default String describe() {
    return getClass().getSimpleName();
  }

  @Override
  default void close() {}

  /** Knows nothing: only the properties the scene itself reports count. */
  ObjectKnowledge PERCEIVED_ONLY = name -> new TypeKnowledge.Unknown(name, 0);
}
