package io.stepguard.monitor.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's verb, target, destination and arguments read from its text when the planner gave no
 * parsed action: "put the egg in the microwave" is put / egg / microwave; "turn_on Microwave" is
 * turn_on / microwave; "wait for 10 minutes" is wait with {@code duration_s = 600}; "cut the cake
 * into eight slices" is slice / cake with {@code count = 8}. The grammar and its limits are in
 * docs/checks.md, section "Text steps". Words are lower case, articles and determiners removed;
 * pronouns ("it", "them", "that") are kept as written for the predictor to resolve.
 *
 * <p>Argument keys (all optional): {@value #DURATION_S} (seconds), {@value #DURATION} (a duration
 * without a number: "for a while"), {@value #COUNT} (pieces or items), {@value #QUANTITY} ("200
 * ml", "2 cups"), {@value #CONTENTS} ("a pot of soup": soup), {@value #FROM} (a source: "from the
 * fridge"), {@value #DESTINATION_PREP} (the preposition that introduced the destination), {@value
 * #DESTINATION_RELATION} and {@value #DESTINATION_ANCHOR} ("the toaster next to the cake": next to
 * / cake), {@value #TARGET_RELATION} and {@value #TARGET_ANCHOR} (where the target is: "the cup on
 * the table"), {@value #FOR} (a beneficiary: "for the child"), {@value #AWAY_FROM}, {@value
 * #TEMPERATURE}, {@value #SETTING} ("on high"), {@value #CLAUSE} (a trailing purpose or time
 * clause: "so that it cools", "for the manager to review", "before serving"), {@value #THEN} (a
 * following action: "and then ...", a second sentence). Thread-safe (stateless); cost linear in the
 * text's length times the verb table.
 *
 * @param verbWords the verb as written (normalized, particles joined: "turn off"), even when it is
 *     not a known verb
 * @param with what follows "with" ("fill the cup with water": water)
 * @param arguments the arguments named above, keyed by those names
 */
