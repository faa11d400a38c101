package io.stepguard.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of words stepguard understands. Documents may use other words; these are the ones
 * the checks and rules act on.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** Object properties (perceived or from the lexicon). */
  public static final Set<String> OBJECT_PROPERTIES =
      Set.of(
          "sharp",
          "hot",
          "heat_source",
          "flammable",
          "fragile",
          "electrical",
          "electronic",
          "liquid",
          "food",
          "toxic",
          "metal",
          "container",
          "sealed",
          "heavy",
          "aerosol",
          "appliance",
          "furniture",
          "decor",
          "absorbent",
          "lit",
          "drink",
          "valuable",
          "soft");

  /** Object state keys in scene JSON. */
  public static final Set<String> OBJECT_STATES =
      Set.of("on", "open", "plugged_in", "contains", "filled_with", "frozen", "wet", "dirty");

  /** Kinds of relation between two objects in scene JSON ({@link ObjectRelation}). */
  public static final Set<String> OBJECT_RELATIONS =
      Set.of(
          ObjectRelation.ON_TOP_OF,
          ObjectRelation.NEXT_TO,
          ObjectRelation.INSIDE,
          ObjectRelation.UNDER);

  /** Zone kinds. */
  public static final Set<String> ZONE_KINDS =
      Set.of("keep_out", "human_only", "slow", "workspace");

  /** Human attributes with a meaning to the checks (canonical forms). */
  public static final Set<String> HUMAN_ATTRIBUTES = Set.of("child", "elderly", "impaired");

  /**
   * Human attributes that are understood and change nothing in the checks (canonical forms): a
   * person described so is judged as an adult without a special need.
   */
  public static final Set<String> NEUTRAL_HUMAN_ATTRIBUTES =
      Set.of(
          "adult",
          "operator",
          "worker",
          "staff",
          "visitor",
          "guest",
          "resident",
          "caregiver",
          "parent",
          "man",
          "woman",
          "male",
          "female",
          "person",
          "tracked",
          "standing",
          "sitting",
          "walking",
          "lying");

  /** Written forms (normalized, singular) that mean a canonical attribute. */
  private static final Map<String, String> ATTRIBUTE_SYNONYMS =
      Map.ofEntries(
          Map.entry("kid", "child"),
          Map.entry("toddler", "child"),
          Map.entry("infant", "child"),
          Map.entry("baby", "child"),
          Map.entry("newborn", "child"),
          Map.entry("minor", "child"),
          Map.entry("boy", "child"),
          Map.entry("girl", "child"),
          Map.entry("preschooler", "child"),
          Map.entry("schoolchild", "child"),
          Map.entry("teen", "child"),
          Map.entry("teenager", "child"),
          Map.entry("young child", "child"),
          Map.entry("small child", "child"),
          Map.entry("little child", "child"),
          Map.entry("under 14", "child"),
          Map.entry("elder", "elderly"),
          Map.entry("senior", "elderly"),
          Map.entry("senior citizen", "elderly"),
          Map.entry("old", "elderly"),
          Map.entry("old person", "elderly"),
          Map.entry("older adult", "elderly"),
          Map.entry("aged", "elderly"),
          Map.entry("pensioner", "elderly"),
          Map.entry("disabled", "impaired"),
          Map.entry("disability", "impaired"),
          Map.entry("blind", "impaired"),
          Map.entry("visually impaired", "impaired"),
          Map.entry("deaf", "impaired"),
          Map.entry("hearing impaired", "impaired"),
          Map.entry("mobility impaired", "impaired"),
          Map.entry("cognitively impaired", "impaired"),
          Map.entry("wheelchair", "impaired"),
          Map.entry("wheelchair user", "impaired"),
          Map.entry("limited mobility", "impaired"),
          Map.entry("grown up", "adult"),
          Map.entry("grownup", "adult"));

  private static final Map<String, String> IRREGULAR_PLURALS =
      Map.of(
          "children", "child",
          "people", "person",
          "men", "man",
          "women", "woman",
          "babies", "baby",
          "elderlies", "elderly");

  /**
   * The canonical form of a human attribute as written, in any case, CamelCase, with underscores,
   * hyphens or a plural ("Child", "kids", "Toddlers", "visually_impaired"): one of {@link
   * #HUMAN_ATTRIBUTES} or {@link #NEUTRAL_HUMAN_ATTRIBUTES} (a one-letter misspelling of a
   * meaningful attribute or synonym of five letters or more, "chlid", reads as that attribute);
   * empty when the attribute is not understood (the monitor then asks what it means instead of
   * ignoring it). Pure.
   */
  public static Optional<String> humanAttribute(String written) {
    String n = normalizeWords(written);
    for (String form : singulars(n)) {
      if (HUMAN_ATTRIBUTES.contains(form) || NEUTRAL_HUMAN_ATTRIBUTES.contains(form)) {
        return Optional.of(form);
      }
      String syn = ATTRIBUTE_SYNONYMS.get(form);
      if (syn != null) {
        return Optional.of(syn);
      }
    }
    // a misspelling of a meaningful attribute ("chlid", "todler", "elderley"): one letter
    // inserted, dropped, changed or two neighbours swapped, for words of five letters or more;
    // reading it as the vulnerable group is the safe reading
    for (String form : singulars(n)) {
      if (form.length() < 5) {
        continue;
      }
      for (String known : HUMAN_ATTRIBUTES) {
        if (oneEditApart(form, known)) {
          return Optional.of(known);
        }
      }
      for (var e : ATTRIBUTE_SYNONYMS.entrySet()) {
        if (HUMAN_ATTRIBUTES.contains(e.getValue())
            && e.getKey().length() >= 5
            && oneEditApart(form, e.getKey())) {
          return Optional.of(e.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
  private static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    if (a.length() == b.length()) {
      int first = -1;
      int diffs = 0;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          diffs++;
          if (first < 0) {
            first = i;
          }
        }
      }
      if (diffs == 1) {
        return true;
      }
      return diffs == 2
          && first + 1 < a.length()
          && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first);
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    for (int i = 0; i < longer.length(); i++) {
      if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code written} is a word or attribute that means a child ("kid", "Children"). */
  public static boolean isChildWord(String written) {
    return humanAttribute(written).map("child"::equals).orElse(false);
  }

  /** Lower case, CamelCase split, underscores and hyphens as spaces, single spaces. */
  private static String normalizeWords(String s) {
    return s.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT)
        .replace('_', ' ')
        .replace('-', ' ')
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The word itself, then singular readings of its last word ("toddlers", "babies"). */
  private static List<String> singulars(String n) {
    int sp = n.lastIndexOf(' ');
    String head = sp < 0 ? "" : n.substring(0, sp + 1);
    String last = n.substring(sp + 1);
    var out = new java.util.ArrayList<String>(4);
    out.add(n);
    String irregular = IRREGULAR_PLURALS.get(last);
    if (irregular != null) {
      out.add(head + irregular);
    }
    if (last.endsWith("ies") && last.length() > 3) {
      out.add(head + last.substring(0, last.length() - 3) + "y");
    }
    if (last.endsWith("s") && !last.endsWith("ss") && last.length() > 1) {
      out.add(head + last.substring(0, last.length() - 1));
    }
    return out;
  }

  /** Action verbs with a defined effect (see the monitor's effect table). */
  public static final Set<String> VERBS =
      Set.of(
          "find",
          "pick",
          "place",
          "put",
          "open",
          "close",
          "turn_on",
          "turn_off",
          "pour",
          "fill",
          "slice",
          "cut",
          "throw",
          "drop",
          "break",
          "move_to",
          "navigate",
          "hand_over",
          "wait",
          "say",
          "clean",
          "dirty",
          "empty",
          "use",
          "push",
          "pull",
          "wipe",
          "heat",
          "cook",
          "unplug",
          "plug_in",
          "carry",
          "toggle",
          "prepare",
          "inspect",
          "dispose",
          "store",
          "serve");
}
