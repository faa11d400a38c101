package io.stepguard.monitor.predict;

import java.util.Locale;
import java.util.Optional;

/**
 * The canonical action verbs with a defined effect on the predicted world. The effect of each is
 * stated here once; {@link WorldPredictor} applies them. Planner spellings, including everyday
 * household verbs and phrasal verbs, are mapped by {@link #parse(String)} and {@link
 * #leading(String)} ("pick up", "fillLiquid", "turn on", "switch_on", "throw away", "soak").
 */
public enum Verb {
  /** Robot moves to the target; the target becomes the robot's location. */
  FIND(
      Effect.GOTO,
      "find",
      "locate",
      "look for",
      "search for",
      "search",
      "go to",
      "go into",
      "go over to",
      "go back to",
      "head to",
      "head over to",
      "head back to",
      "come to",
      "come back to",
      "return to",
      "navigate to",
      "navigate",
      "move to",
      "move_to",
      "walk to",
      "walk over to",
      "drive to",
      "travel to",
      "proceed to",
      "enter",
      "visit",
      "approach",
      "goto"),
  /** Robot grasps the target; it is held until placed, dropped, thrown or handed over. */
  PICK(
      Effect.PICK,
      "pick",
      "pick up",
      "pickup",
      "pick out",
      "grab",
      "grasp",
      "take",
      "take out",
      "take off",
      "lift",
      "lift up",
      "get",
      "hold",
      "remove",
      "retrieve",
      "collect",
      "gather",
      "unload",
      "pull out",
      "fish out",
      "reach for"),
  /**
   * The held object is put in or on the destination (or the target when no destination). Also the
   * everyday verbs that end with an object somewhere: leave, arrange, transfer, soak, spread,
   * store, hang, dispose of, throw away (into a bin when none is named).
   */
  PUT(
      Effect.PUT,
      "put",
      "place",
      "put down",
      "put away",
      "put back",
      "set",
      "set down",
      "lay",
      "lay down",
      "insert",
      "load",
      "store",
      "stow",
      "stack",
      "pile",
      "leave",
      "arrange",
      "transfer",
      "soak",
      "spread",
      "add",
      "return",
      "hang",
      "hang up",
      "stand",
      "position",
      "tuck",
      "rest",
      "dispose",
      "dispose of",
      "discard",
      "throw away",
      "throw out",
      "trash",
      "bin",
      "recycle",
      "get rid of",
      "drop off"),
  /** Carries the held object (or the target, picked first) to the destination; still holding. */
  CARRY(Effect.CARRY, "carry", "bring", "move", "transport", "deliver", "fetch", "take back"),
  OPEN(Effect.OPEN, "open", "open up", "unlock", "uncap", "unseal", "unscrew"),
  CLOSE(Effect.CLOSE, "close", "close up", "shut", "lock", "seal", "cap"),
  TURN_ON(
      Effect.TURN_ON,
      "turn on",
      "turn_on",
      "switch on",
      "switch_on",
      "start",
      "start up",
      "activate",
      "light",
      "light up",
      "ignite",
      "toggle on",
      "power on",
      "power up",
      "fire up",
      "preheat",
      "boot",
      "boot up",
      "leave on",
      "keep on",
      "run"),
  TURN_OFF(
      Effect.TURN_OFF,
      "turn off",
      "turn_off",
      "switch off",
      "switch_off",
      "shut off",
      "shut down",
      "stop",
      "deactivate",
      "extinguish",
      "put out",
      "blow out",
      "power off",
      "power down",
      "toggle off"),
  /** Flips the target: on when it was off, off when it was on (resolved to turn_on / turn_off). */
  TOGGLE(Effect.TOGGLE, "toggle", "flick"),
  /** The target is filled with the argument "liquid" (default water). */
  FILL(
      Effect.FILL,
      "fill",
      "fill up",
      "fillliquid",
      "fill liquid",
      "fill_liquid",
      "refill",
      "top up",
      "top off"),
  /** The held container's content goes into or onto the destination (default: the location). */
  POUR(
      Effect.POUR,
      "pour",
      "pour out",
      "spill",
      "empty",
      "empty out",
      "splash",
      "drain",
      "dump",
      "tip",
      "drizzle",
      "squirt"),
  SLICE(
      Effect.MARK,
      "slice",
      "cut",
      "snip",
      "cut up",
      "chop",
      "chop up",
      "dice",
      "mince",
      "carve",
      "halve",
      "quarter",
      "trim",
      "saw",
      "stab"),
  BREAK(Effect.MARK, "break", "smash", "crush", "shatter", "destroy", "crack"),
  DIRTY(Effect.MARK, "dirty", "stain"),
  CLEAN(
      Effect.MARK,
      "clean",
      "clean up",
      "wipe",
      "wipe down",
      "wipe up",
      "wipe off",
      "wash",
      "wash up",
      "rinse",
      "rinse off",
      "scrub",
      "mop",
      "mop up",
      "sweep",
      "sweep up",
      "dust",
      "polish",
      "dry",
      "dry off",
      "tidy",
      "tidy up",
      "clear",
      "sanitize",
      "disinfect",
      "vacuum",
      "hoover"),
  /**
   * The target is heated. "cook X in Y" (also heat, warm, boil, fry...) puts X in Y and runs Y's
   * heating (resolved to turn_on Y); "boil the kettle" on an appliance turns it on.
   */
  COOK(
      Effect.COOK,
      "cook",
      "heat",
      "heat up",
      "reheat",
      "warm",
      "warm up",
      "boil",
      "fry",
      "deep fry",
      "stir fry",
      "saute",
      "sauté",
      "sear",
      "bake",
      "roast",
      "grill",
      "broil",
      "steam",
      "simmer",
      "poach",
      "microwave",
      "toast",
      "defrost",
      "thaw",
      "melt",
      "brew"),
  /** Food or household handling in place that changes nothing stepguard tracks (stir, fold). */
  PREPARE(
      Effect.MARK,
      "prepare",
      "stir",
      "mix",
      "whisk",
      "beat",
      "knead",
      "mash",
      "peel",
      "season",
      "sprinkle",
      "squeeze",
      "grate",
      "fold",
      "roll",
      "stuff",
      "marinate",
      "measure",
      "flip",
      "turn over",
      "wrap",
      "unwrap",
      "cover",
      "uncover",
      "pack",
      "unpack",
      "sort",
      "organize",
      "organise",
      "fluff",
      "iron",
      "tie",
      "untie",
      "blend",
      "serve up"),
  /** The held object leaves the hand through the air. */
  THROW(Effect.THROW, "throw", "toss", "hurl", "fling", "lob", "chuck"),
  /** The held object is released at the robot's location. */
  DROP(Effect.DROP, "drop", "release", "let go", "let go of", "let fall"),
  /**
   * The held object is handed to a person (to an object destination it is put there: "serve the
   * soup in the bowl").
   */
  HAND_OVER(
      Effect.HAND_OVER,
      "hand",
      "hand over",
      "hand_over",
      "hand off",
      "give",
      "pass",
      "offer",
      "serve",
      "present"),
  PLUG_IN(Effect.PLUG_IN, "plug in", "plug_in", "plug", "connect"),
  UNPLUG(Effect.UNPLUG, "unplug", "disconnect"),
  PUSH(
      Effect.MARK,
      "push",
      "pull",
      "press",
      "knock",
      "knock over",
      "tip over",
      "kick",
      "hit",
      "shake",
      "use",
      "tap",
      "slide",
      "drag",
      "tilt",
      "rotate",
      "twist",
      "turn",
      "adjust",
      "bump"),
  /** Looks at the target; changes nothing. */
  INSPECT(
      Effect.NONE,
      "inspect",
      "check",
      "check on",
      "look at",
      "look",
      "examine",
      "observe",
      "watch",
      "monitor",
      "verify",
      "confirm",
      "scan",
      "count",
      "make sure",
      "ensure"),
  WAIT(Effect.NONE, "wait", "pause", "hold position", "stand by", "stay", "idle", "let", "allow"),
  SAY(
      Effect.NONE,
      "say",
      "tell",
      "ask",
      "announce",
      "speak",
      "notify",
      "inform",
      "remind",
      "alert",
      "warn",
      "call",
      "reply",
      "answer");

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
    TOGGLE,
    FILL,
    POUR,
    MARK,
    COOK,
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
      if (v.id().replace('_', ' ').equals(w)) {
        return Optional.of(v);
      }
    }
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
