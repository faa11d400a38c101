package io.stepguard.monitor.predict;

import io.stepguard.model.Human;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Vocabulary;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import io.stepguard.monitor.semantic.TypeKnowledge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves a name from a step ("knife1", "the knife", "Microwave", "cleaver", "the child", "it",
 * "the soup") to a scene object or person. A name is a noun phrase, its head noun last ("the big
 * red mug"); relations ("next to the cake") are split off by the parser and passed as an anchor.
 *
 * <p>Order: pronoun (the antecedent the caller gives, else the held object), exact id (case and
 * separators ignored), person words, type name, a liquid or food that an object holds ("the soup"
 * is the pot filled with soup), then the object knowledge (an object whose type maps to the same
 * lexicon entry). Type matches come in tiers: exact type, then a type more specific than the name
 * ("knife" for "kitchen knife"), then a name more specific than the type ("broken glass" for a
 * "glass"). Among several candidates of the best tier, the one nearest the anchor (or {@code from})
 * wins, unless they differ in a hazardous property (sharp, hot, toxic, electrical, a heat source,
 * flammable, lit, running, what they hold) and no anchor tells them apart: then the name is {@link
 * Grounding.Ambiguous} and names them. A name whose modifiers claim a hazard ("broken", "hot",
 * "sharp", "toxic"...) that its only candidates lack is ambiguous too: "the broken glass" never
 * silently becomes a water glass. Cost: O(objects) lookups, each cached by the knowledge. Stateless
 * and thread-safe.
 */
public final class SceneGrounder {
  private static final Set<String> CHILD_WORDS =
      Set.of(
          "child",
          "children",
          "kid",
          "kids",
          "boy",
          "girl",
          "baby",
          "toddler",
          "infant",
          "son",
          "daughter",
          "grandchild",
          "grandson",
          "granddaughter");
  private static final Set<String> PERSON_WORDS =
      Set.of(
          "person",
          "human",
          "man",
          "woman",
          "people",
          "someone",
          "user",
          "operator",
          "him",
          "her",
          "me",
          "us",
          "guest",
          "guests",
          "worker",
          "owner",
          "adult",
          "somebody",
          "customer",
          "manager",
          "mom",
          "mum",
          "mother",
          "dad",
          "father",
          "grandma",
          "grandpa",
          "grandmother",
          "grandfather",
          "wife",
          "husband",
          "friend",
          "visitor",
          "patient",
          "resident",
          "elder",
          "lady",
          "gentleman",
          "boss",
          "colleague",
          "neighbor",
          "neighbour",
          "client",
          "chef",
          "teenager",
          "student",
          "everyone",
          "anybody",
          "anyone",
          "player",
          "roommate",
          "sister",
          "brother",
          "aunt",
          "uncle",
          "partner",
          "family");

  /** Properties under which two candidates for one name are not interchangeable. */
  public static final Set<String> HAZARD_PROPERTIES =
      Set.of("sharp", "hot", "toxic", "electrical", "heat_source", "flammable", "lit", "aerosol");

  /** Modifiers in a name that claim a hazardous property ("the broken glass" is sharp). */
  private static final Map<String, String> HAZARD_MODIFIERS =
      Map.ofEntries(
          Map.entry("broken", "sharp"),
          Map.entry("cracked", "sharp"),
          Map.entry("shattered", "sharp"),
          Map.entry("chipped", "sharp"),
          Map.entry("sharp", "sharp"),
          Map.entry("hot", "hot"),
          Map.entry("boiling", "hot"),
          Map.entry("scalding", "hot"),
          Map.entry("burning", "hot"),
          Map.entry("steaming", "hot"),
          Map.entry("lit", "lit"),
          Map.entry("toxic", "toxic"),
          Map.entry("poisonous", "toxic"),
          Map.entry("poison", "toxic"),
          Map.entry("live", "electrical"),
          Map.entry("frayed", "electrical"),
          Map.entry("flammable", "flammable"));

  private final ObjectKnowledge knowledge;

  public SceneGrounder(ObjectKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** True when {@code word} names a person ("child", "me", "the guest"'s head). */
  public static boolean isPersonWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CHILD_WORDS.contains(w) || PERSON_WORDS.contains(w) || Vocabulary.isChildWord(w);
  }

  /** Grounds {@code rawName} with no antecedent and no anchor; nearest to {@code from} wins. */
  public Grounding ground(String rawName, SceneState scene, Vec3 from) {
    return ground(rawName, scene, from, Optional.empty(), Optional.empty());
  }

  /**
   * Grounds {@code rawName}.
   *
   * @param from where distances are measured from when nothing else decides (the end-effector), m
   * @param antecedent what a pronoun refers to (the object last mentioned), when known
   * @param anchor the position of the object a relation names ("next to the cake"): the candidate
   *     nearest to it wins and the name is never ambiguous
   */
  public Grounding ground(
      String rawName,
      SceneState scene,
      Vec3 from,
      Optional<SceneObject> antecedent,
      Optional<Vec3> anchor) {
    String name = Verb.normalize(rawName);
    if (ParsedText.PRONOUNS.contains(name)) {
      Optional<SceneObject> ref =
          antecedent.or(() -> scene.robot().heldObject().flatMap(scene::object));
      if (ref.isPresent()) {
        return new Grounding.Resolved(
            rawName, ref.get(), "pronoun", knowledge.lookup(ref.get().type()));
      }
      return new Grounding.Missing(rawName, new TypeKnowledge.Unknown(rawName, 0));
    }
    Optional<SceneObject> byId = scene.object(rawName).or(() -> byNormalizedId(scene, name));
    if (byId.isPresent()) {
      return new Grounding.Resolved(rawName, byId.get(), "id", knowledge.lookup(byId.get().type()));
    }
    Optional<Human> human =
        scene
            .human(rawName)
            .or(
                () ->
                    scene.humans().stream()
                        .filter(h -> Verb.normalize(h.id()).equals(name))
                        .findFirst());
    if (human.isPresent()) {
      return new Grounding.Person(rawName, human.get());
    }
    String head = lastWord(name);
    if (isPersonWord(head) && !isPersonWord(name.split(" ")[0])) {
      // "the toaster as the person in charge": the person is in a run-on clause, not the name.
      Optional<Grounding> before = beforeAClauseWord(rawName, name, scene, from, anchor);
      if (before.isPresent()) {
        return before.get();
      }
    }
    if (isPersonWord(head)) {
      boolean child = CHILD_WORDS.contains(head) || Vocabulary.isChildWord(head);
      var people = scene.humans().stream().filter(h -> !child || h.isChild()).toList();
      if (people.isEmpty()) {
        people = scene.humans();
      }
      Vec3 near = anchor.orElse(from);
      var nearest =
          people.stream().min(Comparator.comparingDouble(h -> h.position().distanceXyTo(near)));
      if (nearest.isPresent()) {
        return new Grounding.Person(rawName, nearest.get());
      }
      return new Grounding.Missing(rawName, new TypeKnowledge.Unknown(rawName, 0));
    }
    Optional<Grounding> byName = byType(rawName, name, scene, from, anchor);
    if (byName.isEmpty() && !singular(name).equals(name)) {
      byName = byType(rawName, singular(name), scene, from, anchor);
    }
    if (byName.isEmpty()) {
      byName = beforeAClauseWord(rawName, name, scene, from, anchor);
    }
    return byName.orElseGet(() -> new Grounding.Missing(rawName, knowledge.lookup(name)));
  }

  /**
   * Words that cannot continue a noun phrase: a conjunction, a subordinator or a personal pronoun.
   * A name that runs on past one ("pan as the supervisor i authorise this") is a noun phrase
   * followed by a clause the parser did not cut.
   */
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "as",
          "because",
          "since",
          "so",
          "which",
          "that",
          "who",
          "whom",
          "whose",
          "while",
          "whilst",
          "and",
          "but",
          "or",
          "if",
          "unless",
          "although",
          "though",
          "when",
          "where",
          "i",
          "we",
          "you",
          "he",
          "she",
          "they",
          "me",
          "us",
          "please",
          "note",
          "nb",
          "ps");

  /** At most this many split points are tried per name: grounding stays bounded. */
  private static final int MAX_CLAUSE_SPLITS = 3;

  /**
   * The noun phrase before the first clause word of a name that does not ground as a whole: "pan as
   * safety supervisor i" grounds as "pan" (how: "before a clause"). The words after it are not read
   * as part of the name; the step is judged on the object they follow, so a run-on text can never
   * hide the object from the hazard rules.
   */
  private Optional<Grounding> beforeAClauseWord(
      String rawName, String name, SceneState scene, Vec3 from, Optional<Vec3> anchor) {
    List<String> words = List.of(name.split(" "));
    int tried = 0;
    for (int i = 1; i < words.size() && tried < MAX_CLAUSE_SPLITS; i++) {
      if (!CLAUSE_WORDS.contains(words.get(i))) {
        continue;
      }
      tried++;
      String head = String.join(" ", words.subList(0, i));
      Optional<Grounding> g = byType(rawName, head, scene, from, anchor);
      if (g.isEmpty() && !singular(head).equals(head)) {
        g = byType(rawName, singular(head), scene, from, anchor);
      }
      if (g.isPresent() && g.get() instanceof Grounding.Resolved r) {
        return Optional.of(
            new Grounding.Resolved(rawName, r.object(), "before a clause", r.knowledge()));
      }
      if (g.isPresent()) {
        return g;
      }
    }
    return Optional.empty();
  }

  private Optional<Grounding> byType(
      String rawName, String name, SceneState scene, Vec3 from, Optional<Vec3> anchor) {
    var exact = new ArrayList<SceneObject>();
    var moreSpecificType = new ArrayList<SceneObject>();
    var moreSpecificName = new ArrayList<SceneObject>();
    for (SceneObject o : scene.objects()) {
      String type = Verb.normalize(o.type());
      if (sameWords(type, name) || sameWords(singular(type), singular(name))) {
        exact.add(o);
      } else if ((" " + type).endsWith(" " + name)
          || (" " + singular(type)).endsWith(" " + singular(name))) {
        moreSpecificType.add(o);
      } else if ((" " + name).endsWith(" " + type)
          || (" " + singular(name)).endsWith(" " + singular(type))) {
        moreSpecificName.add(o);
      }
    }
    TypeKnowledge asked = knowledge.lookup(name);
    Set<String> claimed = claimedHazards(name, asked);
    if (!exact.isEmpty()) {
      return Optional.of(choose(rawName, exact, scene, from, anchor, "type", Set.of()));
    }
    if (!moreSpecificType.isEmpty()) {
      return Optional.of(choose(rawName, moreSpecificType, scene, from, anchor, "type", claimed));
    }
    // A liquid or food named by what a container holds: "the soup", "the hot water".
    var holders =
        scene.objects().stream()
            .filter(
                o ->
                    o.state()
                        .filledWith()
                        .map(
                            f -> {
                              String sub = singular(Verb.normalize(f));
                              String n = singular(name);
                              // "the coffee" for a cup of iced coffee: every word of the
                              // name is a word of the contents
                              return sameWords(sub, n)
                                  || (" " + n).endsWith(" " + sub)
                                  || List.of(sub.split(" ")).containsAll(List.of(n.split(" ")));
                            })
                        .orElse(false))
            .toList();
    if (!holders.isEmpty()) {
      Optional<SceneObject> held =
          scene.robot().heldObject().flatMap(scene::object).filter(holders::contains);
      if (held.isPresent()) {
        return Optional.of(
            new Grounding.Resolved(
                rawName, held.get(), "contents", knowledge.lookup(held.get().type())));
      }
      return Optional.of(choose(rawName, holders, scene, from, anchor, "contents", Set.of()));
    }
    Optional<String> entry = entry(asked);
    var similar = new ArrayList<SceneObject>();
    if (entry.isPresent()) {
      for (SceneObject o : scene.objects()) {
        if (entry.equals(entry(knowledge.lookup(o.type())))) {
          similar.add(o);
        }
      }
    }
    if (!moreSpecificName.isEmpty()) {
      // "the broken glass" with a water glass in the scene: the extra words may be the point.
      var all = new ArrayList<SceneObject>(moreSpecificName);
      similar.stream().filter(o -> !all.contains(o)).forEach(all::add);
      return Optional.of(choose(rawName, all, scene, from, anchor, "type", claimed));
    }
    if (!similar.isEmpty()) {
      return Optional.of(choose(rawName, similar, scene, from, anchor, "similar", claimed));
    }
    return Optional.empty();
  }

  /** The nearest candidate, or Ambiguous when the candidates differ in a hazardous way. */
  private Grounding choose(
      String rawName,
      List<SceneObject> candidates,
      SceneState scene,
      Vec3 from,
      Optional<Vec3> anchor,
      String how,
      Set<String> claimed) {
    SceneObject best = nearest(candidates, anchor.orElse(from)).orElseThrow();
    if (anchor.isEmpty()) {
      var profiles = new LinkedHashSet<Set<String>>();
      for (SceneObject o : candidates) {
        profiles.add(hazardProfile(o));
      }
      if (profiles.size() > 1) {
        return new Grounding.Ambiguous(
            rawName,
            sorted(candidates, from),
            "the candidates differ in "
                + String.join(", ", differences(candidates))
                + "; stepguard does not guess which one is meant");
      }
    }
    if (!claimed.isEmpty()) {
      var lacking = new TreeSet<String>(claimed);
      lacking.removeAll(hazardProfile(best));
      if (!lacking.isEmpty()) {
        return new Grounding.Ambiguous(
            rawName,
            sorted(candidates, from),
            "the name says "
                + String.join(", ", lacking)
                + " but no candidate is known to be: it may be another object, or one not"
                + " perceived");
      }
    }
    return new Grounding.Resolved(rawName, best, how, knowledge.lookup(best.type()));
  }

  /** The hazardous properties of an object (perceived, known, and from its state). */
  public Set<String> hazardProfile(SceneObject o) {
    var p = new TreeSet<String>();
    for (String s : o.properties()) {
      if (HAZARD_PROPERTIES.contains(s)) {
        p.add(s);
      }
    }
    for (String s : knowledge.lookup(o.type()).properties()) {
      if (HAZARD_PROPERTIES.contains(s)) {
        p.add(s);
      }
    }
    if (o.state().on()) {
      p.add("running");
    }
    o.state()
        .filledWith()
        .ifPresent(
            f -> {
              for (String s : knowledge.lookup(f).properties()) {
                if (HAZARD_PROPERTIES.contains(s)) {
                  p.add("holds " + s);
                }
              }
            });
    return p;
  }

  private List<String> differences(List<SceneObject> candidates) {
    var all = new TreeSet<String>();
    var common = new TreeSet<String>(hazardProfile(candidates.getFirst()));
    for (SceneObject o : candidates) {
      Set<String> p = hazardProfile(o);
      all.addAll(p);
      common.retainAll(p);
    }
    all.removeAll(common);
    return List.copyOf(all);
  }

  private Set<String> claimedHazards(String name, TypeKnowledge asked) {
    var claimed = new TreeSet<String>();
    String[] words = name.split(" ");
    for (int i = 0; i < words.length - 1; i++) {
      String p = HAZARD_MODIFIERS.get(words[i]);
      if (p != null) {
        claimed.add(p);
      }
    }
    if (words.length > 1) {
      for (String s : asked.properties()) {
        if (HAZARD_PROPERTIES.contains(s)) {
          claimed.add(s);
        }
      }
    }
    return claimed;
  }

  private static Optional<SceneObject> byNormalizedId(SceneState scene, String name) {
    String compact = name.replace(" ", "");
    return scene.objects().stream()
        .filter(
            o -> {
              String id = Verb.normalize(o.id());
              return id.equals(name) || id.replace(" ", "").equals(compact);
            })
        .findFirst();
  }

  private static Optional<String> entry(TypeKnowledge k) {
    return switch (k) {
      case TypeKnowledge.Known known -> Optional.of(known.entry());
      case TypeKnowledge.Similar similar -> Optional.of(similar.entry());
      case TypeKnowledge.Unknown unknown -> Optional.empty();
    };
  }

  /** "knife" matches "kitchen knife" and the reverse, on whole words. */
  static boolean typeMatches(String type, String name) {
    if (type.equals(name)) {
      return true;
    }
    String t = type.replace(" ", "");
    String n = name.replace(" ", "");
    return t.equals(n) || (" " + name).endsWith(" " + type) || (" " + type).endsWith(" " + name);
  }

  private static boolean sameWords(String a, String b) {
    return a.equals(b) || a.replace(" ", "").equals(b.replace(" ", ""));
  }

  /** The name with its head noun in the singular ("knives" is knife, "boxes" is box). */
  static String singular(String name) {
    int i = name.lastIndexOf(' ');
    String head = i < 0 ? name : name.substring(i + 1);
    String prefix = i < 0 ? "" : name.substring(0, i + 1);
    String s = head;
    if (head.length() > 3 && head.endsWith("ves")) {
      s = head.substring(0, head.length() - 3) + (head.endsWith("ives") ? "ife" : "f");
    } else if (head.length() > 3 && head.endsWith("ies")) {
      s = head.substring(0, head.length() - 3) + "y";
    } else if (head.length() > 3
        && (head.endsWith("ches")
            || head.endsWith("shes")
            || head.endsWith("xes")
            || head.endsWith("sses")
            || head.endsWith("oes"))) {
      s = head.substring(0, head.length() - 2);
    } else if (head.length() > 2 && head.endsWith("s") && !head.endsWith("ss")) {
      s = head.substring(0, head.length() - 1);
    }
    return prefix + s;
  }

  private static String lastWord(String s) {
    int i = s.lastIndexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  private static List<SceneObject> sorted(List<SceneObject> candidates, Vec3 from) {
    return candidates.stream()
        .sorted(
            Comparator.comparingDouble((SceneObject o) -> o.pose().position().distanceTo(from))
                .thenComparing(SceneObject::id))
        .toList();
  }

  private static Optional<SceneObject> nearest(List<SceneObject> candidates, Vec3 from) {
    return candidates.stream()
        .min(
            Comparator.comparingDouble((SceneObject o) -> o.pose().position().distanceTo(from))
                .thenComparing(SceneObject::id));
  }
}
