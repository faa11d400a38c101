package io.stepguard.monitor.predict;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A step's verb, target and destination read from its text when the planner gave no parsed action:
 * "put the egg in the microwave" is put / egg / microwave; "turn_on Microwave" is turn_on /
 * microwave. The words are lower case with articles removed.
 *
 * @param verbWords the verb as written (normalized), even when it is not a known verb
 * @param with what follows "with" ("fill the cup with water": water)
 */
public record ParsedText(
    String verbWords,
    Optional<Verb> verb,
    Optional<String> target,
    Optional<String> destination,
    Optional<String> with) {

  private static final Set<String> ARTICLES =
      Set.of("the", "a", "an", "some", "this", "that", "my", "your", "his", "her", "their", "its");
  private static final List<String> PREPOSITIONS =
      List.of(
          " into ",
          " onto ",
          " inside ",
          " in ",
          " on ",
          " to ",
          " at ",
          " near ",
          " next to ",
          " under ",
          " over ",
          " towards ",
          " toward ",
          " from ");

  /** Parses {@code text}; never fails (an empty text has empty verb words). */
  public static ParsedText parse(String text) {
    String words = Verb.normalize(text.replaceAll("[^A-Za-z0-9_ ,'-]", " "));
    var match = Verb.leading(words);
    String verbWords;
    String rest;
    if (match.isPresent()) {
      verbWords = match.get().spelling();
      rest = words.substring(verbWords.length()).trim();
    } else {
      int sp = words.indexOf(' ');
      verbWords = sp < 0 ? words : words.substring(0, sp);
      rest = sp < 0 ? "" : words.substring(sp + 1).trim();
    }
    // "pick up the knife": particles left over after a one-word verb.
    for (String particle : List.of("up ", "down ", "out ")) {
      if (rest.startsWith(particle)) {
        rest = rest.substring(particle.length());
      }
    }
    String padded = " " + rest + " ";
    String target = rest;
    String destination = "";
    String with = "";
    int w = padded.indexOf(" with ");
    if (w >= 0) {
      with = padded.substring(w + 6).trim();
      padded = padded.substring(0, w) + " ";
      target = padded.trim();
    }
    int best = -1;
    String prep = "";
    for (String p : PREPOSITIONS) {
      int i = padded.indexOf(p);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
        prep = p;
      }
    }
    if (best >= 0) {
      target = padded.substring(0, best).trim();
      destination = padded.substring(best + prep.length()).trim();
    }
    return new ParsedText(
        verbWords,
        match.map(Verb.Match::verb),
        nonEmpty(stripArticles(target)),
        nonEmpty(stripArticles(destination)),
        nonEmpty(stripArticles(with)));
  }

  private static String stripArticles(String s) {
    var out = new StringBuilder();
    for (String w : s.split(" ")) {
      if (w.isEmpty() || ARTICLES.contains(w)) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(w.toLowerCase(Locale.ROOT));
    }
    return out.toString().replaceAll("[,.;]+$", "");
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }
}
