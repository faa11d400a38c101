package io.stepguard.monitor.semantic;

/**
 * The semantic suite could not load or run a resource it needs (the lexicon, the sentence encoder,
 * the intent exemplars). The monitor must not start without them: fail closed.
 */
public final class SemanticModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SemanticModelException(String message) {
    super(message);
  }

  public SemanticModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
