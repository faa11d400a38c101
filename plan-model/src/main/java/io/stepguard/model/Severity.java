package io.stepguard.model;

import java.util.Locale;
import java.util.Optional;

/** Ordered severity scale; later constants are more severe. JSON uses the lower-case name. */
public enum Severity {
  NONE,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> parse(String id) {
    for (Severity s : values()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public Severity max(Severity o) {
    return compareTo(o) >= 0 ? this : o;
  }
}
