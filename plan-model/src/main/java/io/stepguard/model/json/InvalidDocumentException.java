package io.stepguard.model.json;

import java.io.Serial;
import java.util.List;

/** Thrown by {@link Parsed#orThrow()} for callers that prefer exceptions; lists every problem. */
public final class InvalidDocumentException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidDocumentException(List<Problem> problems) {
    super(problems.size() + " problem(s): " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