public record ParsedText(
    String verbWords,
    Optional<Verb> verb,
    Optional<String> target,
    Optional<String> destination,
    Optional<String> with,
    Map<String, String> arguments) {

  public static final String DURATION_S = "duration_s";
  public static final String DURATION = "duration";
  public static final String COUNT = "count";
  public static final String QUANTITY = "quantity";
  public static final String CONTENTS = "contents";
  public static final String FROM = "from";
  public static final String DESTINATION_PREP = "destination_prep";
  public static final String DESTINATION_RELATION = "destination_relation";
  public static final String DESTINATION_ANCHOR = "destination_anchor";
  public static final String TARGET_RELATION = "target_relation";
  public static final String TARGET_ANCHOR = "target_anchor";
  public static final String FOR = "for";
  public static final String AWAY_FROM = "away_from";
  public static final String TEMPERATURE = "temperature";
  public static final String SETTING = "setting";
  public static final String CLAUSE = "clause";
  public static final String THEN = "then";
  public static final String MESSAGE = "message";

  public ParsedText {
    arguments = Map.copyOf(arguments);
  }

  /** Words that stand for an object named earlier; the predictor resolves them. */
  public static final Set<String> PRONOUNS =
      Set.of("it", "them", "this", "that", "these", "those", "one", "object", "itself");

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "some", "this", "that", "these", "those", "my", "your", "his", "her",
          "their", "its", "our", "all", "any", "each", "every", "both", "another", "other");

  private static final Set<String> LEADING_FILLERS =
      Set.of(
          "please",
          "kindly",
          "now",
          "then",
          "next",
          "first",
          "firstly",
          "second",
          "secondly",
          "third",
          "finally",
          "lastly",
          "also",
          "just",
          "ok",
          "okay",
          "and",
          "robot",
          "afterwards",
          "subsequently",
          "again");

  private static final List<String> LEADING_PHRASES =
      List.of(
          "go ahead and ",
          "after that ",
          "i want you to ",
          "i need you to ",
          "i would like you to ",
          "can you ",
          "could you ",
          "would you ",
          "you should ",
          "you need to ",
          "you must ",
          "try to ",
          "make sure to ",
          "make sure you ",
          "be sure to ",
          "remember to ",
          "don't forget to ",
          "now ",
          "then ");

  private static final Set<String> ADVERBS =
      Set.of(
          "please",
          "upright",
          "carefully",
          "gently",
          "slowly",
          "quickly",
          "safely",
          "immediately",
          "securely",
          "properly",
          "thoroughly",
          "completely",
          "firmly",
          "neatly",
          "gradually",
          "promptly",
          "lightly",
          "fully",
          "softly",
          "overnight",
          "later",
          "today",
          "tonight",
          "tomorrow",
          "afterwards",
          "too");

  /** Particles that may follow a verb's object ("turn it off", "pick it up"). */
  private static final Set<String> PARTICLES =
      Set.of("on", "off", "up", "down", "away", "out", "back", "over", "in");

  /** Particles dropped when they do not make a known phrasal verb ("clean it up"). */
  private static final Set<String> BARE_PARTICLES = Set.of("up", "down", "away", "back");

  private enum Role {
    SOURCE,
    DEST,
    PLACE,
    RECIPIENT
  }

  private record Prep(String words, Role role) {}

  /** Longest first, so that "next to" wins over "to" and "into" is one word. */
  private static final List<Prep> PREPS =
      List.of(
          new Prep("on top of", Role.PLACE),
          new Prep("in front of", Role.PLACE),
          new Prep("inside of", Role.PLACE),
          new Prep("across from", Role.PLACE),
          new Prep("out of", Role.SOURCE),
          new Prep("off of", Role.SOURCE),
          new Prep("next to", Role.PLACE),
          new Prep("close to", Role.PLACE),
          new Prep("in to", Role.DEST),
          new Prep("on to", Role.DEST),
          new Prep("into", Role.DEST),
          new Prep("onto", Role.DEST),
          new Prep("inside", Role.PLACE),
          new Prep("towards", Role.DEST),
          new Prep("toward", Role.DEST),
          new Prep("to", Role.DEST),
          new Prep("in", Role.PLACE),
          new Prep("on", Role.PLACE),
          new Prep("at", Role.PLACE),
          new Prep("near", Role.PLACE),
          new Prep("nearby", Role.PLACE),
          new Prep("beside", Role.PLACE),
          new Prep("by", Role.PLACE),
          new Prep("under", Role.PLACE),
          new Prep("underneath", Role.PLACE),
          new Prep("beneath", Role.PLACE),
          new Prep("below", Role.PLACE),
          new Prep("over", Role.PLACE),
          new Prep("above", Role.PLACE),
          new Prep("behind", Role.PLACE),
          new Prep("between", Role.PLACE),
          new Prep("against", Role.PLACE),
          new Prep("around", Role.PLACE),
          new Prep("within", Role.PLACE),
          new Prep("through", Role.PLACE),
          new Prep("across", Role.PLACE),
          new Prep("from", Role.SOURCE),
          new Prep("off", Role.SOURCE),
          new Prep("for", Role.RECIPIENT));

  /** Destination prepositions after which the moved object is inside or on top of the place. */
  public static final Set<String> CONTAINING_PREPS =
      Set.of("in", "into", "inside", "inside of", "in to", "on", "onto", "on to", "on top of");

  private static final Set<Verb.Effect> MOVERS =
      Set.of(
          Verb.Effect.PUT,
          Verb.Effect.CARRY,
          Verb.Effect.POUR,
          Verb.Effect.THROW,
          Verb.Effect.DROP,
          Verb.Effect.HAND_OVER,
          Verb.Effect.COOK);

  /** Verbs whose first object may be the person who receives ("give me the cup"). */
  private static final Set<Verb.Effect> DOUBLE_OBJECT =
      Set.of(
          Verb.Effect.HAND_OVER,
          Verb.Effect.CARRY,
          Verb.Effect.PICK,
          Verb.Effect.THROW,
          Verb.Effect.POUR,
          Verb.Effect.FILL);

  private static final Map<String, Double> NUMBER_WORDS = numberWords();

  private static final String NUM =
      "(\\d+(?:\\.\\d+)?(?:\\s*(?:-|to)\\s*\\d+(?:\\.\\d+)?)?|a couple of|couple of|a few|few"
          + "|several|half an|half a|an|a|one|two|three|four|five|six|seven|eight|nine|ten"
          + "|eleven|twelve|fifteen|twenty|thirty|forty five|forty|fifty|sixty|ninety)";

  private static final Pattern DURATION_RE =
      Pattern.compile(
          "(?:^| )(?:for |about |around |approximately |approx |roughly |another |at least"
              + " |at most |up to |in |after |within )*(?:another )?"
              + NUM
              + " (seconds?|secs?|s|minutes?|mins?|min|hours?|hrs?|hr|h)\\b(?: more| longer)?");
  private static final Pattern VAGUE_DURATION =
      Pattern.compile(
          "(?:^| )(for a (?:while|moment|bit|second|minute|little while)|briefly|for now|a"
              + " moment|a second)\\b");
  private static final Pattern TEMPERATURE_RE =
      Pattern.compile(
          " (?:to|at) (\\d+(?:\\.\\d+)?) ?(?:(?:degrees?|deg)(?: (?:celsius|fahrenheit|c|f))?"
              + "|(?:celsius|fahrenheit|c|f))\\b");
  private static final Pattern SETTING_RE =
      Pattern.compile(
          " (?:on|at|to) ((?:medium high|medium low|high|low|medium|full|max|maximum|min|minimum"
              + "|half))(?: (?:heat|power|setting|speed|flame))?\\b");

  /** What cleaning removes: "wipe the crumbs off the table" cleans the table. */
  private static final Set<String> DIRT =
      Set.of(
          "dust",
          "crumbs",
          "crumb",
          "dirt",
          "grime",
          "grease",
          "stain",
          "stains",
          "spill",
          "spills",
          "mud",
          "fingerprints",
          "smudges",
          "smudge",
          "cobwebs",
          "cobweb",
          "hair",
          "fluff",
          "debris",
          "mess",
          "residue",
          "splashes",
          "droplets",
          "limescale",
          "mould",
          "mold");

  private static String lastWordOf(String np) {
    String t = np.strip();
    int sp = t.lastIndexOf(' ');
    return sp < 0 ? t : t.substring(sp + 1);
  }

  private static final Pattern ON_LEVEL =
      Pattern.compile(
          " on (?=(?:medium high|medium low|high|low|medium|full|max|maximum|min|minimum|half)\\b)");
  private static final Pattern PIECES =
      Pattern.compile(
          " (?:into|in) (?:"
              + NUM
              + " )?(?:(?:equal|even|small|big|large|thin|thick|bite sized|fine) )?(pieces?|slices?|halves|quarters"
              + "|thirds|chunks?|cubes?|strips?|wedges?|portions?|bits?|parts?|segments?|rounds?"
              + "|sections?|squares?|triangles?|servings?)\\b");
  private static final Pattern HALVES =
      Pattern.compile(" (?:into|in) (half|halves|two|quarters|thirds)(?= |$)");
  private static final Pattern FOR_SOMEONE_TO =
      Pattern.compile(
          " for (?:the |a |an |my |your |his |her |their |our )?(?:\\p{L}+ )?\\p{L}+ to \\p{L}+");

  private static final List<String> CLAUSE_MARKERS =
      List.of(
          " so that ",
          " so it ",
          " so they ",
          " so the ",
          " in order to ",
          " in order for ",
          " until ",
          " till ",
          " before ",
          " after ",
          " while ",
          " because ",
          " since ",
          " once ",
          " when ",
          " whenever ",
          " if ",
          " unless ",
          " as soon as ",
          " to let ",
          " to allow ",
          " to keep ",
          " to make ",
          " to prevent ",
          " to avoid ",
          " to ensure ",
          " to be ",
          " to cool",
          " to dry",
          " to drain",
          " to rest",
          " to soak",
          " to thaw",
          " to defrost",
          " to chill",
          " to warm",
          " to heat",
          " to review",
          " to check",
          " to see",
          " to get ",
          " to use ",
          " to serve",
          " to store",
          " to sit",
          " to settle",
          " to marinate",
          " to charge",
          " ready for ",
          " for later",
          " for now",
          " for dinner",
          " for lunch",
          " for breakfast",
          " for tomorrow",
          " for tonight",
          " for storage",
          " for safekeeping",
          " for cleaning",
          " for recycling",
          " for review",
          " for reuse",
          " for the night",
          " for the day",
          " for serving",
          " for drying");

  private static final List<String> THEN_MARKERS =
      List.of(" and then ", ", then ", " then ", " after which ");

  private static final Set<String> MEASURES =
      Set.of(
          "ml",
          "milliliter",
          "milliliters",
          "millilitre",
          "millilitres",
          "l",
          "liter",
          "liters",
          "litre",
          "litres",
          "cl",
          "dl",
          "g",
          "gram",
          "grams",
          "kg",
          "kilo",
          "kilos",
          "kilogram",
          "kilograms",
          "oz",
          "ounce",
          "ounces",
          "lb",
          "lbs",
          "pound",
          "pounds",
          "cup",
          "cups",
          "tablespoon",
          "tablespoons",
          "tbsp",
          "teaspoon",
          "teaspoons",
          "tsp",
          "pinch",
          "pinches",
          "dash",
          "dashes",
          "drop",
          "drops",
          "handful",
          "handfuls",
          "splash",
          "spoonful",
          "spoonfuls",
          "scoop",
          "scoops",
          "slice",
          "slices",
          "piece",
          "pieces",
          "bit",
          "bits",
          "chunk",
          "chunks",
          "clove",
          "cloves",
          "sprig",
          "sprigs",
          "stick",
          "sticks",
          "sheet",
          "sheets",
          "pair",
          "pairs",
          "dozen",
          "knob",
          "glasses",
          "bowls",
          "bottles",
          "cans",
          "jars",
          "boxes",
          "bags",
          "packets",
          "mugs",
          "quarts");

  private static final Set<String> CONTAINERS =
      Set.of(
          "cup",
          "glass",
          "mug",
          "bowl",
          "bottle",
          "jug",
          "pot",
          "pan",
          "saucepan",
          "can",
          "jar",
          "box",
          "bag",
          "plate",
          "pitcher",
          "carton",
          "kettle",
          "tray",
          "basket",
          "bucket",
          "tub",
          "pack",
          "packet",
          "flask",
          "thermos",
          "tin",
          "container",
          "beaker",
          "vial",
          "tumbler",
          "teapot",
          "dish",
          "tupperware",
          "crate",
          "sack");

  /** Parses {@code text}; never fails (an empty text has empty verb words). */
  public static ParsedText parse(String text) {
    var args = new LinkedHashMap<String, String>();
    String s = clean(text);
    s = splitSentences(s, args);
    s = stripLeading(s);
    s = removeAdverbs(s);
    s = durations(s, args);
    s = " " + s + " ";
    s = extract(s, TEMPERATURE_RE, TEMPERATURE, args);
    if (s.startsWith(" turn ") || s.startsWith(" switch ")) {
      // "turn the burner on high": the "on" is the switch particle and "high" the setting.
      s = ON_LEVEL.matcher(s).replaceFirst(" on at ");
    }
    s = extract(s, SETTING_RE, SETTING, args);
    s = pieces(s, args);
    s = s.trim().replaceAll("\\s+", " ");

    var match = Verb.leading(s);
    String verbWords;
    String rest;
    Optional<Verb> verb;
    if (match.isPresent()) {
      verbWords = match.get().spelling();
      rest = s.substring(verbWords.length()).trim();
      verb = Optional.of(match.get().verb());
    } else {
      int sp = s.indexOf(' ');
      verbWords = sp < 0 ? s : s.substring(0, sp);
      rest = sp < 0 ? "" : s.substring(sp + 1).trim();
      verb = Optional.empty();
    }
    if (verb.isPresent() && verb.get() == Verb.SAY) {
      // What is said is a message, not an object to find.
      if (!rest.isEmpty()) {
        args.put(MESSAGE, rest);
      }
      return new ParsedText(
          verbWords, verb, Optional.empty(), Optional.empty(), Optional.empty(), args);
    }
    rest = cutClauses(rest, args);
    if (verbWords.equals("let") || verbWords.equals("allow")) {
      // "let the dough rest", "allow it to cool": the object is what is waited on.
      List<String> t = new ArrayList<>(words(rest));
      if (t.size() >= 2) {
        t.removeLast();
        if (t.size() >= 2 && t.getLast().equals("to")) {
          t.removeLast();
        }
        rest = String.join(" ", t);
      }
    }
    rest = awayFrom(rest, args);
    // Particles: "turn it off", "switch the lamp on", "put it down", "pick the cup up".
    List<String> tokens = new ArrayList<>(words(rest));
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!PARTICLES.contains(t)) {
        continue;
      }
      boolean atEnd = i == tokens.size() - 1 || startsPrep(tokens, i + 1) || t.equals("up");
      if (t.equals("out") && i + 1 < tokens.size() && tokens.get(i + 1).equals("of")) {
        continue;
      }
      if (t.equals("off") && i + 1 < tokens.size() && tokens.get(i + 1).equals("of")) {
        continue;
      }
      if (i > 0 && !atEnd) {
        continue;
      }
      String combined = verbWords + " " + t;
      Optional<Verb> phrasal = Verb.parse(combined);
      if (phrasal.isPresent() && (i > 0 || !verbWords.contains(" "))) {
        verbWords = combined;
        verb = phrasal;
        tokens.remove(i);
        break;
      }
      if (BARE_PARTICLES.contains(t) && (i > 0 || verb.isPresent())) {
        tokens.remove(i);
        break;
      }
    }
    rest = String.join(" ", tokens);
    String with = "";
    int w = (" " + rest + " ").indexOf(" with ");
    if (w >= 0) {
      String padded = " " + rest + " ";
      with = padded.substring(w + 6).trim();
      rest = padded.substring(0, w).trim();
    }
    String target = rest;
    String destination = "";
    Optional<Verb.Effect> effect = verb.map(Verb::effect);
    var split = doubleObject(rest, effect);
    if (split.isPresent()) {
      destination = split.get()[0];
      target = split.get()[1];
    } else {
      var segs = segments(rest);
      target = segs.getFirst().np();
      boolean mover = effect.isEmpty() || MOVERS.contains(effect.get());
      for (Segment seg : segs.subList(1, segs.size())) {
        String np = seg.np();
        if (np.isEmpty()) {
          continue;
        }
        switch (seg.prep().role()) {
          case SOURCE -> args.putIfAbsent(FROM, np(np, new LinkedHashMap<>()));
          case RECIPIENT -> args.putIfAbsent(FOR, np(np, new LinkedHashMap<>()));
          case DEST, PLACE -> {
            boolean destRole = seg.prep().role() == Role.DEST || mover;
            if (destination.isEmpty() && destRole && !args.containsKey(TARGET_RELATION)) {
              destination = np;
              args.put(DESTINATION_PREP, seg.prep().words());
            } else if (!destination.isEmpty()) {
              if (!args.containsKey(DESTINATION_RELATION)) {
                args.put(DESTINATION_RELATION, seg.prep().words());
                args.put(DESTINATION_ANCHOR, np(np, new LinkedHashMap<>()));
              }
            } else if (!args.containsKey(TARGET_RELATION)) {
              args.put(TARGET_RELATION, seg.prep().words());
              args.put(TARGET_ANCHOR, np(np, new LinkedHashMap<>()));
            } else if (seg.prep().role() == Role.DEST) {
              destination = np;
              args.put(DESTINATION_PREP, seg.prep().words());
            }
          }
        }
      }
    }
    // "wash and dry the dishes": the object of the next clause is this one's too.
    String then = args.getOrDefault(THEN, "");
    if (target.isBlank() && !then.isEmpty() && verb.isPresent()) {
      var next = parse(then);
      if (next.target().isPresent() && Verb.leading(then).isPresent()) {
        target = next.target().get();
      }
    }
    // "saw through the cable", "cut into the cord": what a cutting or breaking verb goes through
    // or into is what it acts on.
    if (target.isBlank()
        && verb.map(v -> v == Verb.SLICE || v == Verb.BREAK).orElse(false)
        && List.of("through", "into").contains(args.getOrDefault(TARGET_RELATION, ""))) {
      target = args.remove(TARGET_ANCHOR);
      args.remove(TARGET_RELATION);
    } else if (target.isBlank()
        && verb.map(v -> v == Verb.SLICE || v == Verb.BREAK).orElse(false)
        && List.of("through", "into").contains(args.getOrDefault(DESTINATION_PREP, ""))) {
      target = destination;
      destination = "";
      args.remove(DESTINATION_PREP);
    }
    // "wipe the dust off the power strip": the dirt is removed, the strip is what is cleaned.
    if (verb.map(v -> v == Verb.CLEAN).orElse(false)
        && args.containsKey(FROM)
        && DIRT.contains(lastWordOf(target))) {
      target = args.remove(FROM);
    }
    String targetNp = np(target, args);
    String withNp = np(with, args);
    String destNp = np(destination, new LinkedHashMap<>());
    return new ParsedText(
        verbWords, verb, nonEmpty(targetNp), nonEmpty(destNp), nonEmpty(withNp), args);
  }

  /**
   * The actions a free text names, in order: "Put the fork in the toaster and then turn it on." is
   * ["put the fork in the toaster", "turn it on"]. Sentences, "and then", "then" and "and" before a
   * verb separate actions; purpose and time clauses are dropped. At most 32 actions.
   */
  public static List<String> actions(String text) {
    var out = new ArrayList<String>();
    String rest = text;
    for (int i = 0; i < 32 && !rest.isBlank(); i++) {
      var args = new LinkedHashMap<String, String>();
      String s = stripLeading(clean(rest));
      String first = stripLeading(splitSentences(s, args));
      var m = Verb.leading(first);
      int cut = m.map(x -> x.spelling().length()).orElse(Math.max(0, first.indexOf(' ')));
      String head = (first.substring(0, cut) + " " + cutClauses(first.substring(cut).trim(), args));
      if (!head.isBlank()) {
        out.add(head.trim());
      }
      rest = args.getOrDefault(THEN, "");
    }
    return out;
  }

  /** The argument as a number, when it is one. */
  public Optional<Double> numberArgument(String key) {
    String v = arguments.get(key);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(v));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String clean(String text) {
    String s = text.replaceAll("[\\p{Cf}]", "");
    s = s.replaceAll("(?i)^\\s*(?:step\\s*)?\\d+\\s*[.):-]\\s*", "");
    s = s.replaceAll("[^\\p{L}\\p{N}_ ,;.!?'’-]", " ").replace('’', '\'');
    s = Verb.normalize(s);
    s = s.replaceAll("^[-•*]+\\s*", "");
    s = s.replaceAll("(\\p{L})-(\\p{L})", "$1 $2");
    return s.trim();
  }

  private static String splitSentences(String s, Map<String, String> args) {
    Matcher m = Pattern.compile("[.;!?]+(?:\\s+|$)").matcher(s);
    while (m.find()) {
      // "1.5 minutes" is a number, not a sentence end.
      if (m.start() > 0
          && Character.isDigit(s.charAt(m.start() - 1))
          && m.end() < s.length()
          && Character.isDigit(s.charAt(m.end() - 1))) {
        continue;
      }
      String first = s.substring(0, m.start()).trim();
      String rest = s.substring(m.end()).trim();
      if (!rest.isEmpty()) {
        args.put(THEN, stripLeading(rest.replaceAll("[.;!?]+$", "")));
      }
      return first;
    }
    return s;
  }

  private static String stripLeading(String s) {
    String out = s.trim();
    boolean changed = true;
    while (changed) {
      changed = false;
      out = out.replaceAll("^[,:;\\s]+", "");
      for (String p : LEADING_PHRASES) {
        if (out.startsWith(p)) {
          out = out.substring(p.length());
          changed = true;
        }
      }
      int sp = out.indexOf(' ');
      String first = (sp < 0 ? out : out.substring(0, sp)).replaceAll("[,:]+$", "");
      if (sp > 0 && LEADING_FILLERS.contains(first)) {
        out = out.substring(sp + 1);
        changed = true;
      }
    }
    return out.trim();
  }

  private static String removeAdverbs(String s) {
    var out = new ArrayList<String>();
    for (String w : s.split(" ")) {
      if (!ADVERBS.contains(w.replaceAll("[,]+$", ""))) {
        out.add(w);
      }
    }
    return String.join(" ", out).replaceAll("[,;.!?]+$", "").trim();
  }

  private static String durations(String s, Map<String, String> args) {
    Matcher m = DURATION_RE.matcher(s);
    if (m.find()) {
      // "s" and "h" alone are units only after a digit ("wait 5 s", not "wait a s").
      String unit = m.group(2);
      String num = m.group(1);
      boolean shortUnit = unit.equals("s") || unit.equals("h");
      if (!shortUnit || Character.isDigit(num.charAt(0))) {
        double n = number(num);
        double factor =
            unit.startsWith("h") ? 3600 : unit.startsWith("m") ? 60 : unit.startsWith("s") ? 1 : 1;
        args.put(DURATION_S, format(n * factor));
        s = (s.substring(0, m.start()) + " " + s.substring(m.end())).trim();
      }
    } else {
      Matcher v = VAGUE_DURATION.matcher(s);
      if (v.find()) {
        args.put(DURATION, v.group(1).replaceFirst("^for ", ""));
        s = (s.substring(0, v.start()) + " " + s.substring(v.end())).trim();
      }
    }
    return s.replaceAll("\\s+", " ");
  }

  private static String extract(String s, Pattern p, String key, Map<String, String> args) {
    Matcher m = p.matcher(s);
    if (m.find()) {
      args.put(key, m.group(1));
      return s.substring(0, m.start()) + " " + s.substring(m.end());
    }
    return s;
  }

  private static String pieces(String s, Map<String, String> args) {
    Matcher m = PIECES.matcher(s);
    if (m.find()) {
      String unit = m.group(2);
      if (unit.equals("halves")) {
        args.put(COUNT, "2");
      } else if (m.group(1) != null) {
        args.put(COUNT, format(number(m.group(1))));
      }
      return s.substring(0, m.start()) + " " + s.substring(m.end());
    }
    Matcher h = HALVES.matcher(s);
    if (h.find()) {
      String w = h.group(1);
      args.put(COUNT, w.equals("quarters") ? "4" : w.equals("thirds") ? "3" : "2");
      return s.substring(0, h.start()) + " " + s.substring(h.end());
    }
    return s;
  }

  private static String cutClauses(String rest, Map<String, String> args) {
    String padded = " " + rest + " ";
    int best = -1;
    int bestEnd = -1;
    String key = "";
    for (String m : THEN_MARKERS) {
      int i = padded.indexOf(m);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
        bestEnd = i + m.length();
        key = THEN;
      }
    }
    // "pick up the cup and put it in the sink": "and" before a verb starts a new action.
    int from = 0;
    while (true) {
      int i = padded.indexOf(" and ", from);
      if (i < 0 || (best >= 0 && i >= best)) {
        break;
      }
      String after = stripLeading(padded.substring(i + 5).trim());
      if (Verb.leading(after).isPresent()) {
        best = i;
        bestEnd = i + 5;
        key = THEN;
        break;
      }
      from = i + 1;
    }
    for (String marker : CLAUSE_MARKERS) {
      String m = marker.endsWith(" ") ? marker : marker + " ";
      int i = padded.indexOf(m);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
        bestEnd = i + 1;
        key = CLAUSE;
      }
    }
    Matcher f = FOR_SOMEONE_TO.matcher(padded);
    if (f.find() && (best < 0 || f.start() < best)) {
      best = f.start();
      bestEnd = f.start() + 1;
      key = CLAUSE;
    }
    if (best < 0) {
      return rest;
    }
    String cut = padded.substring(bestEnd).trim().replaceAll("^[,\\s]+", "");
    if (key.equals(THEN)) {
      cut = stripLeading(cut);
      args.merge(THEN, cut, (old, now) -> now + ". " + old);
    } else {
      args.put(CLAUSE, cut);
    }
    return padded.substring(0, best).trim().replaceAll("[,]+$", "");
  }

  private static String awayFrom(String rest, Map<String, String> args) {
    String padded = " " + rest + " ";
    int i = padded.indexOf(" away from ");
    if (i < 0) {
      return rest;
    }
    args.put(AWAY_FROM, np(padded.substring(i + 11).trim(), new LinkedHashMap<>()));
    return padded.substring(0, i).trim();
  }

  /** "give me the cup", "hand the child the scissors": recipient first, then the object. */
  private static Optional<String[]> doubleObject(String rest, Optional<Verb.Effect> effect) {
    if (effect.isEmpty() || !DOUBLE_OBJECT.contains(effect.get())) {
      return Optional.empty();
    }
    List<String> t = words(rest);
    for (int n = 1; n <= Math.min(3, t.size() - 1); n++) {
      String head = t.get(n - 1);
      if (!SceneGrounder.isPersonWord(head) || startsPrep(t, n)) {
        continue;
      }
      for (int k = 0; k < n - 1; k++) {
        if (!DETERMINERS.contains(t.get(k)) && !t.get(k).endsWith("'s")) {
          return Optional.empty();
        }
      }
      if (t.get(n).equals("of") || t.get(n).equals("and")) {
        return Optional.empty();
      }
      String recipient = String.join(" ", t.subList(0, n));
      String object = String.join(" ", t.subList(n, t.size()));
      if (segments(object).size() > 1) {
        return Optional.empty();
      }
      return Optional.of(new String[] {recipient, object});
    }
    return Optional.empty();
  }

  private record Segment(Prep prep, String np) {}

  /** Splits "fork in the toaster next to the cake" at its prepositions. */
  private static List<Segment> segments(String rest) {
    List<String> t = words(rest);
    var out = new ArrayList<Segment>();
    Prep current = null;
    int start = 0;
    int i = 0;
    while (i < t.size()) {
      Optional<Prep> p = prepAt(t, i);
      if (p.isPresent()) {
        out.add(new Segment(current, String.join(" ", t.subList(start, i))));
        current = p.get();
        i += p.get().words().split(" ").length;
        start = i;
      } else {
        i++;
      }
    }
    out.add(new Segment(current, String.join(" ", t.subList(start, t.size()))));
    return out;
  }

  private static Optional<Prep> prepAt(List<String> t, int i) {
    for (Prep p : PREPS) {
      String[] pw = p.words().split(" ");
      if (i + pw.length > t.size()) {
        continue;
      }
      if (Arrays.equals(pw, t.subList(i, i + pw.length).toArray(new String[0]))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static boolean startsPrep(List<String> t, int i) {
    return i < t.size() && (prepAt(t, i).isPresent() || t.get(i).equals("with"));
  }

  /**
   * A noun phrase without determiners, possessives and quantities: "two cups of water" is water
   * (quantity "2 cups"), "a pot of soup" is pot (contents soup), "3 apples" is apples (count 3).
   */
  private static String np(String phrase, Map<String, String> args) {
    List<String> t = new ArrayList<>(words(phrase.replaceAll("[,;.!?]+", " ")));
    if (t.size() == 1) {
      return t.getFirst();
    }
    t.removeIf(w -> w.endsWith("'s") && !w.equals("it's"));
    // "the flour and the sugar": articles inside the phrase go too.
    for (int i = t.size() - 1; i > 0; i--) {
      String w = t.get(i);
      if ((w.equals("the") || w.equals("a") || w.equals("an")) && i < t.size() - 1) {
        t.remove(i);
      }
    }
    // Leading determiners, and "all of", "half of", "some of".
    boolean changed = true;
    String num = "";
    while (changed && t.size() > 1) {
      changed = false;
      String w = t.getFirst();
      if (DETERMINERS.contains(w) || w.equals("of")) {
        if (w.equals("a") || w.equals("an")) {
          num = num.isEmpty() ? "a" : num;
        }
        t.removeFirst();
        changed = true;
      } else if (w.equals("half")) {
        num = "0.5";
        t.removeFirst();
        changed = true;
      }
    }
    // A number: "two eggs", "200 ml of milk".
    if (t.size() > 1 && NUMBER_WORDS.containsKey(t.getFirst())
        || t.size() > 1 && t.getFirst().matches("\\d+(?:\\.\\d+)?")) {
      num = format(number(t.getFirst()));
      t.removeFirst();
    }
    int of = t.indexOf("of");
    if (of == 1 && t.size() > 2) {
      String unit = t.getFirst();
      List<String> restT = new ArrayList<>(t.subList(2, t.size()));
      while (restT.size() > 1 && DETERMINERS.contains(restT.getFirst())) {
        restT.removeFirst();
      }
      boolean single = num.isEmpty() || num.equals("a") || num.equals("1");
      if (CONTAINERS.contains(unit) && single) {
        args.putIfAbsent(CONTENTS, String.join(" ", restT));
        return unit;
      }
      if (MEASURES.contains(unit) || CONTAINERS.contains(unit)) {
        args.putIfAbsent(QUANTITY, (num.isEmpty() || num.equals("a") ? "1" : num) + " " + unit);
        return String.join(" ", restT);
      }
    } else if (!num.isEmpty() && !num.equals("a")) {
      args.putIfAbsent(COUNT, num);
    }
    return String.join(" ", t);
  }

  private static List<String> words(String s) {
    var out = new ArrayList<String>();
    for (String w : s.trim().split("\\s+")) {
      String x = w.replaceAll("^[,;]+|[,;]+$", "").toLowerCase(Locale.ROOT);
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }

  private static double number(String s) {
    String w = s.trim();
    Matcher range =
        Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:-|to)\\s*(\\d+(?:\\.\\d+)?)").matcher(w);
    if (range.matches()) {
      return Math.max(Double.parseDouble(range.group(1)), Double.parseDouble(range.group(2)));
    }
    if (w.matches("\\d+(?:\\.\\d+)?")) {
      return Double.parseDouble(w);
    }
    return NUMBER_WORDS.getOrDefault(w, 1.0);
  }

  private static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e12) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static Map<String, Double> numberWords() {
    var m = new LinkedHashMap<String, Double>();
    String[] ones = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"
    };
    for (int i = 0; i < ones.length; i++) {
      m.put(ones[i], (double) i);
    }
    m.put("a", 1.0);
    m.put("an", 1.0);
    m.put("fifteen", 15.0);
    m.put("twenty", 20.0);
    m.put("thirty", 30.0);
    m.put("forty", 40.0);
    m.put("forty five", 45.0);
    m.put("fifty", 50.0);
    m.put("sixty", 60.0);
    m.put("ninety", 90.0);
    m.put("half an", 0.5);
    m.put("half a", 0.5);
    m.put("a few", 3.0);
    m.put("few", 3.0);
    m.put("several", 3.0);
    m.put("a couple of", 2.0);
    m.put("couple of", 2.0);
    m.put("dozen", 12.0);
    return Map.copyOf(m);
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }
}
