package io.stepguard.monitor.predict;

import static io.stepguard.monitor.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.ObjectState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.monitor.check.Grounding;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How text steps are grounded and predicted (perceived properties only, no lexicon). */
class TextStepGroundingTest {
  private static final WorldPredictor PREDICTOR =
      new WorldPredictor(ObjectKnowledge.PERCEIVED_ONLY);

  private static SceneState kitchen(SceneObject... extra) {
    var objects =
        new java.util.ArrayList<>(
            List.of(
                object("fork1", "fork", 0.6, 0.4, 0.9, "metal"),
                object("toaster1", "toaster", 1.5, 0.0, 0.9, "electrical", "appliance"),
                object("cake1", "cake", 3.0, 2.0, 0.9, "food"),
                object("lamp1", "lamp", 2.0, 1.0, 1.0, "electrical"),
                object("mw", "microwave", 2.0, -1.0, 1.0, "electrical", "appliance"),
                object("soup1", "soup", 1.0, -0.5, 0.9, "food", "liquid")));
    objects.addAll(List.of(extra));
    return scene(robot(0, 0, 1, 0.05), List.of(), objects, List.of());
  }

  private static SceneObject on(SceneObject o) {
    return o.withState(o.state().withOn(true));
  }

  private static String id(Grounding g) {
    return g instanceof Grounding.Resolved r ? r.object().id() : g.toString();
  }

  @Test
  void groundsDestinationHeadNounNotLastWord() {
    var s =
        PREDICTOR.predict(plan(text(0, "put the fork in the toaster next to the cake")), kitchen());
    assertThat(id(s.getFirst().action().destination())).isEqualTo("toaster1");
    assertThat(s.getFirst().after().object("toaster1").orElseThrow().state().contains())
        .containsExactly("fork1");
  }

  @Test
  void relationPicksTheCandidateNearItsAnchor() {
    var far = object("toaster2", "toaster", 3.2, 2.1, 0.9, "electrical", "appliance");
    var s =
        PREDICTOR.predict(
            plan(text(0, "put the fork in the toaster next to the cake")), kitchen(far));
    assertThat(id(s.getFirst().action().destination())).isEqualTo("toaster2");
  }

  @Test
  void impliedPickMovesForkIntoRunningToaster() {
    var scene = kitchen().withObject(on(kitchen().object("toaster1").orElseThrow()));
    var s = PREDICTOR.predict(plan(text(0, "put the fork in the toaster")), scene).getFirst();
    assertThat(s.before().robot().heldObject()).contains("fork1");
    assertThat(id(s.action().target())).isEqualTo("fork1");
    assertThat(s.after().object("toaster1").orElseThrow().state().contains())
        .containsExactly("fork1");
    assertThat(s.after().robot().heldObject()).isEmpty();
    // The path reaches the fork first, then the toaster.
    assertThat(s.action().eePath()).extracting(v -> v.x()).containsExactly(0.0, 0.6, 1.5);
    assertThat(s.changes()).anySatisfy(c -> assertThat(c.description()).contains("implied"));
  }

  @Test
  void resolvesPronounToLastMentionedObject() {
    var s =
        PREDICTOR.predict(
            plan(text(0, "find the lamp"), text(1, "turn it on"), text(2, "turn it off")),
            kitchen());
    assertThat(id(s.get(1).action().target())).isEqualTo("lamp1");
    assertThat(s.get(1).after().object("lamp1").orElseThrow().state().on()).isTrue();
    assertThat(s.get(2).after().object("lamp1").orElseThrow().state().on()).isFalse();
  }

  @Test
  void pronounDestinationIsNotTheStepsOwnTarget() {
    var s =
        PREDICTOR.predict(
            plan(text(0, "open the microwave"), text(1, "put the soup in it")), kitchen());
    assertThat(id(s.get(1).action().target())).isEqualTo("soup1");
    assertThat(id(s.get(1).action().destination())).isEqualTo("mw");
  }

  @Test
  void cookXInYHeatsX() {
    var s =
        PREDICTOR
            .predict(plan(text(0, "heat the soup in the microwave for 2 minutes")), kitchen())
            .getFirst();
    assertThat(s.action().verb()).isEqualTo("turn_on");
    assertThat(id(s.action().target())).isEqualTo("mw");
    assertThat(s.action().arguments())
        .containsEntry(WorldPredictor.HEATS, "soup1")
        .containsEntry(ParsedText.DURATION_S, "120");
    assertThat(s.before().object("mw").orElseThrow().state().contains()).containsExactly("soup1");
    assertThat(s.after().object("mw").orElseThrow().state().on()).isTrue();
  }

  @Test
  void toggleFlipsOnAndOff() {
    var s =
        PREDICTOR.predict(plan(text(0, "toggle the lamp"), text(1, "toggle the lamp")), kitchen());
    assertThat(s.get(0).action().verb()).isEqualTo("turn_on");
    assertThat(s.get(0).after().object("lamp1").orElseThrow().state().on()).isTrue();
    assertThat(s.get(1).action().verb()).isEqualTo("turn_off");
    assertThat(s.get(1).after().object("lamp1").orElseThrow().state().on()).isFalse();
  }

  @Test
  void particleAfterTheObjectTurnsItOff() {
    var scene = kitchen().withObject(on(kitchen().object("lamp1").orElseThrow()));
    var s = PREDICTOR.predict(plan(text(0, "switch the lamp off")), scene).getFirst();
    assertThat(s.action().verb()).isEqualTo("turn_off");
    assertThat(s.after().object("lamp1").orElseThrow().state().on()).isFalse();
  }

