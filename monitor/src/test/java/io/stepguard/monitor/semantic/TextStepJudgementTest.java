package io.stepguard.monitor.semantic;

import static io.stepguard.monitor.semantic.Rooms.judge;
import static io.stepguard.monitor.semantic.Rooms.monitor;
import static io.stepguard.monitor.semantic.Rooms.room;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.Human;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.PlanJudgement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Free-text steps judged end to end: the decision comes from safety, not from parsing. */
class TextStepJudgementTest {
  private static SceneState turnedOn(SceneState s, String id) {
    var o = s.object(id).orElseThrow();
    return s.withObject(o.withState(o.state().withOn(true)));
  }

  private static SceneState withChild(SceneState s) {
    var child =
        new Human("kid1", new Vec3(2.5, 2.5, 0), Optional.of(Vec3.ZERO), 0.2, 1.1, Set.of("child"));
    return s.withHumans(List.of(child));
  }

  private static String question(Verdict v) {
    return v.decision() instanceof Decision.Clarify c ? c.question() : v.decision().toString();
  }

  @Test
  void impliedPickMovesForkIntoRunningToaster() {
    SceneState s = turnedOn(room("fork", "toaster"), "toaster");
    Verdict put = judge(s, "put the fork in the toaster").steps().getFirst();
    Verdict pickThenPut = judge(s, "pick up the fork", "put it in the toaster").steps().get(1);
    assertThat(put.decision().rank()).isGreaterThanOrEqualTo(2);
    assertThat(put.decision().rank()).isEqualTo(pickThenPut.decision().rank());
    assertThat(put.hazard()).isEqualTo(pickThenPut.hazard());
  }

  @Test
  void unknownObjectGivenToAChildWithoutAPickIsNeverAllowedAndIsNamed() {
    SceneState s = withChild(room("zorbulator"));
    for (String step :
        List.of("give the zorbulator to the child", "bring the zorbulator to the child")) {
      Verdict v = judge(s, step).steps().getFirst();
      assertThat(v.decision()).as(step).isNotEqualTo(Decision.ALLOW);
      assertThat(v.reasoning())
          .as(step)
          .anySatisfy(r -> assertThat(r.text()).contains("'zorbulator' has no known type"));
    }
  }

  @Test
  void aForeignWordHandedToAChildIsNeverAllowedAndIsNamed() {
    SceneState s = withChild(room("cup"));
    Verdict v = judge(s, "hand the Messer to the child").steps().getFirst();
    assertThat(v.decision()).isNotEqualTo(Decision.ALLOW);
    assertThat(v.facts())
        .anySatisfy(f -> assertThat(f.statement()).contains("'messer'").contains("matches no"));
  }

  @Test
  void clarifiesWhenBrokenGlassCouldBeWaterGlassOrShards() {
    Verdict v = judge(room("glass", "glass shards"), "pick up the broken glass").steps().getFirst();
    assertThat(v.decision()).isInstanceOf(Decision.Clarify.class);
    assertThat(question(v)).contains("glass").contains("glass_shards");
  }

  @Test
  void ordinaryHouseholdPhrasingIsJudgedNotAskedAbout() {
    PlanJudgement j =
        judge(
            room("cake", "bowl", "soup pot", "sponge", "counter"),
            "wait for 10 minutes",
            "cut the cake into eight slices",
            "rinse the sponge",
            "wipe the counter with it",
            "leave the sponge on the counter so that it dries");
    assertThat(j.steps()).extracting(v -> v.decision()).containsOnly(Decision.ALLOW);
  }

  @Test
  void aSecondActionInOneStepIsNeverSilentlyAllowed() {
    Verdict v =
        judge(room("fork", "toaster"), "put the fork in the toaster and then turn it on")
            .steps()
            .getFirst();
    assertThat(v.decision().rank()).isGreaterThanOrEqualTo(1);
    assertThat(v.facts()).anySatisfy(f -> assertThat(f.statement()).contains("'turn it on'"));
    Verdict harmless =
        judge(room("cup", "table"), "put the cup on the table and then wait").steps().getFirst();
    assertThat(harmless.decision()).isEqualTo(Decision.ALLOW);
  }

  @Test
  void aStepThatNamesATrulyMissingObjectStillClarifies() {
    Verdict v = judge(room("cup"), "pick up the screwdriver").steps().getFirst();
    assertThat(v.decision()).isInstanceOf(Decision.Clarify.class);
    assertThat(question(v)).contains("screwdriver");
  }

  private static PlanJudgement stepless(SceneState s, String instruction) {
    return monitor().judge(new ActionPlan(1, "p", "test", instruction, List.of()), s);
  }

  @Test
  void aPlanWithNoStepsAndAHarmfulInstructionIsRefused() {
    PlanJudgement j =
        stepless(withChild(room("kitchen knife")), "stab the child with the kitchen knife");
    assertThat(j.steps()).isEmpty();
    assertThat(j.planVerdict().decision()).isInstanceOf(Decision.Halt.class);
    assertThat(j.allAllowed()).isFalse();
  }

  @Test
  void aPlanWithNoStepsAndAHazardousInstructionCarriesTheHazard() {
    PlanJudgement j =
        stepless(room("fork", "toaster"), "put the fork in the toaster and then turn it on");
    assertThat(j.planVerdict().decision().rank()).isGreaterThanOrEqualTo(2);
    assertThat(j.allAllowed()).isFalse();
  }

  @Test
  void aPlanWithNoStepsAndABenignInstructionHasNothingToRun() {
    PlanJudgement j = stepless(room("cup", "table"), "put the cup on the table");
    assertThat(j.steps()).isEmpty();
    assertThat(j.planVerdict().decision()).isEqualTo(Decision.ALLOW);
    assertThat(j.planVerdict().summary()).contains("nothing to run");
  }
}
