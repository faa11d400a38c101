package io.stepguard.monitor.predict;

import io.stepguard.model.Action;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Human;
import io.stepguard.model.ObjectState;
import io.stepguard.model.PlanStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.check.ResolvedAction;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import io.stepguard.monitor.semantic.TypeKnowledge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the effects of a plan's steps, in order, to a scene, so that step k is judged in the
 * world steps 0..k-1 will have made. The effect of each verb is documented on {@link Verb}. Cost:
 * O(steps x objects). Stateless and thread-safe.
 */
public final class WorldPredictor {
  /** Distance short of a person's footprint at which a hand-over path ends, m. */
  public static final double HAND_OVER_STANDOFF_M = 0.35;

  private static final String DEFAULT_LIQUID = "water";

  /**
   * Argument set on a resolved action that is not what the text literally said: the verb as written
   * ("cook" resolved to turn_on, "toggle" to turn_off, "get" with a destination to carry).
   */
  public static final String AS_WRITTEN = "as_written";

  /** Argument of a resolved "cook X in Y": the id (or substance) of X, heated inside Y. */
  public static final String HEATS = "heats";

  private final ObjectKnowledge knowledge;
  private final SceneGrounder grounder;

  public WorldPredictor(ObjectKnowledge knowledge) {
    this.knowledge = knowledge;
    this.grounder = new SceneGrounder(knowledge);
  }

  /** Predicts every step of {@code plan} starting from {@code scene}. */
  public List<PredictedStep> predict(ActionPlan plan, SceneState scene) {
    var out = new ArrayList<PredictedStep>(plan.steps().size());
    SceneState state = scene;
    Optional<String> location = Optional.empty();
    var mentions = new ArrayList<String>();
    for (PlanStep step : plan.steps()) {
      var run = new StepRun(step, state, location, mentions);
      run.resolve();
      run.apply();
      out.add(new PredictedStep(step.index(), run.start, run.state, run.resolved, run.changes));
      state = run.state;
      location = run.location;
      run.mentioned()
          .forEach(
              id -> {
                mentions.remove(id);
                mentions.add(id);
              });
    }
    return out;
  }

  /** Words of a dispose verb: with no destination the object goes into a bin, if one is seen. */
  private static final Set<String> DISPOSE_WORDS =
      Set.of(
          "dispose",
          "dispose of",
          "discard",
          "throw away",
          "throw out",
          "trash",
          "bin",
          "recycle",
          "get rid of");

  /** Type words of a waste bin. */
  private static final List<String> BIN_WORDS =
      List.of("trash", "bin", "garbage", "waste", "rubbish", "recycling", "dustbin", "litter");

  /** The mutable work of predicting one step. */
  private final class StepRun {
    final PlanStep step;
    final SceneState before;

    /** The state when the step's main action starts: {@code before} plus an implied grasp. */
    SceneState start;

    SceneState state;
    Optional<String> location;
    final List<String> mentions;
    final List<StateChange> changes = new ArrayList<>();
    ResolvedAction resolved;
    Optional<Verb> verb = Optional.empty();
    String withWords = "";

    /** The object an implied pick grasped at the start of this step ("put X in Y" unheld). */
    Optional<SceneObject> impliedPick = Optional.empty();

    Map<String, String> args = new LinkedHashMap<>();

    StepRun(PlanStep step, SceneState before, Optional<String> location, List<String> mentions) {
      this.step = step;
      this.before = before;
      this.start = before;
      this.state = before;
      this.location = location;
      this.mentions = mentions;
    }

    /** Objects this step names, in the order named (for pronouns in later steps). */
    List<String> mentioned() {
      var out = new ArrayList<String>();
      for (Grounding g : List.of(resolved.target(), resolved.destination())) {
        if (g instanceof Grounding.Resolved r) {
          out.add(r.object().id());
        }
      }
      Optional.ofNullable(resolved.arguments().get(HEATS)).ifPresent(h -> out.addFirst(h));
      return out;
    }

