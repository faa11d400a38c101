package io.stepguard.monitor.text;

import io.stepguard.model.Require;

/**
 * One trick found in a text while cleaning it: something that makes the text read differently to a
 * matcher than to a person. A disguise may raise suspicion and never lowers a decision
 * (DECISIONS.md).
 *
 * @param kind what was found
 * @param detail what was found and what it became, in words, control characters escaped ("U+200B
 *     inside \"kn|ife\""); safe to show an operator
 */
public record Disguise(Kind kind, String detail) {
  public Disguise {
    Require.nonNull(kind, "kind");
    Require.nonEmpty(detail, "detail");
  }

  /** The kinds of disguise the cleaner recognises. */
  public enum Kind {
    /** Zero-width characters (U+200B..U+200D, U+2060, U+FEFF, soft hyphen) inside text. */
    ZERO_WIDTH("zero-width characters"),
    /** Bidirectional controls (U+202A..U+202E, U+2066..U+2069, U+200E/F, U+061C). */
    BIDI_CONTROL("bidirectional control characters"),
    /** Control characters other than tab and line breaks (escape sequences, bell, C1). */
    CONTROL_CHARACTER("control characters"),
    /** Full-width, mathematical or enclosed forms of Latin letters and digits. */
    COMPATIBILITY_FORM("look-alike letter forms (full-width, mathematical or enclosed)"),
    /** Cyrillic, Greek or Armenian letters that look like Latin ones inside a Latin word. */
    LOOKALIKE_LETTERS("look-alike letters from another script inside a Latin word"),
    /** Digits or symbols standing for letters inside a word ("bl3ach"). */
    LEETSPEAK("digits or symbols standing for letters"),
    /** Text encoded so that it cannot be read directly (base64, hex, percent or escapes). */
    ENCODED("encoded text");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** What this kind is, in words, for facts and summaries. */
    public String description() {
      return description;
    }
  }
}
