package io.stepguard.monitor.text;

import java.util.Map;

/**
 * Letters of other scripts that look like Latin letters (Cyrillic, Greek, Armenian and a few Latin
 * variants), each with the Latin letter it is mistaken for. Written from the letters' shapes; a
 * small, fixed table, not the whole Unicode confusables list. Stateless.
 */
final class Confusables {
  private Confusables() {}

  private static final Map<Character, Character> LATIN = table();

  private static Map<Character, Character> table() {
    String[] pairs = {
      // Cyrillic lower case
      "аa",
      "вb",
      "еe",
      "ёe",
      "һh",
      "іi",
      "їi",
      "јj",
      "кk",
      "ӏl",
      "мm",
      "нh",
      "оo",
      "рp",
      "сc",
      "тt",
      "уy",
      "хx",
      "ѕs",
      "ԁd",
      "ԛq",
      "ԝw",
      "ьb",
      "ѵv",
      "ɡg",
      // Cyrillic upper case
      "АA",
      "ВB",
      "ЕE",
      "ЁE",
      "ЅS",
      "ІI",
      "ЇI",
      "ЈJ",
      "КK",
      "МM",
      "НH",
      "ОO",
      "РP",
      "СC",
      "ТT",
      "УY",
      "ХX",
      "ԚQ",
      "ԜW",
      "ӀI",
      "ԌG",
      "ѴV",
      // Greek
      "αa",
      "βb",
      "γy",
      "εe",
      "ιi",
      "κk",
      "νv",
      "οo",
      "ρp",
      "τt",
      "υu",
      "χx",
      "ωw",
      "ϲc",
      "ϳj",
      "ΑA",
      "ΒB",
      "ΕE",
      "ΖZ",
      "ΗH",
      "ΙI",
      "ΚK",
      "ΜM",
      "ΝN",
      "ΟO",
      "ΡP",
      "ΤT",
      "ΥY",
      "ΧX",
      "ϹC",
      // Armenian
      "օo",
      "սu",
      "հh",
      "ոn",
      "ցg",
      "զq",
      "ԼL",
      "ՕO",
      "ՍU",
      // Latin variants that NFKC leaves alone
      "ıi",
      "ȷj",
      "ɑa",
      "ɩi",
      "ʏy",
      "ɢG",
      "ʜH",
      "ʟL",
      "ɴN",
      "ʀR"
    };
    var m = new java.util.HashMap<Character, Character>();
    for (String p : pairs) {
      m.put(p.charAt(0), p.charAt(1));
    }
    return Map.copyOf(m);
  }

  /** The Latin letter {@code c} looks like, or {@code c} itself when it is not in the table. */
  static char latin(char c) {
    return LATIN.getOrDefault(c, c);
  }

  static boolean isConfusable(char c) {
    return LATIN.containsKey(c);
  }

  /** A basic Latin letter (a-z, A-Z) or a Latin letter with a diacritic. */
  static boolean isLatinLetter(char c) {
    return Character.isLetter(c)
        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
        && !LATIN.containsKey(c);
  }
}
