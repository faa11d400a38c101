package io.stepguard.monitor.semantic;

/**
 * Maps a short text to a unit-length vector whose dot product with another is their cosine
 * similarity. Implementations are thread-safe and deterministic: the same text always gives the
 * same vector in one process.
 */
public interface SentenceEncoder extends AutoCloseable {
  /** The L2-normalised embedding of {@code text}. */
  float[] embed(String text);

  /** A short name of the model ("minilm-l6-q"). */
  String name();

  @Override
  void close();

  /** Cosine similarity of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
