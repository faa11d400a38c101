package io.stepguard.monitor.semantic;

import io.stepguard.monitor.text.NoteFinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a text for harmful intent and for text that addresses the monitor, with lexical cues and
 * with the sentence encoder's nearest exemplar ({@code intent_exemplars.tsv}: harmful sentences,
 * benign look-alikes and monitor-addressing ones, all written for stepguard). Thresholds were
 * calibrated on a separate set of the project's own sentences ({@code IntentCalibrationTest});
 * never on benchmark items. Thread-safe.
 *
 * <p>Intent is a harmful <em>purpose or target</em>, not a hazardous action: "put the fork in the
 * toaster" or "hand the knife to the child" are hazards for the step rules (REPLAN with a
 * constraint), not a request to do harm. The encoder's nearness follows the objects named more than
 * the purpose (a knife handed to a child lies near "throw the knife at the child"), so the encoder
 * counts only when the text also names a harmful purpose or target ({@link #PURPOSE}: a verb of
 * hurting or destroying, a body part acted on, "on purpose", a way around safety). The lexical cues
 * already carry a purpose and a living target or deliberate destruction.
 */
final class IntentScorer {
  /** Encoder evidence counts when the nearest harmful exemplar is at least this close... */
  static final double HARM_MIN = 0.72;

  /** ...and at least this much closer than the nearest benign look-alike. */
  static final double HARM_MARGIN = 0.08;

  static final double INJECTION_MIN = 0.70;

  private static final String LIVING =
      "(person|people|man|men|woman|women|child|children|kid|kids|baby|babies|boy|girl|someone"
          + "|somebody|him|her|them|me|us|human|humans|guest|guests|owner|neighbou?r|intruder"
          + "|husband|wife|mother|father|mom|mum|dad|sister|brother|friend|grandma|grandpa|actor"
          + "|user|operator|worker|toddler|toddlers|infant|teenager|son|daughter|grandmother"
          + "|grandfather|uncle|aunt|roommate|stranger|patient|visitor|resident|dog|dogs|cat|cats|puppy|kitten|pet|pets|animal|animals|bird"
          + "|hamster|rabbit|fish)";
  private static final String HARM_VERB =
      "(stab|stabs|kill|murder|hurt|injure|harm|attack|hit|punch|kick|slap|beat|strangle|choke"
          + "|smother|suffocate|drown|electrocute|shoot|slash|cut|burn|scald|poison|trip|shove"
          + "|push|torture|throw(\\s+\\S+){1,4}\\s+at|aim(\\s+\\S+){1,4}\\s+at)";

  /** A harm verb whose object (within a few words) is a person or an animal. */
  private static final Pattern HARM_LIVING =
      Pattern.compile(
          "\\b"
              + HARM_VERB
              + "\\b(\\s+\\S+){0,2}?\\s+(the\\s+|a\\s+|an\\s+|my\\s+|your\\s+|his\\s+|her\\s+)?"
              + LIVING
              + "\\b(?!'s)(?!\\s+(a|an|some)\\s)");

  /** Hot liquid poured or thrown onto a person or animal. */
  private static final Pattern SCALD =
      Pattern.compile(
          "\\b(pour|spill|throw|splash|tip)\\s+(the\\s+|some\\s+)?(hot|boiling|scalding)\\s+\\w+(\\s+\\w+)?"
              + "\\s+(on|onto|over|at)\\s+(the\\s+|a\\s+|my\\s+|your\\s+)?"
              + LIVING
              + "\\b");

  /** A person or animal shut into an appliance or a dangerous place. */
  private static final Pattern ENCLOSE =
      Pattern.compile(
          "\\b(put|place|lock|shut|stuff|push|throw)\\s+(the\\s+|a\\s+|my\\s+|your\\s+)?(\\w+\\s+)?"
              + LIVING
              + "\\s+(in|into|inside)\\s+(the\\s+|a\\s+)?((running|hot|lit|heated|working|empty|full"
              + "|open|closed|old|big)\\s+)?(oven|microwave|freezer|fridge|refrigerator"
              + "|washing machine|washer|dryer|tumble dryer|dishwasher|toaster|fire|fireplace|pool"
              + "|bathtub|trash|garbage|bin|closet|box)\\b");

  /** A harmful substance or object put into a person's food or drink. */
  private static final Pattern SPIKE =
      Pattern.compile(
          "\\b(poison|bleach|rat poison|detergent|drain cleaner|pills|medicine|drugs?)\\b.*\\b(in|into)\\b.*\\b"
              + LIVING
              + "('s)?\\b.*\\b(food|drink|coffee|tea|juice|water|meal|milk|soup)\\b");

  private static final Pattern PROPERTY =
      Pattern.compile(
          "\\b(set (the )?\\w+( \\w+)? on fire|set fire to|burn down|burn the house|destroy"
              + " (the|every|all|it|them|his|her|their)|smash (every|all|the windows)|vandali[sz]e"
              + "|wreck|sabotage|ruin (it|them|the|his|her|their)|flood the \\w+ on purpose"
              + "|on purpose)\\b");

  /** A purpose clause that names someone getting hurt ("so that she gets hurt"). */
  private static final Pattern HURT_PURPOSE =
      Pattern.compile(
          "\\b(so (that )?|to make |until )(he|she|they|someone|somebody|(the |my |your )?"
              + LIVING
              + ") (gets? |will (get |be )?|would (get |be )?|is |are )?(hurt|injured"
              + "|burn(s|ed|t)?|cuts? (him|her|them)sel(f|ves)|killed|dies|die|sick|poisoned"
              + "|electrocuted|shocked|chokes?|bleeds?|can't breathe|cannot breathe)\\b"
              + "|\\bso (that )?it (dies|will die|chokes|can't breathe|cannot breathe)\\b");

  /** Framings that try to get a harmful action past the safety checks. */
  private static final Pattern EVASION =
      Pattern.compile(
          "\\b(pretend (that )?(this|it|you|we)|role ?play|just a (game|movie|film|joke|test)"
              + "|(in|for) a (movie|film|play|game)|hypothetically|for a safety test|as a safety test"
              + "|no ?one will (get|be) hurt|nobody will (get|be) hurt|(ignore|disable|bypass|turn off)"
              + " (your |the |all )?safety|without (any )?safety|you are not bound|jailbreak)\\b");

  /**
   * A harmful purpose or target named in the text, needed for the encoder's evidence to count: a
   * verb of hurting, killing, poisoning or destroying (any inflection), an action aimed at a body
   * part, or words of deliberateness. Hazardous verbs used carelessly (put, hand, give, pour, heat,
   * leave) are not in it.
   */
  private static final Pattern PURPOSE =
      Pattern.compile(
          "\\b(stab|kill|murder|hurt|injur|harm(?!less)|attack|punch|kick|slap|beat|strangl|chok|smother"
              + "|suffocat|drown|electrocut|shoot|shot|slash|scald|poison|torture|maim|wound|bludgeon"
              + "|assault|spike|tamper|destroy|smash|wreck|vandali[sz]|sabotag|ruin|demolish"
              + "|trip)\\w*\\b"
              + "|\\b(hit|burn|cut|shove|push)\\w*\\s+(\\S+\\s+){0,2}?"
              + LIVING
              + "\\b"
              + "|\\b(throw|aim|point|swing)\\w*\\s+(\\S+\\s+){1,4}?at\\s+(the\\s+|a\\s+|my\\s+)?"
              + LIVING
              + "\\b"
              + "|\\b(his|her|their|my|your|\\w+'s)\\s+(face|neck|throat|head|eyes?|mouth|nose)\\b"
              + "|\\b(over|in|into|at) the (face|neck|throat|head|eyes?)\\b"
              + "|\\b(slice|slic|cut|slash|stab|burn|scald|hit|break|crush|smash)\\w*\\s+(the\\s+)?"
              + "(\\w+'s|his|her|their|my|your)\\s+(arm|arms|hand|hands|leg|legs|finger|fingers"
              + "|wrist|wrists|foot|feet|skin|toe|toes|ear|ears)\\b"
              + "|\\b(set \\w+( \\w+)? on fire|set fire|burn down|on purpose|deliberately"
              + "|intentionally|so (that )?(he|she|they|it) (gets? hurt|dies|can't breathe))\\b");

  /** Text addressed to the monitor rather than describing an action. */
  private static final Pattern INJECTION =
      Pattern.compile(
          "\\b(ignore (all |any )?(the )?(previous|prior|above|earlier|your) (rules|instructions"
              + "|checks)|disregard (the |all |your )?(rules|instructions|checks)|(this|the|each|every)"
              + " (step|plan|action) is (safe|harmless|approved|verified)|(mark|classify|label|rate"
              + "|judge|treat) (this|it|the plan|every step|all steps)( \\w+)? as (safe|allowed|harmless)"
              + "|answer (safe|allow)|always (answer|say|output) (safe|allow)|(safety )?monitor[:,]|guard"
              + " model|system( prompt)?:|do not flag|don't flag|new instructions|override[:,]|you are a"
              + " (helpful )?(safety )?(monitor|guard|assistant))");

  record Exemplar(String label, String kind, String text, float[] vector) {}

  /** What was found in one text. */
  record Score(
      String text,
      Optional<String> cue,
      Optional<String> cueKind,
      Optional<String> injectionCue,
      Optional<String> purpose,
      double harm,
      String nearestHarm,
      double benign,
      String nearestBenign,
      double injection,
      String nearestInjection) {
    /** The encoder finds the text nearer a harmful exemplar than any benign look-alike. */
    boolean encoderNearHarm() {
      return harm >= HARM_MIN && harm - benign >= HARM_MARGIN;
    }

    /**
     * The encoder's evidence counts: near a harmful exemplar, and the text names a harmful purpose
     * or target.
     */
    boolean encoderHarm() {
      return encoderNearHarm() && (purpose.isPresent() || cue.isPresent());
    }

    boolean encoderInjection() {
      return injection >= INJECTION_MIN && injection - Math.max(harm, benign) >= 0.05;
    }
  }

  private final Optional<SentenceEncoder> encoder;
  private final List<Exemplar> exemplars;

  IntentScorer(Optional<SentenceEncoder> encoder) {
    this.encoder = encoder;
    var list = new ArrayList<Exemplar>();
    for (String[] row : rows()) {
      list.add(
          new Exemplar(row[0], row[1], row[2], encoder.map(e -> e.embed(row[2])).orElse(null)));
    }
    this.exemplars = List.copyOf(list);
  }

  static List<String[]> rows() {
    try (InputStream in = IntentScorer.class.getResourceAsStream("intent_exemplars.tsv")) {
      if (in == null) {
        throw new SemanticModelException("intent_exemplars.tsv is missing from the class path");
      }
      var out = new ArrayList<String[]>();
      int no = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 3 || !List.of("harmful", "benign", "injection").contains(c[0])) {
          throw new SemanticModelException("intent_exemplars.tsv:" + no + ": malformed line");
        }
        out.add(c);
      }
      return out;
    } catch (IOException e) {
      throw new SemanticModelException("cannot read intent_exemplars.tsv: " + e, e);
    }
  }

  static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replaceAll("[^a-z0-9' ,.:;!?-]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  Score score(String rawText) {
    String t = normalize(rawText);
    Optional<String> cue = Optional.empty();
    Optional<String> kind = Optional.empty();
    for (var p :
        List.of(
            new Object[] {HARM_LIVING, "harm to a person or animal"},
            new Object[] {SCALD, "hot liquid onto a person or animal"},
            new Object[] {
              ENCLOSE, "a person or animal shut into an appliance or a dangerous place"
            },
            new Object[] {SPIKE, "a harmful substance in someone's food or drink"},
            new Object[] {HURT_PURPOSE, "a stated purpose of hurting someone"},
            new Object[] {PROPERTY, "deliberate property destruction"})) {
      Matcher m = ((Pattern) p[0]).matcher(t);
      if (m.find()) {
        cue = Optional.of(m.group());
        kind = Optional.of((String) p[1]);
        break;
      }
    }
    Optional<String> injection =
        NoteFinder.find(t).stream().flatMap(n -> n.cues().stream()).findFirst();
    if (injection.isEmpty()) {
      Matcher im = INJECTION.matcher(t);
      injection = im.find() ? Optional.of(im.group()) : Optional.empty();
    }
    Matcher pm = PURPOSE.matcher(t);
    Optional<String> purpose = pm.find() ? Optional.of(pm.group()) : Optional.empty();
    double harm = -1;
    double benign = -1;
    double inj = -1;
    String nh = "";
    String nb = "";
    String ni = "";
    if (encoder.isPresent() && !t.isEmpty()) {
      float[] v = encoder.get().embed(t);
      for (Exemplar e : exemplars) {
        double s = SentenceEncoder.cosine(v, e.vector());
        switch (e.label()) {
          case "harmful" -> {
            if (s > harm) {
              harm = s;
              nh = e.text();
            }
          }
          case "benign" -> {
            if (s > benign) {
              benign = s;
              nb = e.text();
            }
          }
          default -> {
            if (s > inj) {
              inj = s;
              ni = e.text();
            }
          }
        }
      }
    }
    // A framing ("pretend this is a movie", "for a safety test") is not harm by itself: it counts
    // as harmful intent only together with a harmful purpose or the encoder's nearness to harm.
    if (cue.isEmpty()) {
      Matcher em = EVASION.matcher(t);
      if (em.find()
          && (purpose.isPresent() || (harm >= HARM_MIN && harm - benign >= HARM_MARGIN))) {
        cue = Optional.of(em.group());
        kind = Optional.of("a framing that tries to get harm around safety");
      }
    }
    return new Score(rawText, cue, kind, injection, purpose, harm, nh, benign, nb, inj, ni);
  }
}
