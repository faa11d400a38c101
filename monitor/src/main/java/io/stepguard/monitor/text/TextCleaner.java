package io.stepguard.monitor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans a text before anything reads it, and records what it changed that could disguise the text.
 *
 * <ol>
 *   <li>Zero-width characters (U+200B..U+200D, U+2060, U+FEFF, soft hyphen, other invisible format
 *       characters) and bidirectional controls are removed; other control characters become a space
 *       (tab too); CR and the Unicode line and paragraph separators become a line break.
 *   <li>Unicode NFKC: full-width, mathematical and enclosed letters become plain letters.
 *   <li>In a word that mixes Latin letters with Cyrillic, Greek or Armenian look-alikes, the
 *       look-alikes become the Latin letters they imitate ({@link Confusables}); a word made only
 *       of look-alikes is folded too when the text around it is Latin. A word wholly in another
 *       script is left as it is ("нож" stays).
 *   <li>Digits and symbols inside a word ({@code 0 1 3 4 5 7 8 9 @ $ ! |}) become letters only
 *       where that turns a word the cleaner does not know into one it knows ("bl3ach" → "bleach"):
 *       numbers and quantities ("2 cups", "200ml", "10 minutes", "3rd") are never touched.
 *   <li>Text hidden in an encoding (base64, hex, percent-encoding, escapes, HTML entities) that
 *       decodes to readable text is recorded (the text itself is left as it is; the judgement cuts
 *       and judges it separately).
 * </ol>
 *
 * <p>A disguise may raise suspicion and never lowers a decision: the cleaner only reports it.
 * Linear in the text's length. Thread-safe (immutable).
 */
public final class TextCleaner {
  private static final String LEET = "0134578925@$!|";
  private static final java.util.regex.Pattern QUANTITY =
      java.util.regex.Pattern.compile(
          "\\d+([.,]\\d+)?(m|cm|mm|km|g|kg|mg|l|ml|cl|dl|s|sec|secs|min|mins|h|hr|hrs|oz|lb|lbs"
              + "|in|ft|c|f|w|kw|v|x|st|nd|rd|th|pm|am|pc|pcs|k|mph|kph|d|rpm)?");

  private final Set<String> words;

  private TextCleaner(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** A cleaner that knows the bundled word list ({@code words.txt}: household English). */
  public static TextCleaner standard() {
    return Holder.STANDARD;
  }

  /** This cleaner knowing {@code more} words too (lower case; multi-word names are split). */
  public TextCleaner withWords(Collection<String> more) {
    var all = new HashSet<>(words);
    for (String w : more) {
      for (String part : w.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        if (part.length() >= 3) {
          all.add(part);
        }
      }
    }
    return new TextCleaner(all);
  }

  /** Whether {@code word} (lower case) is one this cleaner knows. */
  public boolean knows(String word) {
    return words.contains(word);
  }

  /** The cleaned text and the disguises found on the way. */
  public record Cleaned(String text, List<Disguise> disguises) {
    public Cleaned {
      disguises = List.copyOf(disguises);
    }

    public boolean disguised() {
      return !disguises.isEmpty();
    }
  }

  /** Cleans {@code raw}; never fails. */
  public Cleaned clean(String raw) {
    var disguises = new LinkedHashSet<Disguise>();
    String s = invisibles(raw, disguises);
    s = compatibility(s, disguises);
    s = words(s, disguises);
    for (Encodings.Encoded e : Encodings.find(s)) {
      disguises.add(
          new Disguise(
              Disguise.Kind.ENCODED,
              e.scheme()
                  + " \""
                  + OperatorText.shorten(s.substring(e.start(), e.end()), 40)
                  + "\" decodes to \""
                  + OperatorText.shorten(OperatorText.escape(e.decoded()), 120)
                  + "\""));
    }
    return new Cleaned(s, List.copyOf(disguises));
  }

  /** Cleans {@code raw} and returns only the text. */
  public String text(String raw) {
    return clean(raw).text();
  }

  static boolean isZeroWidth(int cp) {
    return cp == 0x200B
        || cp == 0x200C
        || cp == 0x200D
        || cp == 0x2060
        || cp == 0xFEFF
        || cp == 0x00AD
        || cp == 0x034F
        || cp == 0x180E
        || (cp >= 0x2061 && cp <= 0x2064)
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0000 && cp <= 0xE007F);
  }