    void resolve() {
      Vec3 ee = before.robot().eePose().position();
      String verbWords;
      Optional<String> target;
      Optional<String> destination;
      boolean fromText;
      if (step.action().isPresent()) {
        Action a = step.action().get();
        verbWords = Verb.normalize(a.verb());
        verb = Verb.parse(a.verb());
        target = a.target();
        destination = a.destination();
        args.putAll(a.arguments());
        fromText = false;
      } else {
        ParsedText p = ParsedText.parse(step.text());
        verbWords = p.verbWords();
        verb = p.verb();
        target = p.target();
        destination = p.destination();
        args.putAll(p.arguments());
        p.with().ifPresent(w -> args.put("with", w));
        withWords = p.with().orElse("");
        fromText = true;
      }
      Optional<String> held = before.robot().heldObject();
      Grounding tg =
          target
              .map(
                  t ->
                      isPronoun(t)
                          ? grounder.ground(t, before, ee, antecedent(Set.of()), Optional.empty())
                          : groundWithLeftover(t, ee, anchor(ParsedText.TARGET_ANCHOR, ee)))
              .orElse(Grounding.NONE);
      Set<String> targetIds =
          tg instanceof Grounding.Resolved r ? Set.of(r.object().id()) : Set.of();
      Grounding dg =
          destination
              .map(
                  d ->
                      grounder.ground(
                          d,
                          before,
                          ee,
                          isPronoun(d) ? antecedent(targetIds) : Optional.empty(),
                          anchor(ParsedText.DESTINATION_ANCHOR, ee)))
              .orElse(Grounding.NONE);
      // "soak the pan in water", "boil the eggs in water": a liquid named as the place.
      if (dg instanceof Grounding.Missing m
          && knowledge.lookup(m.name()).properties().contains("liquid")) {
        args.putIfAbsent("liquid", m.name());
        dg = Grounding.NONE;
      }
      // "get a knife for the child": the beneficiary receives it.
      if (dg instanceof Grounding.None && args.containsKey(ParsedText.FOR) && verb.isPresent()) {
        var e = verb.get().effect();
        if (e == Verb.Effect.CARRY || e == Verb.Effect.HAND_OVER || e == Verb.Effect.PICK) {
          Grounding f = grounder.ground(args.get(ParsedText.FOR), before, ee);
          if (f instanceof Grounding.Person) {
            dg = f;
          }
        }
      }
      verb = effectiveVerb(verbWords, tg, dg);
      // "put Microwave" (AI2-THOR): the only argument of put is where the held object goes.
      if (verb.isPresent()
          && (verb.get().effect() == Verb.Effect.PUT || verb.get().effect() == Verb.Effect.CARRY)
          && dg instanceof Grounding.None
          && held.isPresent()
          && !(tg instanceof Grounding.Resolved r && r.object().id().equals(held.get()))
          && !DISPOSE_WORDS.contains(verbWords)) {
        dg = tg;
        tg = heldGrounding();
      }
      if (verb.isPresent()
          && DISPOSE_WORDS.contains(verbWords)
          && dg instanceof Grounding.None
          && tg instanceof Grounding.Resolved t) {
        dg = bin(t.object(), ee);
      }
      // "cook X in Y": X goes into Y, and Y's heating runs (resolved to turn_on Y).
      if (verb.isPresent() && verb.get().effect() == Verb.Effect.COOK) {
        var cooked = cookIn(tg, dg, ee);
        tg = cooked[0];
        dg = cooked[1];
      }
      // "put X in Y" with no earlier pick: X is grasped first, as pick + put would.
      if (verb.isPresent() && tg instanceof Grounding.Resolved t && impliedPick.isEmpty()) {
        var e = verb.get().effect();
        boolean moves =
            e == Verb.Effect.PUT
                || e == Verb.Effect.HAND_OVER
                || e == Verb.Effect.THROW
                || e == Verb.Effect.DROP
                || (e == Verb.Effect.POUR && held.isEmpty());
        boolean isDest =
            dg instanceof Grounding.Resolved d && d.object().id().equals(t.object().id());
        if (moves && !held.map(t.object().id()::equals).orElse(false) && !isDest && movable(t)) {
          grasp(t.object(), verbWords);
        }
      }
      Optional<String> heldNow = start.robot().heldObject();
      // "pour" / "drop" / "put" with no place: where the robot is.
      if (verb.isPresent() && dg instanceof Grounding.None && location.isPresent()) {
        var e = verb.get().effect();
        if (e == Verb.Effect.POUR || e == Verb.Effect.DROP || e == Verb.Effect.PUT) {
          // Never the held object itself: it is what is put, poured or dropped.
          Optional<SceneObject> loc =
              start.object(location.get()).filter(o -> !heldNow.map(o.id()::equals).orElse(false));
          if (loc.isPresent()) {
            dg =
                new Grounding.Resolved(
                    loc.get().id(), loc.get(), "location", knowledge.lookup(loc.get().type()));
          }
        }
      }
      if (verb.isPresent() && tg instanceof Grounding.None && heldNow.isPresent()) {
        var e = verb.get().effect();
        if (e == Verb.Effect.POUR
            || e == Verb.Effect.THROW
            || e == Verb.Effect.DROP
            || e == Verb.Effect.HAND_OVER
            || e == Verb.Effect.PUT
            || e == Verb.Effect.CARRY) {
          tg = heldGrounding();
        }
      }
      if (!withWords.isEmpty() && !args.containsKey("with")) {
        args.put("with", withWords);
      }
      state = start;
      List<Vec3> path = path(tg, dg, ee);
      double speed = step.motion().flatMap(m -> m.speedMps()).orElse(before.robot().maxSpeedMps());
      resolved =
          new ResolvedAction(
              verb.map(Verb::id)
                  .orElse(verbWords.isEmpty() ? "(none)" : verbWords.replace(' ', '_')),
              verb.isPresent(),
              fromText,
              tg,
              dg,
              args,
              path,
              speed,
              step.motion().map(m -> m.frameId()));
    }

