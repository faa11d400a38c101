package io.stepguard.monitor.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text hidden in an encoding: base64, hex, percent-encoding, {@code \xNN}/{@code \\uNNNN}
 * escapes and numeric HTML entities. A run counts only when it decodes to readable text (printable
 * ASCII with at least two words of letters), so identifiers, hashes and UUIDs are left alone.
 * Linear in the text's length (possessive, bounded patterns). Stateless.
 */
final class Encodings {
  private Encodings() {}

  /** A hidden text: the encoded run {@code [start, end)} and what it decodes to. */
  record Encoded(int start, int end, String scheme, String decoded) {}

  private static final Pattern BASE64 =
      Pattern.compile("(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,4000}+={0,2}(?![A-Za-z0-9+/=_-])");
  private static final Pattern HEX =
      Pattern.compile("(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}){8,2000}+(?![0-9A-Za-z])");
  private static final Pattern PERCENT = Pattern.compile("(?:%[0-9A-Fa-f]{2}){4,2000}+");
  private static final Pattern ESCAPES =
      Pattern.compile("(?:\\\\x[0-9A-Fa-f]{2}|\\\\u[0-9A-Fa-f]{4}){4,2000}+");
  private static final Pattern ENTITIES =
      Pattern.compile("(?:&#(?:x[0-9A-Fa-f]{1,6}|[0-9]{1,7});){4,2000}+");

  static List<Encoded> find(String text) {
    var out = new ArrayList<Encoded>();
    scan(text, ENTITIES, "HTML entities", Encodings::entities, out);
    scan(text, ESCAPES, "escape sequences", Encodings::escapes, out);
    scan(text, PERCENT, "percent-encoding", Encodings::percent, out);
    scan(text, HEX, "hex", Encodings::hex, out);
    scan(text, BASE64, "base64", Encodings::base64, out);
    out.sort(java.util.Comparator.comparingInt(Encoded::start));
    return out;
  }

  private interface Decoder {
    String decode(String run);
  }

  private static void scan(String text, Pattern p, String scheme, Decoder d, List<Encoded> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (out.stream().anyMatch(x -> x.start() < e && s < x.end())) {
        continue;
      }
      String decoded;
      try {
        decoded = d.decode(m.group());
      } catch (IllegalArgumentException ex) {
        continue;
      }
      if (readable(decoded)) {
        out.add(new Encoded(s, e, scheme, decoded.strip()));
      }
    }
  }

  /** Printable ASCII (tabs and line breaks allowed) with at least two words of 2+ letters. */
  static boolean readable(String s) {
    if (s.isBlank()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c > 0x7e) {
        return false;
      }
    }
    int words = 0;
    Matcher w = Pattern.compile("[A-Za-z]{2,}").matcher(s);
    while (w.find()) {
      words++;
    }
    return words >= 2 && s.indexOf(' ') >= 0;
  }

  private static String base64(String run) {
    String r = run.replace('-', '+').replace('_', '/');
    boolean lower = false;
    boolean upper = false;
    for (char c : r.toCharArray()) {
      lower |= Character.isLowerCase(c);
      upper |= Character.isUpperCase(c);
    }
    if (!lower || !upper) {
      throw new IllegalArgumentException("not mixed case: not base64 text");
    }
    String unpadded = r.replaceAll("=+$", "");
    int pad = (4 - unpadded.length() % 4) % 4;
    if (pad == 3) {
      throw new IllegalArgumentException("impossible base64 length");
    }
    byte[] bytes = Base64.getDecoder().decode(unpadded + "=".repeat(pad));
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static String hex(String run) {
    return new String(HexFormat.of().parseHex(run), StandardCharsets.ISO_8859_1);
  }

  private static String percent(String run) {
    var sb = new StringBuilder();
    for (int i = 0; i < run.length(); i += 3) {
      sb.append((char) Integer.parseInt(run.substring(i + 1, i + 3), 16));
    }
    return sb.toString();
  }

  private static String escapes(String run) {
    var sb = new StringBuilder();
    int i = 0;
    while (i < run.length()) {
      int len = run.charAt(i + 1) == 'x' ? 2 : 4;
      sb.append((char) Integer.parseInt(run.substring(i + 2, i + 2 + len), 16));
      i += 2 + len;
    }
    return sb.toString();
  }

  private static String entities(String run) {
    var sb = new StringBuilder();
    for (String e : run.split(";")) {
      if (e.isEmpty()) {
        continue;
      }
      String v = e.substring(2);
      int cp = v.startsWith("x") ? Integer.parseInt(v.substring(1), 16) : Integer.parseInt(v);
      if (!Character.isValidCodePoint(cp)) {
        throw new IllegalArgumentException("not a code point");
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