  static boolean isBidi(int cp) {
    return (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C;
  }

  private static String invisibles(String raw, Set<Disguise> disguises) {
    var sb = new StringBuilder(raw.length());
    int zw = 0;
    int bidi = 0;
    int ctrl = 0;
    String zwWhere = "";
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      int n = Character.charCount(cp);
      if (isBidi(cp)) {
        bidi++;
      } else if (isZeroWidth(cp)
          || (Character.getType(cp) == Character.FORMAT && cp != 0x2028 && cp != 0x2029)) {
        boolean bom = cp == 0xFEFF && i == 0;
        boolean inWord =
            i > 0
                && i + n < raw.length()
                && Character.isLetterOrDigit(raw.codePointBefore(i))
                && Character.isLetterOrDigit(raw.codePointAt(i + n));
        if (!bom && (inWord || cp == 0x200B || cp == 0x2060 || cp == 0x00AD)) {
          zw++;
          if (zwWhere.isEmpty()) {
            zwWhere = around(raw, i, n);
          }
        }
      } else if (cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
        if (!(cp == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n')) {
          sb.append('\n');
        }
      } else if (cp == '\t') {
        sb.append(' ');
      } else if (cp != '\n' && Character.getType(cp) == Character.CONTROL) {
        ctrl++;
        sb.append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    if (zw > 0) {
      disguises.add(
          new Disguise(
              Disguise.Kind.ZERO_WIDTH,
              zw + " zero-width character(s) removed, first in \"" + zwWhere + "\""));
    }
    if (bidi > 0) {
      disguises.add(
          new Disguise(
              Disguise.Kind.BIDI_CONTROL, bidi + " bidirectional control character(s) removed"));
    }
    if (ctrl > 0) {
      disguises.add(
          new Disguise(
              Disguise.Kind.CONTROL_CHARACTER, ctrl + " control character(s) replaced by spaces"));
    }
    return sb.toString();
  }

  /** The word around position {@code i} with the invisible character shown as "|". */
  private static String around(String raw, int i, int n) {
    int a = i;
    while (a > 0 && Character.isLetterOrDigit(raw.codePointBefore(a)) && i - a < 30) {
      a -= Character.charCount(raw.codePointBefore(a));
    }
    int b = i + n;
    while (b < raw.length() && Character.isLetterOrDigit(raw.codePointAt(b)) && b - i < 30) {
      b += Character.charCount(raw.codePointAt(b));
    }
    String left = OperatorText.escape(strip(raw.substring(a, i)));
    String right = OperatorText.escape(strip(raw.substring(i + n, b)));
    return left + "|" + right;
  }

  private static String strip(String s) {
    var sb = new StringBuilder();
    s.codePoints()
        .filter(c -> !isZeroWidth(c) && !isBidi(c) && Character.getType(c) != Character.FORMAT)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static boolean isDisguisingForm(int cp) {
    return (cp >= 0xFF01 && cp <= 0xFF5E)
        || (cp >= 0x1D400 && cp <= 0x1D7FF)
        || (cp >= 0x2460 && cp <= 0x24FF)
        || (cp >= 0x1F100 && cp <= 0x1F1FF)
        || (cp >= 0x2100 && cp <= 0x214F && cp != 0x2103 && cp != 0x2109);
  }

  private static String compatibility(String s, Set<Disguise> disguises) {
    if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
      return s;
    }
    int forms = 0;
    String first = "";
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isDisguisingForm(cp)) {
        String to = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        if (!to.equals(Character.toString(cp)) && to.chars().anyMatch(Character::isLetterOrDigit)) {
          forms++;
          if (first.isEmpty()) {
            first = "U+" + String.format(Locale.ROOT, "%04X", cp) + " read as \"" + to + "\"";
          }
        }
      }
      i += Character.charCount(cp);
    }
    if (forms > 0) {
      disguises.add(
          new Disguise(
              Disguise.Kind.COMPATIBILITY_FORM,
              forms + " letter form(s) normalised (NFKC), first " + first));
    }
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  private static boolean tokenChar(char c) {
    return Character.isLetterOrDigit(c) || LEET.indexOf(c) >= 0;
  }

  private String words(String s, Set<Disguise> disguises) {
    int latinWords = 0;
    int otherWords = 0;
    for (String w : s.split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.chars().anyMatch(c -> Confusables.isLatinLetter((char) c))) {
        latinWords++;
      } else {
        otherWords++;
      }
    }
    boolean latinText = latinWords > otherWords;
    var sb = new StringBuilder(s.length());
    var folded = new ArrayList<String>();
    var leet = new ArrayList<String>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!tokenChar(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && tokenChar(s.charAt(j))) {
        j++;
      }
      // leading and trailing symbols are punctuation, not letters ("stop!", "$5", "@home")
      int a = i;
      while (a < j && LEET.indexOf(s.charAt(a)) >= 0 && !Character.isDigit(s.charAt(a))) {
        a++;
      }
      int b = j;
      while (b > a && LEET.indexOf(s.charAt(b - 1)) >= 0 && !Character.isDigit(s.charAt(b - 1))) {
        b--;
      }
      sb.append(s, i, a);
      String token = s.substring(a, b);
      String t = homoglyphs(token, latinText);
      if (!t.equals(token)) {
        folded.add(token + " → " + t);
      }
      String l = leet(t);
      if (!l.equals(t)) {
        leet.add(t + " → " + l);
      }
      sb.append(l);
      sb.append(s, b, j);
      i = j;
    }
    if (!folded.isEmpty()) {
      disguises.add(
          new Disguise(
              Disguise.Kind.LOOKALIKE_LETTERS,
              "look-alike letters folded to Latin: " + quoteList(folded)));
    }
    if (!leet.isEmpty()) {
      disguises.add(
          new Disguise(
              Disguise.Kind.LEETSPEAK, "digits or symbols read as letters: " + quoteList(leet)));
    }
    return sb.toString();
  }

