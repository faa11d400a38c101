package io.stepguard.ros.dds;

import java.io.Serial;

/** A Cyclone DDS call failed, or the library could not be loaded. */
public final class DdsException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public DdsException(String message) {
    super(message);
  }

  public DdsException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Throws when {@code rc} is a negative DDS return code. */
  static int check(int rc, String what) {
    if (rc < 0) {
      throw new DdsException(what + " failed: " + CycloneLibrary.retcodeName(rc) + " (" + rc + ")");
    }
    return rc;
  }
}