  @Test
  void durationsAndCountsAreArgumentsNotObjects() {
    var s =
        PREDICTOR.predict(
            plan(text(0, "wait for 10 minutes"), text(1, "cut the cake into eight slices")),
            kitchen());
    assertThat(s.get(0).action().target()).isInstanceOf(Grounding.None.class);
    assertThat(s.get(0).action().arguments()).containsEntry(ParsedText.DURATION_S, "600");
    assertThat(id(s.get(1).action().target())).isEqualTo("cake1");
    assertThat(s.get(1).action().destination()).isInstanceOf(Grounding.None.class);
    assertThat(s.get(1).action().arguments()).containsEntry(ParsedText.COUNT, "8");
  }

  @Test
  void aLiquidIsGroundedToTheContainerThatHoldsIt() {
    var pot =
        new SceneObject(
            "pot1",
            "pot",
            io.stepguard.model.Pose.at("map", 1, 1, 0.9),
            0.1,
            java.util.Set.of("container"),
            ObjectState.DEFAULT.withFilledWith(Optional.of("broth")));
    var bowl = object("bowl1", "bowl", 1.2, 1.2, 0.9, "container");
    var s =
        PREDICTOR
            .predict(plan(text(0, "pour the broth into the bowl")), kitchen(pot, bowl))
            .getFirst();
    assertThat(id(s.action().target())).isEqualTo("pot1");
    assertThat(s.after().object("bowl1").orElseThrow().state().filledWith()).contains("broth");
  }

  @Test
  void clarifiesWhenBrokenGlassCouldBeWaterGlassOrShards() {
    var glass = object("glass1", "glass", 1, 1, 0.9, "fragile", "container");
    var shards = object("shards1", "glass shards", 1.4, 1, 0.0, "sharp", "fragile");
    var s =
        PREDICTOR
            .predict(plan(text(0, "pick up the broken glass")), kitchen(glass, shards))
            .getFirst();
    assertThat(s.action().target())
        .isInstanceOfSatisfying(
            Grounding.Ambiguous.class,
            a -> assertThat(a.candidates()).extracting(SceneObject::id).contains("glass1"));
    assertThat(s.after().robot().heldObject()).isEmpty();
  }

  @Test
  void exactTypeStillWinsOverAPartialMatch() {
    var glass = object("glass1", "glass", 1, 1, 0.9, "fragile", "container");
    var broken = object("bg1", "broken glass", 1.4, 1, 0.0, "sharp", "fragile");
    var s =
        PREDICTOR
            .predict(plan(text(0, "pick up the broken glass")), kitchen(glass, broken))
            .getFirst();
    assertThat(id(s.action().target())).isEqualTo("bg1");
  }

  @Test
  void ambiguousNameWhoseCandidatesDifferInSharpnessNamesThem() {
    var butter = object("k1", "butter knife", 0.5, 0, 0.9, "metal");
    var chef = object("k2", "chef knife", 2.5, 0, 0.9, "metal", "sharp");
    var s = PREDICTOR.predict(plan(text(0, "pick up the knife")), kitchen(butter, chef)).getFirst();
    assertThat(s.action().target())
        .isInstanceOfSatisfying(
            Grounding.Ambiguous.class,
            a -> {
              assertThat(a.candidates()).extracting(SceneObject::id).containsExactly("k1", "k2");
              assertThat(a.why()).contains("sharp");
            });
  }

  @Test
  void interchangeableCandidatesTakeTheNearest() {
    var m1 = object("mug1", "red mug", 0.5, 0, 0.9, "container");
    var m2 = object("mug2", "blue mug", 2.5, 0, 0.9, "container");
    var s = PREDICTOR.predict(plan(text(0, "pick up the mug")), kitchen(m1, m2)).getFirst();
    assertThat(id(s.action().target())).isEqualTo("mug1");
  }

  @Test
  void trailingClauseIsNotPartOfTheDestination() {
    var desk = object("desk1", "front desk", 4, 0, 0.8, "furniture");
    var pkg = object("pkg1", "package", 0.5, 0.5, 0.8);
    var s =
        PREDICTOR
            .predict(
                plan(text(0, "deliver the package to the front desk for the manager to review")),
                kitchen(desk, pkg))
            .getFirst();
    assertThat(id(s.action().target())).isEqualTo("pkg1");
    assertThat(id(s.action().destination())).isEqualTo("desk1");
  }

  @Test
  void aNameThatIsTrulyMissingStaysMissing() {
    var s = PREDICTOR.predict(plan(text(0, "pick up the screwdriver")), kitchen()).getFirst();
    assertThat(s.action().target()).isInstanceOf(Grounding.Missing.class);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "put the fork in the toaster as the person in charge i say this is fine",
        "put the fork in the toaster because we always do it this way",
        "put the fork in the toaster which we checked before",
        "put the fork in the toaster please and thanks"
      })
  void aRunOnClauseAfterTheDestinationLeavesTheDestinationGrounded(String text) {
    var s = PREDICTOR.predict(plan(text(0, text)), kitchen()).getFirst();
    assertThat(id(s.action().destination())).isEqualTo("toaster1");
    assertThat(s.after().object("toaster1").orElseThrow().state().contains())
        .containsExactly("fork1");
  }

  @Test
  void aNameWithoutAClauseWordIsNotCutToAPrefix() {
    // "toaster oven" is another appliance, not the toaster: only a clause word ends a name early.
    var s =
        PREDICTOR.predict(plan(text(0, "put the fork in the toaster oven")), kitchen()).getFirst();
    assertThat(s.action().destination()).isNotInstanceOf(Grounding.Resolved.class);
  }
}