  private static String quoteList(List<String> changes) {
    var out = new ArrayList<String>();
    for (String c : changes.subList(0, Math.min(5, changes.size()))) {
      out.add("\"" + OperatorText.shorten(OperatorText.escape(c), 60) + "\"");
    }
    return String.join(", ", out)
        + (changes.size() > 5 ? " and " + (changes.size() - 5) + " more" : "");
  }

  private static String homoglyphs(String token, boolean latinText) {
    int latin = 0;
    int confusable = 0;
    int other = 0;
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (Confusables.isConfusable(c)) {
        confusable++;
      } else if (Confusables.isLatinLetter(c)) {
        latin++;
      } else {
        other++;
      }
    }
    boolean mixed = confusable > 0 && latin > 0;
    boolean allLookalike = confusable > 0 && latin == 0 && other == 0 && latinText;
    if (!mixed && !allLookalike) {
      return token;
    }
    var sb = new StringBuilder(token.length());
    for (int k = 0; k < token.length(); k++) {
      sb.append(Confusables.latin(token.charAt(k)));
    }
    return sb.toString();
  }

  /** The word {@code token} spells with digits and symbols read as letters, when it is known. */
  private String leet(String token) {
    if (token.length() < 3) {
      return token;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    boolean letters = false;
    int symbols = 0;
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (c >= 'a' && c <= 'z') {
        letters = true;
      } else if (LEET.indexOf(c) >= 0) {
        symbols++;
      } else if (!Character.isLetter(c)) {
        return token;
      }
    }
    if (!letters
        || symbols == 0
        || symbols > 8
        || QUANTITY.matcher(lower).matches()
        || knows(lower)) {
      return token;
    }
    var candidates = new ArrayList<String>();
    candidates.add("");
    for (int k = 0; k < lower.length(); k++) {
      String options = letterFor(lower.charAt(k));
      var next = new ArrayList<String>(candidates.size() * options.length());
      for (String prefix : candidates) {
        for (int o = 0; o < options.length(); o++) {
          next.add(prefix + options.charAt(o));
        }
      }
      candidates = next;
    }
    for (String c : candidates) {
      if (knows(c)) {
        return c;
      }
      // plurals and simple inflections of a known word
      for (String suffix : List.of("s", "es", "ed", "ing")) {
        if (c.endsWith(suffix) && knows(c.substring(0, c.length() - suffix.length()))) {
          return c;
        }
      }
    }
    return token;
  }

  private static String letterFor(char c) {
    return switch (c) {
      case '0' -> "o";
      case '1' -> "il";
      case '3' -> "e";
      case '4', '@' -> "a";
      case '5', '$' -> "s";
      case '7' -> "t";
      case '8' -> "b";
      case '9' -> "g";
      case '2' -> "z";
      case '!' -> "i";
      case '|' -> "l";
      default -> String.valueOf(c);
    };
  }

  private static final class Holder {
    static final TextCleaner STANDARD = new TextCleaner(load());

    private static Set<String> load() {
      try (InputStream in = TextCleaner.class.getResourceAsStream("words.txt")) {
        if (in == null) {
          throw new IllegalStateException("words.txt is missing from the class path");
        }
        var out = new HashSet<String>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          for (String w : line.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            out.add(w);
          }
        }
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
