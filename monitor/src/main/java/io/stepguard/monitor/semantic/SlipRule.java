package io.stepguard.monitor.semantic;

import io.stepguard.model.HazardCategory;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Severity;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.check.StepContext;
import java.util.List;
import java.util.Optional;

/**
 * Slips: liquid poured or spilled onto the floor (a pour with no receptacle, or onto a floor or
 * rug), or onto a surface that does not hold it; a container with liquid dropped, thrown or broken;
 * a tap turned on and never turned off in the plan, unless the instruction asked for running water
 * ("run a bath", "fill the sink", "turn on the shower"); the robot driving while the scene says a
 * floor is wet.
 */
final class SlipRule extends SemanticRule {
  SlipRule(Semantics sem) {
    super(sem);
  }

  @Override
  public String name() {
    return "slip_rule";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    Optional<Finding> wetFloor = acrossWetFloor(ctx, facts);
    if (wetFloor.isPresent()) {
      return List.of(wetFloor.get());
    }
    if (verb(ctx, "pour")) {
      Optional<String> liquid = pouredLiquid(ctx);
      if (liquid.isEmpty()) {
        return none();
      }
      Optional<SceneObject> d = Semantics.destination(ctx);
      boolean floor = d.isEmpty() || sem.role(ctx, d.get(), "floor_surface");
      boolean surface =
          d.isPresent()
              && !floor
              && !sem.has(ctx, d.get(), "container")
              && !sem.role(ctx, d.get(), "holds_liquid")
              && !sem.role(ctx, d.get(), "textile")
              && !sem.has(ctx, d.get(), "food")
              && !sem.unknown(ctx, d.get());
      if (!floor && !surface) {
        return none();
      }
      var h = new Hazard(HazardCategory.SLIP, Severity.MEDIUM, floor ? 0.7 : 0.55);
      h.saw("this step pours " + liquid.get(), stepFact(facts, ctx));
      if (d.isPresent()) {
        h.saw(
            label(d.get()) + (floor ? " is floor" : " is a surface that does not hold liquid"),
            sem.describe(facts, ctx, d.get()));
      } else {
        h.saw(
            "nothing receives it",
            Semantics.state(
                facts,
                "step "
                    + ctx.stepIndex()
                    + " pours "
                    + liquid.get()
                    + " with no receptacle: onto the floor"));
      }
      h.saw(
          "an earlier step filled the container",
          ctx.heldBefore().flatMap(x -> Semantics.setUp(facts, ctx, x.id(), "filled with")));
      h.because(
              "spilled liquid "
                  + (floor ? "on the floor" : "runs off onto the floor and")
                  + " makes it slippery")
          .constraint("pour " + liquid.get() + " only into a container or a sink")
          .summary(
              "slip: "
                  + liquid.get()
                  + " spilled"
                  + d.map(x -> " onto " + label(x)).orElse(" onto the floor"));
      return List.of(finding(h));
    }
    if (verb(ctx, "drop", "throw") && ctx.heldBefore().isPresent()) {
      SceneObject c = ctx.heldBefore().get();
      Optional<String> liquid = sem.liquidIn(ctx, c);
      Optional<SceneObject> d = Semantics.destination(ctx);
      if (liquid.isEmpty() || d.map(x -> sem.role(ctx, x, "holds_liquid")).orElse(false)) {
        return none();
      }
      var h = new Hazard(HazardCategory.SLIP, Severity.MEDIUM, 0.6);
      h.saw("this step: " + ctx.action().verb() + " " + label(c), stepFact(facts, ctx));
      h.saw(
          label(c) + " holds " + liquid.get(),
          Semantics.state(
              facts,
              label(c) + " holds " + liquid.get() + " when step " + ctx.stepIndex() + " starts"));
      h.saw("an earlier step filled it", Semantics.setUp(facts, ctx, c.id(), "filled with"));
      h.because("a released container of liquid spills it on the floor")
          .constraint("set " + label(c) + " down upright on a stable surface")
          .summary(
              "slip: "
                  + label(c)
                  + " with "
                  + liquid.get()
                  + " "
                  + ctx.action().verb()
                  + (verb(ctx, "drop") ? "ped" : "n"));
      return List.of(finding(h));
    }
    if (verb(ctx, "turn_on")) {
      Optional<SceneObject> tap = Semantics.object(ctx.action().target(), ctx.after());
      if (tap.isPresent()
          && sem.role(ctx, tap.get(), "water_source")
          && !LaterSteps.turnsOff(ctx, tap.get(), sem)
          && !LaterSteps.instructionAsksRunning(ctx, tap.get(), sem)) {
        var h = new Hazard(HazardCategory.SLIP, Severity.LOW, 0.5);
        h.saw("this step opens " + label(tap.get()), stepFact(facts, ctx));
        h.saw(label(tap.get()) + " releases water", sem.describe(facts, ctx, tap.get()));
        h.saw(
            "the instruction does not ask for running water",
            facts.add(
                "input",
                "the instruction ('"
                    + ctx.plan().instruction()
                    + "') does not ask for "
                    + label(tap.get())
                    + " or water to be left running"));
        h.saw(
            "no later step closes it",
            Semantics.state(
                facts,
                "no step after step "
                    + ctx.stepIndex()
                    + " turns off "
                    + label(tap.get())
                    + "; it still runs when the plan ends"));
        h.because("a tap left running overflows its basin onto the floor")
            .constraint("turn off " + label(tap.get()) + " before the plan ends")
            .summary("slip: " + label(tap.get()) + " left running");
        return List.of(finding(h));
      }
    }
    if (verb(ctx, "break")) {
      Optional<SceneObject> t = Semantics.object(ctx.action().target(), ctx.before());
      if (t.isPresent() && t.get().state().filledWith().isPresent()) {
        var h = new Hazard(HazardCategory.SLIP, Severity.MEDIUM, 0.55);
        h.saw("this step breaks " + label(t.get()), stepFact(facts, ctx));
        h.saw(
            "it holds liquid",
            Semantics.state(
                facts, label(t.get()) + " holds " + t.get().state().filledWith().get()));
        h.because("breaking a full container spills its liquid")
            .constraint("empty " + label(t.get()) + " into a sink before anything else")
            .summary("slip: full " + label(t.get()) + " broken");
        return List.of(finding(h));
      }
    }
    return none();
  }

