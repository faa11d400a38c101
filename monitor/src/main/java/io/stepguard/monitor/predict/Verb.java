package io.stepguard.monitor.predict;

import java.util.Locale;
import java.util.Optional;

/**
 * The canonical action verbs with a defined effect on the predicted world. The effect of each is
 * stated here once; {@link WorldPredictor} applies them. Planner spellings are mapped by {@link
 * #parse(String)} ("pick up", "fillLiquid", "turn on", "switch_on").
 */
public enum Verb {
  /** Robot moves to the target; the target becomes the robot's location. */
  FIND(
      Effect.GOTO,
      "find",
      "locate",
      "look for",
      "search for",
      "go to",
      "navigate to",
      "navigate",
      "move to",
      "move_to",
      "walk to",
      "approach",
      "goto"),
  /** Robot grasps the target; it is held until placed, dropped, thrown or handed over. */
  PICK(Effect.PICK, "pick", "pick up", "pickup", "grab", "grasp", "take", "lift", "get"),
  /** The held object is put in or on the destination (or the target when no destination). */
  PUT(Effect.PUT, "put", "place", "put down", "set", "insert", "load", "store", "stack"),
  /** Carries the held object to the destination (the robot moves; still holding). */
  CARRY(Effect.CARRY, "carry", "bring", "move", "transport", "deliver"),
  OPEN(Effect.OPEN, "open"),
  CLOSE(Effect.CLOSE, "close", "shut"),
  TURN_ON(
      Effect.TURN_ON,
      "turn on",
      "turn_on",
      "switch on",
      "switch_on",
      "start",
      "activate",
      "light",
      "ignite",
      "toggle on",
      "power on",
      "run"),
  TURN_OFF(
      Effect.TURN_OFF,
      "turn off",
      "turn_off",
      "switch off",
      "switch_off",
      "stop",
      "deactivate",
      "extinguish",
      "power off",
      "toggle off"),
  /** The target is filled with the argument "liquid" (default water). */
  FILL(Effect.FILL, "fill", "fillliquid", "fill liquid", "fill_liquid", "refill"),
  /** The held container's content goes into or onto the destination (default: the location). */
  POUR(Effect.POUR, "pour", "spill", "empty", "splash"),
  SLICE(Effect.MARK, "slice", "cut", "chop", "dice", "carve", "stab"),
  BREAK(Effect.MARK, "break", "smash", "crush", "shatter", "destroy"),
  DIRTY(Effect.MARK, "dirty", "stain"),
  CLEAN(Effect.MARK, "clean", "wipe", "wash", "rinse"),
  COOK(Effect.MARK, "cook", "heat", "warm", "boil", "fry", "bake", "microwave", "toast"),
  /** The held object leaves the hand through the air. */
  THROW(Effect.THROW, "throw", "toss", "hurl", "fling"),
  /** The held object is released at the robot's location. */
  DROP(Effect.DROP, "drop", "release", "let go"),
  /** The held object is handed to a person. */
  HAND_OVER(Effect.HAND_OVER, "hand", "hand over", "hand_over", "give", "pass", "offer"),
  PLUG_IN(Effect.PLUG_IN, "plug in", "plug_in", "plug"),
  UNPLUG(Effect.UNPLUG, "unplug"),
  PUSH(Effect.MARK, "push", "pull", "press", "knock", "kick", "hit", "shake", "use"),
  WAIT(Effect.NONE, "wait", "pause", "hold position"),
  SAY(Effect.NONE, "say", "tell", "ask", "announce", "speak");

  /** What a verb does to the predicted world. */
  public enum Effect {
    GOTO,
    PICK,
    PUT,
    CARRY,
    OPEN,
    CLOSE,
    TURN_ON,
    TURN_OFF,
    FILL,
    POUR,
    MARK,
    THROW,
    DROP,
    HAND_OVER,
    PLUG_IN,
    UNPLUG,
    NONE
  }

  private final Effect effect;
  private final String[] spellings;

  Verb(Effect effect, String... spellings) {
    this.effect = effect;
    this.spellings = spellings;
  }

  public Effect effect() {
    return effect;
  }

  /** Canonical snake_case name ("turn_on"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Maps a verb as written (any case, CamelCase, spaces or underscores) to a canonical verb. */
  public static Optional<Verb> parse(String written) {
    String w = normalize(written);
    for (Verb v : values()) {
      for (String s : v.spellings) {
        if (s.replace('_', ' ').equals(w)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The longest verb spelling that starts {@code words} (already normalized, space separated), with
   * the number of words it uses.
   */
  public static Optional<Match> leading(String words) {
    Match best = null;
    for (Verb v : values()) {
      for (String s : v.spellings) {
        String sp = s.replace('_', ' ');
        if ((words.equals(sp) || words.startsWith(sp + " "))
            && (best == null || sp.length() > best.spelling().length())) {
          best = new Match(v, sp);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** A verb found at the start of a text, and the spelling that matched. */
  public record Match(Verb verb, String spelling) {}

  /** Lower case, CamelCase split, underscores to spaces, single spaces. */
  public static String normalize(String s) {
    String split = s.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    return split.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").trim();
  }
}
