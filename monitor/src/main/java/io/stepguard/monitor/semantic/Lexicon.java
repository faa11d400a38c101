package io.stepguard.monitor.semantic;

import io.stepguard.model.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The object lexicon: object type names with their hazard-relevant properties (from {@link
 * Vocabulary#OBJECT_PROPERTIES}), the roles the hazard rules read, aliases, and where the entry's
 * knowledge comes from. Read from {@code lexicon.tsv} next to this class; documented in
 * docs/lexicon.md. Immutable and thread-safe.
 *
 * <p>Names are matched after {@link #normalize(String)} (CamelCase split, lower case, underscores
 * and hyphens as spaces) and then with spaces removed, so that {@code StoveBurner}, {@code stove
 * burner} and {@code stoveburner} are the same key.
 */
public final class Lexicon {
  /** The bundled lexicon's resource name. */
  public static final String RESOURCE = "lexicon.tsv";

  /** Roles the rules understand; an entry naming another role is rejected when loading. */
  public static final Set<String> ROLES =
      Set.of(
          "heats_contents",
          "open_flame",
          "holds_liquid",
          "food_contact",
          "cookware",
          "water_source",
          "wet_basin",
          "no_metal_inside",
          "no_empty_run",
          "live_slots",
          "accepts_food",
          "accepts_dishes",
          "accepts_textiles",
          "textile",
          "floor_surface",
          "soft_landing",
          "disposal",
          "bread_only",
          "toastable",
          "no_dry_heat",
          "battery",
          "hot_when_on",
          "storage",
          "served_hot",
          "food_place",
          "blades_inside",
          "safe_unattended",
          "rests_upright");

  /**
   * One lexicon entry.
   *
   * @param name canonical name (normalized)
   * @param properties hazard-relevant properties
   * @param roles functions the rules read ("heats_contents")
   * @param aliases other names for the same kind of object (normalized)
   * @param source where the properties come from (keys explained in docs/lexicon.md)
   */
  public record Entry(
      String name, Set<String> properties, Set<String> roles, List<String> aliases, String source) {
    public Entry {
      properties = Set.copyOf(properties);
      roles = Set.copyOf(roles);
      aliases = List.copyOf(aliases);
    }

    public boolean has(String property) {
      return properties.contains(property);
    }

    public boolean hasRole(String role) {
      return roles.contains(role);
    }

    /** The name and every alias: the phrasings the encoder compares a query with. */
    public List<String> phrasings() {
      var out = new ArrayList<String>(aliases.size() + 1);
      out.add(name);
      out.addAll(aliases);
      return out;
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byKey;
  private final Map<String, Entry> byName;

  private Lexicon(List<Entry> entries, Map<String, Entry> byKey) {
    this.entries = List.copyOf(entries);
    this.byKey = Map.copyOf(byKey);
    var names = new LinkedHashMap<String, Entry>();
    entries.forEach(e -> names.put(e.name(), e));
    this.byName = Map.copyOf(names);
  }

  /** The bundled lexicon. */
  public static Lexicon bundled() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new SemanticModelException(
            "the lexicon resource " + RESOURCE + " is missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new SemanticModelException("cannot read the lexicon " + RESOURCE + ": " + e, e);
    }
  }

  /**
   * Parses lexicon text: one entry per line, five tab-separated columns (name, properties, roles,
   * aliases, source), {@code -} for an empty column, {@code #} starts a comment line.
   *
   * @throws SemanticModelException naming the line of the first malformed entry, an unknown
   *     property or role, or a name or alias used twice
   */
  public static Lexicon parse(String text, String origin) {
    var entries = new ArrayList<Entry>();
    var byKey = new LinkedHashMap<String, Entry>();
    try (var r =
        new BufferedReader(new InputStreamReader(asStream(text), StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String at = origin + ":" + no;
        if (cols.length != 5) {
          throw new SemanticModelException(
              at + ": expected 5 tab-separated columns, found " + cols.length);
        }
        String name = normalize(cols[0]);
        Set<String> props = list(cols[1], ",");
        for (String p : props) {
          if (!Vocabulary.OBJECT_PROPERTIES.contains(p)) {
            throw new SemanticModelException(
                at + ": property '" + p + "' is not in Vocabulary.OBJECT_PROPERTIES");
          }
        }
        Set<String> roles = list(cols[2], ",");
        for (String role : roles) {
          if (!ROLES.contains(role)) {
            throw new SemanticModelException(at + ": unknown role '" + role + "'");
          }
        }
        var aliases = new ArrayList<String>();
        for (String a : list(cols[3], "\\|")) {
          aliases.add(normalize(a));
        }
        String source = cols[4].strip();
        if (name.isEmpty() || source.isEmpty()) {
          throw new SemanticModelException(at + ": name and source are required");
        }
        var e = new Entry(name, props, roles, aliases, source);
        entries.add(e);
        for (String n : e.phrasings()) {
          Entry prev = byKey.putIfAbsent(key(n), e);
          if (prev != null && prev != e) {
            throw new SemanticModelException(
                at + ": the name '" + n + "' is already used by the entry '" + prev.name() + "'");
          }
        }
      }
    } catch (IOException e) {
      throw new SemanticModelException("cannot read the lexicon " + origin + ": " + e, e);
    }
    return new Lexicon(entries, byKey);
  }

  private static InputStream asStream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Set<String> list(String col, String sep) {
    String c = col.strip();
    if (c.isEmpty() || c.equals("-")) {
      return Set.of();
    }
    var out = new LinkedHashSet<String>();
    for (String s : c.split(sep)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  public List<Entry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** The entry with canonical name {@code name}. */
  public Optional<Entry> entry(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The entry whose name or alias is {@code name} after normalization, also trying a singular form
   * ("tomatoes", "knives") and the name without a trailing number ("knife1").
   */
  public Optional<Entry> exact(String name) {
    String n = normalize(name);
    for (String candidate : variants(n)) {
      Entry e = byKey.get(key(candidate));
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The entry for the longest trailing run of words of {@code name} that is a name or alias: the
   * head noun of a compound ("dirty plate" is a plate, "egg carton" a carton). Empty for one word.
   */
  public Optional<Match> headNoun(String name) {
    String[] words = normalize(name).split(" ");
    for (int i = 1; i < words.length; i++) {
      String tail = String.join(" ", Arrays.copyOfRange(words, i, words.length));
      Optional<Entry> e = exact(tail);
      if (e.isPresent()) {
        return Optional.of(new Match(tail, e.get()));
      }
    }
    return Optional.empty();
  }

  /** A lexicon entry found for part of a name. */
  public record Match(String matchedWords, Entry entry) {}

  private static List<String> variants(String n) {
    var out = new ArrayList<String>(4);
    out.add(n);
    String noDigits = n.replaceAll("[ ]?[0-9]+$", "").strip();
    if (!noDigits.isEmpty() && !noDigits.equals(n)) {
      out.add(noDigits);
    }
    for (String base : List.copyOf(out)) {
      if (base.endsWith("ves")) {
        out.add(base.substring(0, base.length() - 3) + "fe");
        out.add(base.substring(0, base.length() - 3) + "f");
      }
      if (base.endsWith("es")) {
        out.add(base.substring(0, base.length() - 2));
      }
      if (base.endsWith("s") && !base.endsWith("ss")) {
        out.add(base.substring(0, base.length() - 1));
      }
    }
    return out;
  }

  /**
   * Lower case, CamelCase split ("StoveBurner" to "stove burner", "TVStand" to "tv stand"),
   * underscores and hyphens as spaces, apostrophes and other punctuation dropped, single spaces.
   * Letters of every script are kept ("нож", "刀", "nóż"), so that names in other languages match.
   */
  public static String normalize(String s) {
    String split =
        s.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2");
    return split
        .toLowerCase(Locale.ROOT)
        .replace('_', ' ')
        .replace('-', ' ')
        .replaceAll("[^\\p{L}\\p{M}\\p{N} ]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The lookup key: the normalized name without spaces. */
  static String key(String normalized) {
    return normalized.replace(" ", "");
  }
}
