package io.stepguard.monitor.semantic;

import io.stepguard.model.PlanStep;
import io.stepguard.model.SceneObject;
import io.stepguard.monitor.check.StepContext;
import io.stepguard.monitor.predict.ParsedText;
import io.stepguard.monitor.predict.Verb;
import java.util.List;
import java.util.Optional;

/** Reads the steps after step k (verb and target words only), for rules about what is left on. */
final class LaterSteps {
  private LaterSteps() {}

  /**
   * True when a step after k turns {@code o} off (or, for a stove's burner or knob, any of them).
   */
  static boolean turnsOff(StepContext ctx, SceneObject o, Semantics sem) {
    return turnsOff(ctx, o, sem, ctx.plan().steps().size());
  }

  /** True when the step right after k turns {@code o} off (see {@link #turnsOff}). */
  static boolean nextTurnsOff(StepContext ctx, SceneObject o, Semantics sem) {
    return turnsOff(ctx, o, sem, Math.min(ctx.plan().steps().size(), ctx.stepIndex() + 2));
  }

  /**
   * True when a step after k puts, pours, fills or drops something into {@code o} (names it as the
   * destination, or as the only argument of a put, or as what is filled).
   */
  static boolean loads(StepContext ctx, SceneObject o) {
    var steps = ctx.plan().steps();
    for (int j = ctx.stepIndex() + 1; j < steps.size(); j++) {
      Parsed p = parsed(steps.get(j));
      if (p.verb().isEmpty()) {
        continue;
      }
      var e = p.verb().get().effect();
      boolean named =
          p.destination().map(d -> names(d, o)).orElse(false)
              || (e == Verb.Effect.FILL || p.destination().isEmpty() && e == Verb.Effect.PUT)
                  && p.target().map(t -> names(t, o)).orElse(false);
      if (named
          && (e == Verb.Effect.PUT
              || e == Verb.Effect.POUR
              || e == Verb.Effect.FILL
              || e == Verb.Effect.DROP)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the plan's instruction asks for {@code o} to be running at the end: it names {@code
   * o} (its type, id, lexicon name or alias) or, for a water source, water, a bath, a shower, a
   * sink or a tub, or for a lamp a light, together with a verb that starts or keeps something
   * running ("turn on the light", "run a bath", "fill the sink", "leave the tap running"), and asks
   * for nothing to be turned off.
   */
  static boolean instructionAsksRunning(StepContext ctx, SceneObject o, Semantics sem) {
    String text = " " + Lexicon.normalize(ctx.plan().instruction()) + " ";
    if (text.isBlank()) {
      return false;
    }
    for (String off : List.of(" turn off ", " switch off ", " shut off ", " stop ", " off ")) {
      if (text.contains(off)) {
        return false;
      }
    }
    boolean on = false;
    for (String v :
        List.of(
            " turn on ",
            " switch on ",
            " run ",
            " running ",
            " fill ",
            " open ",
            " start ",
            " leave ",
            " keep ",
            " let ",
            " put on ",
            " draw ")) {
      if (text.contains(v)) {
        on = true;
        break;
      }
    }
    // "turn the shower on", "switch the lights on"
    on = on || (text.contains(" turn ") || text.contains(" switch ")) && text.contains(" on ");
    if (!on) {
      return false;
    }
    var words = new java.util.ArrayList<String>();
    words.addAll(List.of(Lexicon.normalize(o.type()).split(" ")));
    words.add(Lexicon.normalize(o.id()));
    sem.entry(ctx.knowledgeOf(o))
        .ifPresent(
            e -> {
              words.add(e.name());
              words.addAll(e.aliases());
            });
    if (sem.role(ctx, o, "water_source")) {
      words.addAll(List.of("water", "bath", "shower", "sink", "tub", "bathtub", "basin"));
    }
    if (sem.role(ctx, o, "hot_when_on")) {
      words.addAll(List.of("light", "lights", "lamp"));
    }
    for (String w : words) {
      if (!w.isBlank() && text.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  private record Parsed(
      Optional<Verb> verb, Optional<String> target, Optional<String> destination) {}

  private static Parsed parsed(PlanStep s) {
    if (s.action().isPresent()) {
      return new Parsed(
          Verb.parse(s.action().get().verb()),
          s.action().get().target(),
          s.action().get().destination());
    }
    ParsedText p = ParsedText.parse(s.text());
    return new Parsed(p.verb(), p.target(), p.destination());
  }

  private static boolean names(String written, SceneObject o) {
    if (written.equals(o.id())) {
      return true;
    }
    String w = Lexicon.normalize(written);
    String t = Lexicon.normalize(o.type());
    return Lexicon.key(w).equals(Lexicon.key(t))
        || (" " + w).endsWith(" " + t)
        || (" " + t).endsWith(" " + w);
  }

  private static boolean turnsOff(StepContext ctx, SceneObject o, Semantics sem, int until) {
    boolean stovePart = sem.role(ctx, o, "open_flame") && sem.has(ctx, o, "appliance");
    var steps = ctx.plan().steps();
    for (int j = ctx.stepIndex() + 1; j < until; j++) {
      PlanStep s = steps.get(j);
      Optional<Verb> verb;
      Optional<String> target;
      if (s.action().isPresent()) {
        verb = Verb.parse(s.action().get().verb());
        target = s.action().get().target();
      } else {
        ParsedText p = ParsedText.parse(s.text());
        verb = p.verb();
        target = p.target();
      }
      if (verb.isEmpty() || verb.get().effect() != Verb.Effect.TURN_OFF || target.isEmpty()) {
        continue;
      }
      String t = Lexicon.key(Lexicon.normalize(target.get()));
      if (t.equals(Lexicon.key(Lexicon.normalize(o.type()))) || target.get().equals(o.id())) {
        return true;
      }
      if (stovePart) {
        var k = sem.entry(ctx.knowledge().lookup(target.get()));
        if (k.isPresent() && k.get().hasRole("open_flame") && k.get().has("appliance")) {
          return true;
        }
      }
    }
    return false;
  }
}
