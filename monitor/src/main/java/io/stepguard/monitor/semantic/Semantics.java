package io.stepguard.monitor.semantic;

import io.stepguard.model.Human;
import io.stepguard.model.ObjectRelation;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vocabulary;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.check.StepContext;
import io.stepguard.monitor.predict.StateChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the hazard rules read about objects (properties, roles, contents, what earlier steps did to
 * them) and the facts they cite for it. Every grounding a rule relies on becomes a fact: "'cleaver'
 * taken as knife: similarity 0.82; knife is sharp". Stateless and thread-safe.
 */
final class Semantics {
  private final Lexicon lexicon;

  Semantics(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /** Perceived properties and the lexicon's. */
  Set<String> props(StepContext ctx, SceneObject o) {
    return ctx.properties(o);
  }

  boolean has(StepContext ctx, SceneObject o, String property) {
    return ctx.properties(o).contains(property);
  }

  /** The roles of the object's lexicon entry (empty when the type is unknown). */
  Set<String> roles(StepContext ctx, SceneObject o) {
    return entry(ctx.knowledgeOf(o)).map(Lexicon.Entry::roles).orElse(Set.of());
  }

  boolean role(StepContext ctx, SceneObject o, String role) {
    return roles(ctx, o).contains(role);
  }

  Optional<Lexicon.Entry> entry(TypeKnowledge k) {
    return switch (k) {
      case TypeKnowledge.Known known -> lexicon.entry(known.entry());
      case TypeKnowledge.Similar similar -> lexicon.entry(similar.entry());
      case TypeKnowledge.Unknown unknown -> Optional.empty();
    };
  }

  /** What is known of a substance named in a state ("water", "bleach"). */
  Set<String> substance(StepContext ctx, String name) {
    return ctx.knowledge().lookup(name).properties();
  }

  /** Words saying a heat source is stood on its own rest ("stand the iron upright"). */
  private static final java.util.regex.Pattern REST =
      java.util.regex.Pattern.compile(
          "\\b(?:upright|on its (?:heel|heel rest|rest|stand|end)|on end|standing up)\\b");

  /**
   * True when step k puts {@code o}, an appliance made to rest on its heel (an iron), down on that
   * rest as its text says ("stand the iron upright"): the hot soleplate then touches nothing.
   */
  boolean standsOnItsRest(StepContext ctx, SceneObject o) {
    return role(ctx, o, "rests_upright")
        && REST.matcher(ctx.step().text().toLowerCase(java.util.Locale.ROOT)).find();
  }

  /** True when the object's type is unknown and the scene reports no property for it. */
  boolean unknown(StepContext ctx, SceneObject o) {
    return ctx.knowledgeOf(o) instanceof TypeKnowledge.Unknown && o.properties().isEmpty();
  }

  /** The object a grounding resolved to, looked up in {@code state}. */
  static Optional<SceneObject> object(Grounding g, SceneState state) {
    return g instanceof Grounding.Resolved r ? state.object(r.object().id()) : Optional.empty();
  }

  /**
   * Where the step puts, pours or drops something: its destination; when that is the held object or
   * the container being poured from (the predictor's default location after "pick X" is X itself),
   * the object the robot last went to with find / go to, as the effect table defines the location;
   * without one, none (the floor).
   */
  static Optional<SceneObject> destination(StepContext ctx) {
    Optional<SceneObject> d = object(ctx.action().destination(), ctx.before());
    if (d.isEmpty()) {
      return d;
    }
    String id = d.get().id();
    boolean held = ctx.before().robot().heldObject().map(id::equals).orElse(false);
    boolean source =
        ctx.action().verb().equals("pour")
            && object(ctx.action().target(), ctx.before())
                .map(t -> t.id().equals(id))
                .orElse(false);
    if (!held && !source) {
      return d;
    }
    // the place the robot last went to ("find X"), as the effect table defines the location
    List<StateChange> h = ctx.history();
    for (int i = h.size() - 1; i >= 0; i--) {
      StateChange c = h.get(i);
      if (c.stepIndex() < ctx.stepIndex()
          && c.subject().equals("robot")
          && c.description().startsWith("robot at ")) {
        String where = c.description().substring("robot at ".length());
        for (SceneObject o : ctx.before().objects()) {
          if (label(o).equals(where)) {
            return o.id().equals(id) ? Optional.empty() : Optional.of(o);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** What is in or on {@code o} in {@code s}, and what is in those, up to three levels. */
  static List<SceneObject> contents(SceneState s, SceneObject o) {
    var out = new ArrayList<SceneObject>();
    collect(s, o, out, 0);
    return out;
  }

  private static void collect(SceneState s, SceneObject o, List<SceneObject> out, int depth) {
    if (depth >= 3) {
      return;
    }
    for (String id : held(s, o)) {
      if (id.equals(o.id())) {
        continue;
      }
      Optional<SceneObject> c = s.object(id);
      if (c.isPresent() && !out.contains(c.get())) {
        out.add(c.get());
        collect(s, c.get(), out, depth + 1);
      }
    }
  }

  /** Label used in facts: "egg1 (egg)", or "egg" when id and type agree. */
  static String label(SceneObject o) {
    return o.id().equals(o.type()) ? o.id() : o.id() + " (" + o.type() + ")";
  }

  /**
   * Adds the fact that says what stepguard knows of {@code o} and where it comes from, naming the
   * properties in {@code relevant} that hold (all when empty), and returns its id.
   */
  String describe(FactSheet facts, StepContext ctx, SceneObject o, String... relevant) {
    TypeKnowledge k = ctx.knowledgeOf(o);
    Set<String> all = ctx.properties(o);
    var shown = new TreeSet<String>();
    if (relevant.length == 0) {
      shown.addAll(all);
    } else {
      for (String r : relevant) {
        if (all.contains(r)) {
          shown.add(r);
        }
      }
    }
    Set<String> roles = roles(ctx, o);
    String what = shown.isEmpty() ? "no listed hazard property" : String.join(", ", shown);
    var perceived = new TreeSet<>(o.properties());
    perceived.retainAll(shown);
    String percept =
        perceived.isEmpty() ? "" : " (perceived: " + String.join(", ", perceived) + ")";
    return switch (k) {
      case TypeKnowledge.Known known ->
          facts.add(
              "property",
              label(o)
                  + ": lexicon entry '"
                  + known.entry()
                  + "' (source: "
                  + known.source()
                  + "): "
                  + what
                  + percept
                  + (roles.isEmpty() ? "" : "; roles " + String.join(", ", new TreeSet<>(roles))));
      case TypeKnowledge.Similar similar ->
          facts.add(
              "grounding",
              String.format(
                  Locale.ROOT,
                  "'%s' taken as %s: similarity %.2f (encoder, %s); %s is %s%s",
                  similar.query(),
                  similar.entry(),
                  similar.similarity(),
                  similar.source(),
                  similar.entry(),
                  what,
                  percept),
              similar.similarity(),
              "");
      case TypeKnowledge.Unknown unknown ->
          facts.add(
              "grounding",
              String.format(
                  Locale.ROOT,
                  "'%s' matches no lexicon entry (best encoder similarity %.2f); perceived"
                      + " properties: %s",
                  o.type(),
                  unknown.bestSimilarity(),
                  o.properties().isEmpty()
                      ? "none"
                      : String.join(", ", new TreeSet<>(o.properties()))),
              unknown.bestSimilarity(),
              "");
    };
  }

  /**
   * Objects that heat what is in or on them in {@code s}: those that are on and heat their contents
   * or are heat sources, and every open-flame burner when a stove knob is on (the knob lights a
   * burner; the scene does not say which one).
   */
  List<SceneObject> heaters(StepContext ctx, SceneState s) {
    var out = new ArrayList<SceneObject>();
    boolean knobOn = false;
    for (SceneObject o : s.objects()) {
      if (!o.state().on()) {
        continue;
      }
      if (role(ctx, o, "heats_contents") || has(ctx, o, "heat_source")) {
        out.add(o);
      }
      if (role(ctx, o, "open_flame")
          && !role(ctx, o, "heats_contents")
          && has(ctx, o, "appliance")) {
        knobOn = true;
      }
    }
    if (knobOn) {
      for (SceneObject o : s.objects()) {
        if (!out.contains(o) && role(ctx, o, "heats_contents") && role(ctx, o, "open_flame")) {
          out.add(o);
        }
      }
    }
    return out;
  }

  /** True when {@code x} heats what it holds in {@code s} (see {@link #heaters}). */
  boolean heats(StepContext ctx, SceneState s, SceneObject x) {
    return heaters(ctx, s).stream().anyMatch(h -> h.id().equals(x.id()));
  }

  /** A fact about the predicted state. */
  static String state(FactSheet facts, String statement) {
    return facts.add("predicted_state", statement);
  }

  /** A fact about the step itself ("step 6 is turn_on microwave1"). */
  static String step(FactSheet facts, StepContext ctx) {
    return facts.add(
        "step",
        "step "
            + ctx.stepIndex()
            + " ('"
            + ctx.step().text()
            + "') is "
            + ctx.action().verb()
            + describe(ctx.action().target(), " ")
            + describe(ctx.action().destination(), " to "));
  }

  private static String describe(Grounding g, String prefix) {
    return switch (g) {
      case Grounding.Resolved r -> prefix + label(r.object());
      case Grounding.Person p -> prefix + "person " + p.human().id();
      case Grounding.Missing m -> prefix + "'" + m.name() + "' (not in the scene)";
      case Grounding.Ambiguous a -> prefix + "'" + a.name() + "' (ambiguous)";
      case Grounding.None n -> "";
    };
  }

  /**
   * The fact for the latest change an earlier step made to {@code subject} whose description
   * contains {@code mentioning} (any change when empty); empty when no earlier step changed it.
   */
  static Optional<String> setUp(
      FactSheet facts, StepContext ctx, String subject, String mentioning) {
    List<StateChange> h = ctx.history();
    for (int i = h.size() - 1; i >= 0; i--) {
      StateChange c = h.get(i);
      if (c.stepIndex() < ctx.stepIndex()
          && c.subject().equals(subject)
          && (mentioning.isEmpty() || c.description().contains(mentioning))) {
        return Optional.of(
            facts.add(
                "history",
                "step "
                    + c.stepIndex()
                    + " ('"
                    + stepText(ctx, c.stepIndex())
                    + "'): "
                    + c.description()));
      }
    }
    return Optional.empty();
  }

  private static String stepText(StepContext ctx, int k) {
    return k >= 0 && k < ctx.plan().steps().size() ? ctx.plan().steps().get(k).text() : "?";
  }

  /**
   * True when {@code o} has been heated by step k: perceived or listed hot, filled with something
   * hot, marked heated by an earlier step, or put into or onto something that was turned on while
   * it held it (or that is on now and holds it).
   */
  boolean hot(StepContext ctx, SceneState s, SceneObject o) {
    if (has(ctx, o, "hot")) {
      return true;
    }
    if (o.state().filledWith().map(l -> substance(ctx, l).contains("hot")).orElse(false)) {
      return true;
    }
    for (SceneObject c : s.objects()) {
      if (c.state().on()
          && contents(s, c).contains(o)
          && (role(ctx, c, "heats_contents") || has(ctx, c, "heat_source"))) {
        return true;
      }
    }
    List<StateChange> h = ctx.history();
    for (int i = 0; i < h.size(); i++) {
      StateChange c = h.get(i);
      if (c.stepIndex() >= ctx.stepIndex() || !c.subject().equals(o.id())) {
        continue;
      }
      if (c.description().contains("heated")) {
        return true;
      }
      if (c.description().contains(" put in/on ")) {
        // was the receptacle turned on later, while the object was still in it?
        for (int j = i + 1; j < h.size(); j++) {
          StateChange d = h.get(j);
          if (d.stepIndex() >= ctx.stepIndex()) {
            break;
          }
          if (d.subject().equals(o.id()) && d.description().contains("picked up")) {
            break;
          }
          if (d.description().endsWith("turned on")
              && heatedBy(ctx, s, c.description(), d.subject())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True when turning on {@code switched} heats the receptacle named in {@code putDescription}: the
   * receptacle itself, or a stove burner when {@code switched} is a stove knob (the scene does not
   * say which burner a knob lights, so any).
   */
  private boolean heatedBy(StepContext ctx, SceneState s, String putDescription, String switched) {
    Optional<SceneObject> sw = s.object(switched);
    if (sw.isEmpty()) {
      return false;
    }
    boolean knob =
        role(ctx, sw.get(), "open_flame")
            && has(ctx, sw.get(), "appliance")
            && !role(ctx, sw.get(), "heats_contents");
    int at = putDescription.indexOf(" put in/on ");
    String into = at < 0 ? "" : putDescription.substring(at);
    for (SceneObject r : s.objects()) {
      if (!into.contains(" " + r.id())) {
        continue;
      }
      if (r.id().equals(switched)
          && (role(ctx, r, "heats_contents") || has(ctx, r, "heat_source"))) {
        return true;
      }
      if (knob && role(ctx, r, "heats_contents") && role(ctx, r, "open_flame")) {
        return true;
      }
    }
    return false;
  }

  /** The liquid {@code o} holds, if any: its fill, or its nature (a wine bottle holds wine). */
  Optional<String> liquidIn(StepContext ctx, SceneObject o) {
    if (o.state().filledWith().isPresent()) {
      return o.state().filledWith();
    }
    if (has(ctx, o, "liquid")) {
      return Optional.of(o.type());
    }
    return Optional.empty();
  }

  // ---- issue 8: what objects hold, what they rest on, and what is brought to people

  /**
   * Ids of what {@code o} holds in {@code s}: its {@code contains} list, then every object whose
   * relations say it is inside or on top of {@code o}, and every object {@code o} is said to be
   * under (the scene's relations count like contents).
   */
  static List<String> held(SceneState s, SceneObject o) {
    var ids = new ArrayList<>(o.state().contains());
    for (SceneObject x : s.objects()) {
      for (ObjectRelation r : x.relations()) {
        if (r.restsIn() && r.object().equals(o.id()) && !ids.contains(x.id())) {
          ids.add(x.id());
        }
      }
    }
    for (ObjectRelation r : o.relations()) {
      if (r.kind().equals(ObjectRelation.UNDER) && !ids.contains(r.object())) {
        ids.add(r.object());
      }
    }
    return ids;
  }

  /**
   * Objects the scene relates to {@code o} in any way (next to, on top of, inside, under, either
   * direction): what is close enough to catch its heat or its spill.
   */
  static List<SceneObject> related(SceneState s, SceneObject o) {
    var out = new ArrayList<SceneObject>();
    for (ObjectRelation r : o.relations()) {
      s.object(r.object()).filter(x -> !out.contains(x)).ifPresent(out::add);
    }
    for (SceneObject x : s.objects()) {
      if (!out.contains(x) && x.relations().stream().anyMatch(r -> r.object().equals(o.id()))) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * Something this step brings to a person: handed, given, passed or offered (hand_over), thrown,
   * carried, brought, moved or delivered to a person (carry with a person as destination), put into
   * a person's hands, or served (an unknown verb with a person as destination). Going to a person
   * while holding it is the held-object proximity check's (geometry).
   *
   * @param object what is brought
   * @param person the recipient, when the step names one
   * @param child the recipient is a child: marked so in the scene, or named so in the step ("the
   *     kid")
   * @param verb the verb as the step's action reads it
   */
  record Delivery(SceneObject object, Optional<Human> person, boolean child, String verb) {
    /** "person p1" or "child c1", or "a person" when the step names nobody. */
    String who() {
      return person.map(h -> (child ? "child " : "person ") + h.id()).orElse("a person");
    }
  }

  /** The delivery this step makes, if any (see {@link Delivery}); pure. */
  static Optional<Delivery> delivery(StepContext ctx) {
    String v = ctx.action().verb();
    Optional<Grounding.Person> to =
        ctx.action().destination() instanceof Grounding.Person p
            ? Optional.of(p)
            : ctx.action().target() instanceof Grounding.Person q
                ? Optional.of(q)
                : Optional.empty();
    Optional<SceneObject> held = ctx.heldBefore();
    Optional<SceneObject> thing = held;
    boolean delivers;
    switch (v) {
      case "hand_over", "throw" -> delivers = true;
      case "carry", "put", "drop" -> {
        delivers = ctx.action().destination() instanceof Grounding.Person;
        if (thing.isEmpty()) {
          thing = object(ctx.action().target(), ctx.before());
        }
      }
      default -> {
        // a verb outside the effect table ("serve", "present", "feed") toward a person
        delivers = !ctx.action().known() && ctx.action().destination() instanceof Grounding.Person;
        if (thing.isEmpty()) {
          thing = object(ctx.action().target(), ctx.before());
        }
      }
    }
    if (!delivers || thing.isEmpty()) {
      return Optional.empty();
    }
    if (v.equals("throw") && to.isEmpty()) {
      return Optional.of(new Delivery(thing.get(), Optional.empty(), false, v));
    }
    boolean child = to.map(p -> p.human().isChild() || namesChild(p.name())).orElse(false);
    return Optional.of(new Delivery(thing.get(), to.map(Grounding.Person::human), child, v));
  }

  /** True when a word of {@code name} means a child ("the kid", "Toddler", "children"). */
  static boolean namesChild(String name) {
    for (String w : name.split("[^\\p{L}]+")) {
      if (!w.isEmpty() && Vocabulary.isChildWord(w)) {
        return true;
      }
    }
    return false;
  }

  /** The fact naming the recipient of a delivery and why it counts as a child, when it does. */
  static String recipient(FactSheet facts, Delivery d) {
    if (d.person().isEmpty()) {
      return facts.add("grounding", "the step names no recipient");
    }
    Human h = d.person().get();
    return facts.add(
        "grounding",
        "the recipient is person "
            + h.id()
            + (d.child()
                ? h.isChild()
                    ? ", a child (attributes "
                        + String.join(", ", new TreeSet<>(h.attributes()))
                        + ")"
                    : ", named a child in the step"
                : h.attributes().isEmpty()
                    ? ""
                    : " (attributes " + String.join(", ", new TreeSet<>(h.attributes())) + ")"));
  }

  /** Words in a substance name that say it is hot ("boiling water", "hot tea"). */
  private static final Set<String> HOT_WORDS =
      Set.of("hot", "boiling", "steaming", "scalding", "simmering", "heated", "piping");

  /** True when a substance name says it is hot ("boiling water"), or its lexicon entry is hot. */
  boolean hotSubstance(StepContext ctx, String name) {
    for (String w : Lexicon.normalize(name).split(" ")) {
      if (HOT_WORDS.contains(w)) {
        return true;
      }
    }
    return substance(ctx, name).contains("hot");
  }

  /** True when the substance is usually served hot (coffee, tea, soup: role served_hot). */
  boolean servedHot(StepContext ctx, String name) {
    return entry(ctx.knowledge().lookup(name)).map(e -> e.hasRole("served_hot")).orElse(false);
  }

  /**
   * The toxic substance {@code o} is or holds in {@code s}: itself when toxic, its fill when toxic,
   * or a toxic object inside it; empty otherwise.
   */
  Optional<String> toxicIn(StepContext ctx, SceneState s, SceneObject o) {
    if (has(ctx, o, "toxic")) {
      return Optional.of(o.type());
    }
    Optional<String> fill = s.object(o.id()).orElse(o).state().filledWith();
    if (fill.isPresent() && substance(ctx, fill.get()).contains("toxic")) {
      return fill;
    }
    return contents(s, o).stream().filter(c -> has(ctx, c, "toxic")).map(c -> c.type()).findFirst();
  }

  /**
   * The liquid an open container holds (its fill; not a sealed or lidded one such as a bottle with
   * its cap on, which the scene would report as sealed): what spills when it tips.
   */
  Optional<String> spillable(StepContext ctx, SceneObject o) {
    if (has(ctx, o, "sealed")) {
      return Optional.empty();
    }
    return o.state().filledWith();
  }

  /** Fact: what the scene or an earlier step says {@code o} holds. */
  static String holds(FactSheet facts, StepContext ctx, SceneObject o, String what) {
    boolean byScene =
        ctx.observed()
            .object(o.id())
            .map(
                x ->
                    x.state().filledWith().map(what::equals).orElse(false)
                        || held(ctx.observed(), x).stream()
                            .anyMatch(
                                id ->
                                    ctx.observed()
                                        .object(id)
                                        .map(c -> c.type().equals(what))
                                        .orElse(false)))
            .orElse(false);
    return facts.add(
        byScene ? "observed_state" : "predicted_state",
        label(o)
            + " holds "
            + what
            + " when step "
            + ctx.stepIndex()
            + " starts"
            + (byScene ? " (the scene says so)" : ""));
  }

  /**
   * Objects in {@code s} that the step's end-effector path passes over, horizontally within their
   * radius plus {@code marginM} and at or above their height (less 0.05 m): what a spill from the
   * held object lands on. Excludes the held object. Cost: O(objects x path segments).
   */
  static List<SceneObject> under(StepContext ctx, SceneState s, double marginM) {
    var path = ctx.action().eePath();
    var out = new ArrayList<SceneObject>();
    Optional<String> held = s.robot().heldObject();
    for (SceneObject o : s.objects()) {
      if (held.map(o.id()::equals).orElse(false)) {
        continue;
      }
      var c = o.pose().position();
      for (int i = 0; i < path.size(); i++) {
        var a = path.get(i);
        var b = i + 1 < path.size() ? path.get(i + 1) : a;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 < 1e-12 ? 0 : ((c.x() - a.x()) * dx + (c.y() - a.y()) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        double px = a.x() + t * dx;
        double py = a.y() + t * dy;
        double pz = a.z() + t * (b.z() - a.z());
        if (Math.hypot(px - c.x(), py - c.y()) <= o.radiusM() + marginM && pz >= c.z() - 0.05) {
          out.add(o);
          break;
        }
      }
    }
    return out;
  }

  /** A fact about a state the scene itself reports ("the scene says toaster1 is on"). */
  static String observed(FactSheet facts, String statement) {
    return facts.add("observed_state", statement);
  }

  /** True when {@code o} is on in the observed scene (not only in the prediction). */
  static boolean onInScene(StepContext ctx, SceneObject o) {
    return ctx.observed().object(o.id()).map(x -> x.state().on()).orElse(false);
  }

  /** True when the step's words say the robot's hands, gripper or tool are wet. */
  static boolean wetHands(StepContext ctx) {
    String t = " " + Lexicon.normalize(ctx.step().text()) + " ";
    String with = " " + Lexicon.normalize(ctx.action().arguments().getOrDefault("with", "")) + " ";
    for (String w : List.of(" wet ", " damp ", " dripping ", " soaked ", " soapy ")) {
      if (with.contains(w) || t.contains(w + "hand") || t.contains(w + "gripper")) {
        return true;
      }
    }
    return ctx.heldBefore().map(h -> h.state().wet()).orElse(false);
  }
}
