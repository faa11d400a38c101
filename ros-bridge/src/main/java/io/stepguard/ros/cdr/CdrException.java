package io.stepguard.ros.cdr;

import java.io.Serial;

/**
 * A payload that is not valid CDR for the expected type: truncated, oversized, a string without its
 * terminating NUL, an unsupported encapsulation. Carries the byte offset where decoding failed.
 */
public final class CdrException extends Exception {
  @Serial private static final long serialVersionUID = 1L;

  private final int offset;

  public CdrException(String message, int offset) {
    super(message + " (at byte " + offset + ")");
    this.offset = offset;
  }

  /** Offset into the payload (header included) where decoding failed. */
  public int offset() {
    return offset;
  }
}
