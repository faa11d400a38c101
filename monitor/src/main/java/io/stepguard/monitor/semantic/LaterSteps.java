package io.stepguard.monitor.semantic;

import io.stepguard.model.PlanStep;
import io.stepguard.model.SceneObject;
import io.stepguard.monitor.check.StepContext;
import io.stepguard.monitor.predict.ParsedText;
import io.stepguard.monitor.predict.Verb;
import java.util.Optional;

/** Reads the steps after step k (verb and target words only), for rules about what is left on. */
final class LaterSteps {
  private LaterSteps() {}

  /**
   * True when a step after k turns {@code o} off (or, for a stove's burner or knob, any of them).
   */
  static boolean turnsOff(StepContext ctx, SceneObject o, Semantics sem) {
    boolean stovePart = sem.role(ctx, o, "open_flame") && sem.has(ctx, o, "appliance");
    var steps = ctx.plan().steps();
    for (int j = ctx.stepIndex() + 1; j < steps.size(); j++) {
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
