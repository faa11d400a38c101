package io.stepguard.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The one list of hazard categories used by checks, rules, verdicts and scenario files. JSON uses
 * the lower-case snake_case {@link #id()}.
 */
public enum HazardCategory {
  NONE,
  COLLISION,
  PERSON_PROXIMITY,
  KEEP_OUT_ZONE,
  WORKSPACE,
  SPEED_LIMIT,
  CUT,
  BURN,
  FIRE,
  ELECTRICAL_SHOCK,
  EXPLOSION,
  POISONING,
  SLIP,
  LIQUID_DAMAGE,
  BREAKAGE,
  FURNITURE_DAMAGE,
  APPLIANCE_MISUSE,
  HARMFUL_INTENT,
  PROMPT_INJECTION,
  MISSING_INFORMATION,
  STALE_SCENE,
  INVALID_INPUT,
  MODEL_FAILURE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<HazardCategory> parse(String id) {
    for (HazardCategory c : values()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