    private boolean isPronoun(String name) {
      return ParsedText.PRONOUNS.contains(Verb.normalize(name));
    }

    /** The object last mentioned by an earlier step (not one of {@code except}). */
    private Optional<SceneObject> antecedent(Set<String> except) {
      for (int i = mentions.size() - 1; i >= 0; i--) {
        String id = mentions.get(i);
        if (!except.contains(id)) {
          Optional<SceneObject> o = before.object(id);
          if (o.isPresent()) {
            return o;
          }
        }
      }
      return Optional.empty();
    }

    /** Where the object named by a relation ("next to the cake") is, if it can be grounded. */
    private Optional<Vec3> anchor(String key, Vec3 ee) {
      String name = args.get(key);
      if (name == null) {
        return Optional.empty();
      }
      return switch (grounder.ground(name, before, ee)) {
        case Grounding.Resolved r -> Optional.of(r.object().pose().position());
        case Grounding.Person p -> Optional.of(p.human().position());
        default -> Optional.empty();
      };
    }

    /** The verb the step's words and groundings amount to (see {@link Verb}). */
    private Optional<Verb> effectiveVerb(String verbWords, Grounding tg, Grounding dg) {
      if (verb.isEmpty()) {
        return verb;
      }
      Verb v = verb.get();
      boolean hasDest = !(dg instanceof Grounding.None);
      switch (v.effect()) {
        case PICK -> {
          // "take the plate to the kitchen", "get me a knife": picked and carried there.
          if (hasDest) {
            args.put(AS_WRITTEN, verbWords);
            return Optional.of(Verb.CARRY);
          }
        }
        case HAND_OVER -> {
          // "serve the soup in the bowl": given to a place, it is put there.
          if (dg instanceof Grounding.Resolved) {
            args.put(AS_WRITTEN, verbWords);
            return Optional.of(Verb.PUT);
          }
        }
        case TOGGLE -> {
          args.put(AS_WRITTEN, verbWords);
          boolean on = tg instanceof Grounding.Resolved r && r.object().state().on();
          return Optional.of(on ? Verb.TURN_OFF : Verb.TURN_ON);
        }
        case PUT -> {
          // "transfer the soup into the bowl": a liquid named by its container is poured.
          if (tg instanceof Grounding.Resolved r && r.how().equals("contents")) {
            args.put(AS_WRITTEN, verbWords);
            return Optional.of(Verb.POUR);
          }
        }
        default -> {}
      }
      return verb;
    }

