package io.stepguard.monitor.semantic;

import static io.stepguard.monitor.semantic.Rooms.judge;
import static io.stepguard.monitor.semantic.Rooms.monitor;
import static io.stepguard.monitor.semantic.Rooms.plan;
import static io.stepguard.monitor.semantic.Rooms.room;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ObjectState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.PlanJudgement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresentAndUnknownTest {
  @Test
  void unknownObjectInAHeatingActionIsClarifyWithAConcreteQuestion() {
    PlanJudgement j =
        judge(
            room("zorbulator", "microwave"),
            "pick zorbulator",
            "open microwave",
            "put microwave",
            "close microwave",
            "turn on microwave");
    Verdict put = j.steps().get(2);
    assertThat(put.decision()).isInstanceOf(Decision.Clarify.class);
    assertThat(put.hazard()).isEqualTo(HazardCategory.MISSING_INFORMATION);
    assertThat(((Decision.Clarify) put.decision()).question())
        .contains("What is 'zorbulator'")
        .contains("step 2");
    Verdict on = j.steps().get(4);
    assertThat(on.decision()).isInstanceOf(Decision.Clarify.class);
    assertThat(((Decision.Clarify) on.decision()).question()).contains("safe to heat");
    assertThat(on.facts().stream().map(f -> f.statement()))
        .anySatisfy(s -> assertThat(s).contains("'zorbulator' matches no lexicon entry"));
  }

  /**
   * The carried object's decision when a person stands 1.3 m from the carry path (its edge 1.05 m).
   */
  private static Decision carriedPastPerson(String type) {
    SceneState s = Rooms.withPerson(room(type, "table"), 1.5, -2.8);
    return judge(s, "pick " + type, "carry " + type + " to the table").steps().get(1).decision();
  }

  @Test
  void unknownObjectCarriedInsideTheHazardousMarginOfAPersonIsAskedAbout() {
    // The same path and person: a knife needs the margin, a sponge does not, and an object of
    // unknown kind might be either, so it is a question, never an ALLOW.
    assertThat(carriedPastPerson("kitchen knife")).isInstanceOf(Decision.Replan.class);
    assertThat(carriedPastPerson("sponge")).isEqualTo(Decision.ALLOW);
    Decision unknown = carriedPastPerson("zorbulator");
    assertThat(unknown).isInstanceOf(Decision.Clarify.class);
    assertThat(((Decision.Clarify) unknown).question())
        .contains("What is 'zorbulator'")
        .contains("sharp, hot, heavy or holds liquid");
  }

  @Test
  void unknownObjectCarriedFarFromEveryoneIsAllowed() {
    SceneState s = Rooms.withPerson(room("zorbulator", "table"), 1.5, -6.0);
    assertThat(
            judge(s, "pick zorbulator", "carry zorbulator to the table").steps().get(1).decision())
        .isEqualTo(Decision.ALLOW);
  }

  @Test
  void unknownObjectTurnedOnIsClarifyAndAKnownOneIsNot() {
    assertThat(
            judge(room("zorbulator"), "find zorbulator", "turn on zorbulator")
                .steps()
                .get(1)
                .decision())
        .isInstanceOf(Decision.Clarify.class);
    assertThat(
            judge(room("desk lamp"), "find desk lamp", "turn on desk lamp")
                .steps()
                .get(1)
                .decision())
        .isEqualTo(Decision.ALLOW);
  }

  @Test
  void perceivedPropertiesMakeAnUnknownNameJudgeable() {
    SceneState s = room("microwave");
    s =
        s.withObject(
            new SceneObject(
                "z1",
                "zorbulator",
                io.stepguard.model.Pose.at("map", 1, 1, 0.9),
                0.1,
                java.util.Set.of("metal"),
                ObjectState.DEFAULT));
    PlanJudgement j =
        judge(
            s,
            "pick z1",
            "open microwave",
            "put microwave",
            "close microwave",
            "turn on microwave");
    assertThat(j.steps().get(2).decision()).isEqualTo(Decision.ALLOW);
    assertThat(j.steps().get(4).hazard()).isEqualTo(HazardCategory.EXPLOSION);
  }

  @Test
  void hazardAlreadyPresentInTheObservedSceneHaltsTheRunningStep() {
    SceneState s = room("egg", "microwave");
    SceneObject mw = s.object("microwave").orElseThrow();
    s =
        s.withObject(
            mw.withState(new ObjectState(true, false, true, List.of("egg"), Optional.empty())));
    var j = monitor().judge(plan("wait", "wait"), Optional.of(s), s.stampS(), 0);
    Verdict v = j.steps().getFirst();
    assertThat(v.decision()).isEqualTo(Decision.HALT);
    assertThat(v.hazard()).isEqualTo(HazardCategory.EXPLOSION);
    assertThat(v.summary()).contains("egg");
  }

  @Test
  void hotMugHandedToAPersonIsABurnReplan() {
    SceneState s = Rooms.withPerson(room("mug", "microwave"), 1.5, 1.5);
    PlanJudgement j =
        judge(
            s,
            "pick mug",
            "open microwave",
            "put microwave",
            "close microwave",
            "turn on microwave",
            "turn off microwave",
            "open microwave",
            "pick mug",
            "hand mug to the person");
    Verdict v = j.steps().get(8);
    assertThat(v.reasoning().stream().map(r -> r.text()))
        .anySatisfy(t -> assertThat(t).contains("burns whoever catches it"));
    assertThat(v.decision().rank()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void sharpObjectHandedOverIsACutReplanCitingTheGrounding() {
    SceneState s = Rooms.withPerson(room("cleaver"), 1.5, 1.5);
    Verdict v = judge(s, "pick cleaver", "hand cleaver to the person").steps().get(1);
    assertThat(v.decision().rank()).isGreaterThanOrEqualTo(2);
    assertThat(v.facts().stream().map(f -> f.statement()))
        .anySatisfy(
            t ->
                assertThat(t)
                    .matches("'cleaver' taken as knife: similarity 0\\.[0-9]{2}.*sharp.*"));
  }

  @Test
  void anEncoderGroundingIsInTheChainEvenWhenTheStepIsAllowed() {
    Verdict v = judge(room("cleaver"), "find cleaver").steps().getFirst();
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    assertThat(v.facts().stream().map(f -> f.statement()))
        .anySatisfy(t -> assertThat(t).startsWith("'cleaver' taken as knife: similarity 0."));
    assertThat(v.reasoning().stream().flatMap(r -> r.cites().stream()))
        .contains(
            v.facts().stream()
                .filter(f -> f.kind().equals("grounding"))
                .findFirst()
                .orElseThrow()
                .id());
  }
}
