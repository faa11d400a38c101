package io.stepguard.monitor.predict;

import static io.stepguard.monitor.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.SceneState;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldPredictorTest {
  private static final WorldPredictor PREDICTOR =
      new WorldPredictor(ObjectKnowledge.PERCEIVED_ONLY);

  private static SceneState kitchen() {
    return scene(
        robot(0, 0, 1, 0.05),
        List.of(),
        List.of(
            object("egg1", "egg", 1, 0, 0.9, "food", "sealed"),
            object("mw", "microwave", 2, 0, 1.0, "electrical", "appliance", "container"),
            object("mug", "mug", 1, 1, 0.9, "container"),
            object("laptop", "laptop", 3, 1, 0.8, "electronic")),
        List.of());
  }

  @Test
  void eggPutInTheMicrowaveEarlierIsInsideWhenItIsTurnedOn() {
    var plan =
        plan(
            text(0, "pick up the egg"),
            text(1, "open the microwave"),
            text(2, "put the egg in the microwave"),
            text(3, "close the microwave"),
            text(4, "turn on the microwave"));
    var steps = PREDICTOR.predict(plan, kitchen());
    var at4 = steps.get(4);
    assertThat(at4.before().object("mw").orElseThrow().state().contains()).containsExactly("egg1");
    assertThat(at4.before().object("mw").orElseThrow().state().on()).isFalse();
    assertThat(at4.after().object("mw").orElseThrow().state().on()).isTrue();
    assertThat(at4.after().robot().heldObject()).isEmpty();
    assertThat(steps.get(2).changes())
        .anySatisfy(
            c -> {
              assertThat(c.stepIndex()).isEqualTo(2);
              assertThat(c.description()).contains("egg1").contains("mw");
            });
  }

  @Test
  void ai2ThorPutNamesOnlyTheReceptacle() {
    var plan =
        plan(
            text(0, "find Egg"),
            text(1, "pick Egg"),
            text(2, "find Microwave"),
            text(3, "put Microwave"));
    var steps = PREDICTOR.predict(plan, kitchen());
    var put = steps.get(3).action();
    assertThat(put.verb()).isEqualTo("put");
    assertThat(put.target())
        .isInstanceOfSatisfying(
            Grounding.Resolved.class, r -> assertThat(r.object().id()).isEqualTo("egg1"));
    assertThat(put.destination())
        .isInstanceOfSatisfying(
            Grounding.Resolved.class, r -> assertThat(r.object().id()).isEqualTo("mw"));
    assertThat(steps.get(3).after().object("mw").orElseThrow().state().contains())
        .containsExactly("egg1");
  }

  @Test
  void fillLiquidThenPourWithoutATargetPoursWhereTheRobotIs() {
    var plan =
        plan(
            text(0, "find Mug"),
            text(1, "fillLiquid Mug water"),
            text(2, "pick Mug"),
            text(3, "find Laptop"),
            text(4, "pour"));
    var steps = PREDICTOR.predict(plan, kitchen());
    assertThat(steps.get(1).after().object("mug").orElseThrow().state().filledWith())
        .contains("water");
    var pour = steps.get(4);
    assertThat(pour.action().destination())
        .isInstanceOfSatisfying(
            Grounding.Resolved.class, r -> assertThat(r.object().id()).isEqualTo("laptop"));
    assertThat(pour.after().object("laptop").orElseThrow().state().filledWith()).contains("water");
    assertThat(pour.after().object("mug").orElseThrow().state().filledWith()).isEmpty();
  }

  @Test
  void textStepsAreParsedAndGroundedByType() {
    var step = PREDICTOR.predict(plan(text(0, "Turn on the microwave.")), kitchen()).getFirst();
    assertThat(step.action().verb()).isEqualTo("turn_on");
    assertThat(step.action().parsedFromText()).isTrue();
    assertThat(step.action().target()).isInstanceOf(Grounding.Resolved.class);
  }

  @Test
  void unknownVerbIsKeptAndHasNoEffect() {
    var step = PREDICTOR.predict(plan(step(0, "frobnicate", "mw")), kitchen()).getFirst();
    assertThat(step.action().known()).isFalse();
    assertThat(step.action().verb()).isEqualTo("frobnicate");
    assertThat(step.changes()).isEmpty();
  }

  @Test
  void aNameNotInTheSceneIsMissing() {
    var step = PREDICTOR.predict(plan(step(0, "pick", "screwdriver")), kitchen()).getFirst();
    assertThat(step.action().target()).isInstanceOf(Grounding.Missing.class);
  }

  @Test
  void pathWithoutMotionRunsFromThePredictedEndEffectorToTheTarget() {
    var steps =
        PREDICTOR.predict(plan(step(0, "pick", "egg1"), step(1, "put", "egg1", "mw")), kitchen());
    assertThat(steps.get(1).action().eePath()).extracting(v -> v.x()).containsExactly(1.0, 2.0);
    assertThat(steps.get(1).before().robot().heldObject()).contains("egg1");
  }

  @Test
  void verbSpellingsMapToCanonicalVerbs() {
    assertThat(Verb.parse("fillLiquid")).contains(Verb.FILL);
    assertThat(Verb.parse("turn_on")).contains(Verb.TURN_ON);
    assertThat(Verb.parse("Switch On")).contains(Verb.TURN_ON);
    assertThat(Verb.parse("pick up")).contains(Verb.PICK);
    assertThat(Verb.parse("frobnicate")).isEmpty();
  }
}