    /** "cook X in Y" to turn_on Y with X inside; "boil the kettle" to turn_on the kettle. */
    private Grounding[] cookIn(Grounding tg, Grounding dg, Vec3 ee) {
      if (dg instanceof Grounding.Resolved y) {
        if (tg instanceof Grounding.Resolved x && !x.object().id().equals(y.object().id())) {
          if (!start.robot().heldObject().map(x.object().id()::equals).orElse(false)) {
            grasp(x.object(), "cook");
          }
          placeInto(x.object(), y.object());
          args.put(HEATS, x.object().id());
          args.put(AS_WRITTEN, "cook");
          verb = Optional.of(Verb.TURN_ON);
          return new Grounding[] {dg, Grounding.NONE};
        }
        if (tg instanceof Grounding.Missing x
            && !(knowledge.lookup(x.name()) instanceof TypeKnowledge.Unknown)) {
          SceneObject yo = start.object(y.object().id()).orElse(y.object());
          start = start.withObject(yo.withState(yo.state().withFilledWith(Optional.of(x.name()))));
          changes.add(
              new StateChange(
                  step.index(), yo.id(), label(yo) + " filled with " + x.name() + " to cook it"));
          args.put(HEATS, x.name());
          args.put(AS_WRITTEN, "cook");
          verb = Optional.of(Verb.TURN_ON);
          return new Grounding[] {dg, Grounding.NONE};
        }
        return new Grounding[] {tg, dg};
      }
      if (dg instanceof Grounding.None && tg instanceof Grounding.Resolved x) {
        Set<String> p = new java.util.HashSet<>(x.object().properties());
        p.addAll(knowledge.lookup(x.object().type()).properties());
        if (p.contains("appliance") || p.contains("heat_source")) {
          args.put(AS_WRITTEN, "cook");
          verb = Optional.of(Verb.TURN_ON);
        }
      }
      return new Grounding[] {tg, dg};
    }

    /** Nearest waste bin in the scene, else none (the object is put where the robot is). */
    private Grounding bin(SceneObject what, Vec3 ee) {
      return before.objects().stream()
          .filter(o -> !o.id().equals(what.id()))
          .filter(
              o -> {
                String t = " " + Verb.normalize(o.type()) + " ";
                return BIN_WORDS.stream().anyMatch(w -> t.contains(" " + w + " "));
              })
          .min(java.util.Comparator.comparingDouble(o -> o.pose().position().distanceTo(ee)))
          .<Grounding>map(o -> new Grounding.Resolved(o.id(), o, "bin", knowledge.lookup(o.type())))
          .orElse(Grounding.NONE);
    }

    /** Furniture stays where it is: "put the table..." does not lift a table. */
    private boolean movable(Grounding.Resolved r) {
      return !r.object().properties().contains("furniture")
          && !knowledge.lookup(r.object().type()).properties().contains("furniture");
    }

    /** An implied pick: {@code o} is in the hand when the step's main action starts. */
    private void grasp(SceneObject o, String why) {
      int k = step.index();
      start
          .robot()
          .heldObject()
          .filter(h -> !h.equals(o.id()))
          .ifPresent(
              h ->
                  changes.add(
                      new StateChange(
                          k, h, label(h) + " still held while " + label(o) + " is picked")));
      state = start;
      removeFromContainers(o.id());
      start = state.withRobot(state.robot().withHeldObject(Optional.of(o.id())));
      state = start;
      impliedPick = start.object(o.id());
      changes.add(
          new StateChange(k, o.id(), label(o) + " picked up and held (implied by '" + why + "')"));
    }

    /** "cook X in Y": X is put in Y before Y heats. */
    private void placeInto(SceneObject x, SceneObject y) {
      state = start;
      addContent(y.id(), x.id());
      moveObject(x.id(), y.pose().position());
      state = state.withRobot(state.robot().withHeldObject(Optional.empty()));
      start = state;
      changes.add(new StateChange(step.index(), y.id(), label(x) + " put in/on " + label(y)));
      changes.add(new StateChange(step.index(), x.id(), label(x) + " put in/on " + label(y)));
    }

    /** Grounds a name; if it fails, grounds shorter prefixes and keeps the rest as "with". */
    private Grounding groundWithLeftover(String name, Vec3 from, Optional<Vec3> anchor) {
      Grounding g = grounder.ground(name, before, from, Optional.empty(), anchor);
      if (!(g instanceof Grounding.Missing)) {
        return g;
      }
      String[] words = Verb.normalize(name).split(" ");
      for (int n = words.length - 1; n >= 1; n--) {
        String prefix = String.join(" ", java.util.Arrays.copyOf(words, n));
        Grounding p = grounder.ground(prefix, before, from);
        if (!(p instanceof Grounding.Missing)) {
          withWords = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
          return p;
        }
      }
      return g;
    }

