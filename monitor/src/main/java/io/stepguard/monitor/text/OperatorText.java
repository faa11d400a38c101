package io.stepguard.monitor.text;

/**
 * Makes text from a plan or scene safe to show an operator: control characters (C0, DEL, C1),
 * bidirectional controls and invisible format characters are written as {@code \\uXXXX} (line
 * breaks and tabs as {@code \\n}, {@code \\t}), so a step's text cannot move the cursor, recolour a
 * terminal or forge a row of a report. Stateless; linear in the length.
 */
public final class OperatorText {
  private OperatorText() {}

  /** {@code s} with every control or invisible character escaped. */
  public static String escape(String s) {
    boolean clean = true;
    for (int i = 0; i < s.length() && clean; i++) {
      clean = !needsEscape(s.charAt(i));
    }
    if (clean) {
      return s;
    }
    var sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (needsEscape(c)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether {@code c} may not be shown raw. */
  public static boolean needsEscape(char c) {
    int t = Character.getType(c);
    return t == Character.CONTROL
        || t == Character.FORMAT
        || t == Character.LINE_SEPARATOR
        || t == Character.PARAGRAPH_SEPARATOR;
  }

  /** {@code s} cut to at most {@code max} characters, with "..." when it was longer. */
  public static String shorten(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 3;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, Math.max(0, end)) + "...";
  }
}
