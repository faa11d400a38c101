package io.stepguard.ros.dds;

import java.io.Serial;

/**
 * A Cyclone DDS call failed, or the library could not be loaded. The message names the call and
 * Cyclone's return code text ({@code dds_strretcode}), or the package to install.
 */
public final class DdsException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public DdsException(String message) {
    super(message);
  }

  public DdsException(String message, Throwable cause) {
    super(message, cause);
  }
}