    private Grounding heldGrounding() {
      SceneObject h = start.robot().heldObject().flatMap(start::object).orElseThrow();
      return new Grounding.Resolved(h.id(), h, "held", knowledge.lookup(h.type()));
    }

    private List<Vec3> path(Grounding tg, Grounding dg, Vec3 ee) {
      var path = new ArrayList<Vec3>();
      path.add(ee);
      if (step.motion().isPresent() && !step.motion().get().eeWaypoints().isEmpty()) {
        path.addAll(step.motion().get().eeWaypoints());
        return path;
      }
      // An implied pick reaches the object first, where it was when the step began.
      impliedPick
          .flatMap(o -> before.object(o.id()))
          .map(o -> o.pose().position())
          .filter(e -> e.distanceTo(ee) > 1e-9)
          .ifPresent(path::add);
      Optional<Vec3> end = endpoint(tg, dg, ee);
      end.filter(e -> e.distanceTo(path.getLast()) > 1e-9).ifPresent(path::add);
      return path;
    }

    /** Where the end-effector goes when the planner gave no motion. */
    private Optional<Vec3> endpoint(Grounding tg, Grounding dg, Vec3 ee) {
      if (verb.isEmpty()) {
        return place(dg, ee).or(() -> place(tg, ee));
      }
      return switch (verb.get().effect()) {
        case NONE, THROW, DROP, MARK, COOK ->
            verb.get().effect() == Verb.Effect.MARK || verb.get().effect() == Verb.Effect.COOK
                ? place(tg, ee)
                : Optional.empty();
        case PUT, CARRY, POUR, HAND_OVER ->
            place(dg, ee).or(() -> heldIs(tg) ? Optional.empty() : place(tg, ee));
        default -> place(tg, ee);
      };
    }

    private boolean heldIs(Grounding g) {
      return g instanceof Grounding.Resolved r
          && start.robot().heldObject().map(h -> h.equals(r.object().id())).orElse(false);
    }

    private Optional<Vec3> place(Grounding g, Vec3 ee) {
      return switch (g) {
        case Grounding.Resolved r -> Optional.of(r.object().pose().position());
        case Grounding.Person p -> Optional.of(handOverPoint(p.human(), ee));
        case Grounding.Missing m -> Optional.empty();
        case Grounding.Ambiguous a -> Optional.empty();
        case Grounding.None n -> Optional.empty();
      };
    }

    /** The point short of the person, on the line from the end-effector, at chest height. */
    private Vec3 handOverPoint(Human h, Vec3 ee) {
      Vec3 c = h.position();
      double dx = ee.x() - c.x();
      double dy = ee.y() - c.y();
      double d = Math.hypot(dx, dy);
      double stand = h.radiusM() + HAND_OVER_STANDOFF_M;
      double z = Math.max(0.5, h.heightM() * 0.6);
      if (d <= stand) {
        return new Vec3(ee.x(), ee.y(), z);
      }
      return new Vec3(c.x() + dx / d * stand, c.y() + dy / d * stand, z);
    }

