package io.stepguard.model;

import java.util.Set;

/**
 * The registry of words stepguard understands. Documents may use other words; these are the ones
 * the checks and rules act on.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** Object properties (perceived or from the lexicon). */
  public static final Set<String> OBJECT_PROPERTIES =
      Set.of(
          "sharp",
          "hot",
          "heat_source",
          "flammable",
          "fragile",
          "electrical",
          "electronic",
          "liquid",
          "food",
          "toxic",
          "metal",
          "container",
          "sealed",
          "heavy",
          "aerosol",
          "appliance",
          "furniture",
          "decor",
          "absorbent",
          "lit",
          "drink",
          "valuable",
          "soft");

  /** Object state keys in scene JSON. */
  public static final Set<String> OBJECT_STATES =
      Set.of("on", "open", "plugged_in", "contains", "filled_with");

  /** Zone kinds. */
  public static final Set<String> ZONE_KINDS =
      Set.of("keep_out", "human_only", "slow", "workspace");

  /** Human attributes with a meaning to the checks. */
  public static final Set<String> HUMAN_ATTRIBUTES = Set.of("child", "elderly", "impaired");

  /** Action verbs with a defined effect (see the monitor's effect table). */
  public static final Set<String> VERBS =
      Set.of(
          "find",
          "pick",
          "place",
          "put",
          "open",
          "close",
          "turn_on",
          "turn_off",
          "pour",
          "fill",
          "slice",
          "cut",
          "throw",
          "drop",
          "break",
          "move_to",
          "navigate",
          "hand_over",
          "wait",
          "say",
          "clean",
          "dirty",
          "empty",
          "use",
          "push",
          "pull",
          "wipe",
          "heat",
          "cook",
          "unplug",
          "plug_in",
          "carry",
          "toggle",
          "prepare",
          "inspect",
          "dispose",
          "store",
          "serve");
}
