package io.stepguard.monitor.semantic;

import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
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
    for (String id : o.state().contains()) {
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
}