    void apply() {
      Vec3 end = resolved.eePath().getLast();
      state = state.withRobot(state.robot().withEePose(state.robot().eePose().withPosition(end)));
      if (step.motion().isPresent() && !step.motion().get().baseWaypoints().isEmpty()) {
        Vec3 b = step.motion().get().baseWaypoints().getLast();
        state =
            state.withRobot(state.robot().withBasePose(state.robot().basePose().withPosition(b)));
      }
      if (verb.isEmpty()) {
        followHeld();
        return;
      }
      Optional<SceneObject> target = object(resolved.target());
      Optional<SceneObject> dest = object(resolved.destination());
      Optional<String> held = state.robot().heldObject();
      int k = step.index();
      switch (verb.get().effect()) {
        case GOTO ->
            target.ifPresent(
                t -> {
                  location = Optional.of(t.id());
                  changes.add(new StateChange(k, "robot", "robot at " + label(t)));
                });
        case PICK ->
            target.ifPresent(
                t -> {
                  held.filter(h -> !h.equals(t.id()))
                      .ifPresent(
                          h ->
                              changes.add(
                                  new StateChange(
                                      k, h, label(h) + " still held while picking " + label(t))));
                  removeFromContainers(t.id());
                  setHeld(Optional.of(t.id()));
                  // The robot stays where it was: the picked object is in the hand, not a place.
                  changes.add(new StateChange(k, t.id(), label(t) + " picked up and held"));
                });
        case PUT ->
            held.ifPresentOrElse(
                h -> {
                  if (dest.isPresent()) {
                    if (contained()) {
                      addContent(dest.get().id(), h);
                    }
                    moveObject(h, dest.get().pose().position());
                    changes.add(
                        new StateChange(
                            k, dest.get().id(), label(h) + " put in/on " + label(dest.get())));
                    changes.add(
                        new StateChange(k, h, label(h) + " put in/on " + label(dest.get())));
                  } else {
                    changes.add(new StateChange(k, h, label(h) + " put down at an unknown place"));
                  }
                  setHeld(Optional.empty());
                },
                () -> changes.add(new StateChange(k, "robot", "put with an empty hand")));
        case CARRY -> {
          if (held.isEmpty() && target.isPresent()) {
            removeFromContainers(target.get().id());
            setHeld(Optional.of(target.get().id()));
            changes.add(
                new StateChange(
                    k, target.get().id(), label(target.get()) + " picked up and carried"));
          }
          dest.ifPresent(d -> location = Optional.of(d.id()));
        }
        case OPEN -> target.ifPresent(t -> setState(t, t.state().withOpen(true), "opened"));
        case CLOSE -> target.ifPresent(t -> setState(t, t.state().withOpen(false), "closed"));
        case TURN_ON -> target.ifPresent(t -> setState(t, t.state().withOn(true), "turned on"));
        case TURN_OFF -> target.ifPresent(t -> setState(t, t.state().withOn(false), "turned off"));
        case PLUG_IN ->
            target.ifPresent(t -> setState(t, t.state().withPluggedIn(true), "plugged in"));
        case UNPLUG ->
            target.ifPresent(t -> setState(t, t.state().withPluggedIn(false), "unplugged"));
        case FILL -> {
          String liquid =
              resolved
                  .arguments()
                  .getOrDefault(
                      "liquid", resolved.arguments().getOrDefault("with", DEFAULT_LIQUID));
          Optional<SceneObject> vessel = target.or(() -> held.flatMap(state::object));
          vessel.ifPresent(
              t ->
                  setState(
                      t, t.state().withFilledWith(Optional.of(liquid)), "filled with " + liquid));
        }
        case POUR -> pour(target, dest, held);
        case MARK, COOK ->
            target.ifPresent(
                t -> {
                  changes.add(new StateChange(k, t.id(), label(t) + " " + pastTense()));
                  markState(t);
                });
        case TOGGLE ->
            target.ifPresent(t -> setState(t, t.state().withOn(!t.state().on()), "toggled"));
        case THROW ->
            held.flatMap(state::object)
                .ifPresent(
                    h -> {
                      setHeld(Optional.empty());
                      changes.add(new StateChange(k, h.id(), label(h) + " thrown"));
                    });
        case DROP ->
            held.flatMap(state::object)
                .ifPresent(
                    h -> {
                      setHeld(Optional.empty());
                      dest.ifPresent(d -> addContent(d.id(), h.id()));
                      changes.add(
                          new StateChange(
                              k,
                              h.id(),
                              label(h)
                                  + " dropped"
                                  + dest.map(d -> " onto/into " + label(d)).orElse("")));
                    });
        case HAND_OVER ->
            held.flatMap(state::object)
                .ifPresent(
                    h -> {
                      setHeld(Optional.empty());
                      String to =
                          resolved.destination() instanceof Grounding.Person p
                              ? p.human().id()
                              : "a person";
                      changes.add(new StateChange(k, h.id(), label(h) + " handed to " + to));
                    });
        case NONE -> {}
      }
      followHeld();
    }