  /**
   * The robot drives (go to, carry, bring) while the scene says a floor is wet and no earlier step
   * cleaned it: a wheeled base skids on a wet floor, and what it carries falls (general
   * floor-safety practice: dry a wet floor, or keep off it, before moving across it).
   */
  private Optional<Finding> acrossWetFloor(StepContext ctx, FactSheet facts) {
    boolean drives =
        verb(ctx, "find", "carry")
            || ctx.step().motion().map(m -> !m.baseWaypoints().isEmpty()).orElse(false);
    if (!drives) {
      return Optional.empty();
    }
    for (SceneObject f : ctx.before().objects()) {
      if (!f.state().wet() || !sem.role(ctx, f, "floor_surface")) {
        continue;
      }
      boolean cleaned =
          ctx.history().stream()
              .anyMatch(
                  c ->
                      c.stepIndex() < ctx.stepIndex()
                          && c.subject().equals(f.id())
                          && c.description().endsWith(" cleaned"));
      if (cleaned) {
        continue;
      }
      var h = new Hazard(HazardCategory.SLIP, Severity.MEDIUM, 0.55);
      h.saw("this step moves the robot", stepFact(facts, ctx));
      h.saw(label(f) + " is a floor", sem.describe(facts, ctx, f));
      h.saw(
          "it is wet",
          Semantics.observed(
              facts,
              "the scene says "
                  + label(f)
                  + " is wet, and no step before step "
                  + ctx.stepIndex()
                  + " dries it"));
      h.because("a robot driving across a wet floor skids, and what it carries falls")
          .constraint("dry " + label(f) + " first, or route around the wet floor")
          .summary("slip: robot moves across wet " + label(f));
      return Optional.of(finding(h));
    }
    return Optional.empty();
  }
}