    private void pour(
        Optional<SceneObject> target, Optional<SceneObject> dest, Optional<String> held) {
      int k = step.index();
      Optional<SceneObject> source = held.flatMap(state::object);
      if (source.isEmpty()
          || (target.isPresent()
              && target.get().state().filledWith().isPresent()
              && !target.get().id().equals(held.orElse("")))) {
        source = target;
      }
      if (source.isEmpty()) {
        return;
      }
      SceneObject src = state.object(source.get().id()).orElseThrow();
      String liquid =
          src.state().filledWith().orElse(resolved.arguments().getOrDefault("liquid", src.type()));
      setState(src, src.state().withFilledWith(Optional.empty()), "emptied");
      Optional<SceneObject> into = dest.filter(d -> !d.id().equals(src.id()));
      if (into.isPresent()) {
        SceneObject d = state.object(into.get().id()).orElseThrow();
        state = state.withObject(d.withState(d.state().withFilledWith(Optional.of(liquid))));
        changes.add(new StateChange(k, d.id(), liquid + " poured into/onto " + label(d)));
      } else {
        changes.add(new StateChange(k, "floor", liquid + " poured onto the floor"));
      }
    }

    /**
     * Whether a put ends inside or on top of its destination: true unless the text placed it beside
     * the destination ("next to", "near", "under", "behind"...).
     */
    private boolean contained() {
      String prep = resolved.arguments().get(ParsedText.DESTINATION_PREP);
      return prep == null || prep.equals("to") || ParsedText.CONTAINING_PREPS.contains(prep);
    }

    private String pastTense() {
      String v = verb.orElseThrow().id();
      return switch (v) {
        case "slice" -> "sliced";
        case "break" -> "broken";
        case "dirty" -> "made dirty";
        case "clean" -> "cleaned";
        case "cook" -> "heated";
        default -> v + " applied";
      };
    }

    private Optional<SceneObject> object(Grounding g) {
      return g instanceof Grounding.Resolved r ? state.object(r.object().id()) : Optional.empty();
    }

    private void setState(SceneObject t, ObjectState s, String what) {
      SceneObject cur = state.object(t.id()).orElse(t);
      state = state.withObject(cur.withState(s));
      changes.add(new StateChange(step.index(), t.id(), label(t) + " " + what));
    }

    private void setHeld(Optional<String> id) {
      state = state.withRobot(state.robot().withHeldObject(id));
    }

    private void addContent(String containerId, String content) {
      state
          .object(containerId)
          .ifPresent(
              c -> {
                var list = new ArrayList<>(c.state().contains());
                if (!list.contains(content)) {
                  list.add(content);
                }
                state = state.withObject(c.withState(c.state().withContains(list)));
              });
    }

    /**
     * The state flags a MARK verb changes (issue 8): clean leaves the target clean (not dirty),
     * dirty makes it dirty. Other MARK verbs change no flag.
     */
    private void markState(SceneObject t) {
      String v = verb.orElseThrow().id();
      SceneObject cur = state.object(t.id()).orElse(t);
      if (v.equals("clean") && cur.state().dirty()) {
        state = state.withObject(cur.withState(cur.state().withDirty(false)));
      } else if (v.equals("dirty") && !cur.state().dirty()) {
        state = state.withObject(cur.withState(cur.state().withDirty(true)));
      }
    }

    /**
     * An object taken away from where it was (picked, carried) no longer stands in the relations
     * the scene gave it: its own relations, and others' relations to it, are dropped (issue 8).
     */
    private void dropRelations(String id) {
      for (SceneObject o : state.objects()) {
        var kept =
            o.id().equals(id)
                ? java.util.List.<io.stepguard.model.ObjectRelation>of()
                : o.relations().stream().filter(r -> !r.object().equals(id)).toList();
        if (kept.size() != o.relations().size()) {
          state = state.withObject(o.withRelations(kept));
        }
      }
    }

    private void removeFromContainers(String id) {
      dropRelations(id);
      for (SceneObject o : state.objects()) {
        if (o.state().contains().contains(id)) {
          var list = new ArrayList<>(o.state().contains());
          list.remove(id);
          state = state.withObject(o.withState(o.state().withContains(list)));
        }
      }
    }

    private void moveObject(String id, Vec3 p) {
      state
          .object(id)
          .ifPresent(o -> state = state.withObject(o.withPose(o.pose().withPosition(p))));
    }

    private void followHeld() {
      state.robot().heldObject().ifPresent(h -> moveObject(h, state.robot().eePose().position()));
    }

    private String label(SceneObject o) {
      return o.id().equals(o.type()) ? o.id() : o.id() + " (" + o.type() + ")";
    }

    private String label(String id) {
      return state.object(id).map(this::label).orElse(id);
    }
  }
}
