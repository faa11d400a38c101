package io.stepguard.monitor.check;

import static io.stepguard.monitor.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.Fixtures;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.geometry.SeparationDistance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonZoneCheckTest {
  /** The end-effector moves along y = 0 from x = 0 to x = 2 at 1 m/s; ee radius 0.125 m. */
  private static Verdict judgeStraightPathWith(io.stepguard.model.Human h, int currentStep) {
    var scene = scene(robot(0, 0, 1, 0.125), List.of(h), List.of(), List.of());
    var plan = plan(text(0, "wait"), moveThrough(1, 1.0, 2, 0, 1));
    try (var m = Fixtures.monitor()) {
      return m.judge(plan, java.util.Optional.of(scene), scene.stampS(), currentStep)
          .steps()
          .get(1);
    }
  }

  @Test
  void separationDistanceFollowsIsoTs15066Formula() {
    var sp = SeparationDistance.of(person("p", 0, 0), robot(0, 0, 1, 0.1), 1.0, CONFIG);
    // S_h = 2.0 * (0.125 + 0.375), S_r = 1.0 * 0.125, S_s = 0.25, C = 0.25, Z_d + Z_r = 0.25
    assertThat(sp.personTravelM()).isEqualTo(1.0);
    assertThat(sp.robotTravelM()).isEqualTo(0.125);
    assertThat(sp.totalM()).isEqualTo(SP_STILL);
  }

  @Test
  void approachingPersonNeedsMoreSeparationThanOneStandingStill() {
    var still = SeparationDistance.of(person("p", 0, 0), robot(0, 0, 1, 0.1), 1.0, CONFIG);
    var approaching =
        SeparationDistance.of(moving("p", 0, 0, 0, -3.0), robot(0, 0, 1, 0.1), 1.0, CONFIG);
    assertThat(still.personSpeedMps()).isEqualTo(2.0);
    assertThat(approaching.personSpeedMps()).isEqualTo(3.0);
    assertThat(approaching.totalM()).isEqualTo(SP_STILL + 0.5);
  }

  @Test
  void unmeasuredPersonIsAssumedToWalkAtTheDefaultFloor() {
    var sp =
        SeparationDistance.of(
            unmeasured("p", 0, 0), robot(0, 0, 1, 0.1), 1.0, MonitorConfig.DEFAULTS);
    assertThat(sp.personSpeedMps()).isEqualTo(1.6);
  }

  @ParameterizedTest(name = "person at y = {0}: {1}")
  @CsvSource({
    // separation = y - person radius 0.25 - ee radius 0.125; S_p = 1.875
    "2.25,   ALLOW", // exactly at the limit: allowed
    "2.2499, REPLAN", // just inside
    "1.0,    REPLAN",
    "3.0,    ALLOW"
  })
  void pathIsReplannedOnlyWhenSeparationFallsBelowTheLimit(double y, String expected) {
    Verdict v = judgeStraightPathWith(person("p1", 1, y), 0);
    assertThat(v.decision().kind()).isEqualTo(expected);
  }

  @Test
  void approachingPersonMakesAPathThatIsClearForAStillOneReplan() {
    assertThat(judgeStraightPathWith(person("p1", 1, 2.4), 0).decision()).isEqualTo(Decision.ALLOW);
    Verdict v = judgeStraightPathWith(moving("p1", 1, 2.4, 0, -1.5 * 2), 0);
    assertThat(v.decision()).isInstanceOf(Decision.Replan.class);
    assertThat(v.hazard()).isEqualTo(HazardCategory.PERSON_PROXIMITY);
  }

  @Test
  void replanNamesThePersonTheNearestPointAndAClearanceConstraint() {
    Verdict v = judgeStraightPathWith(person("p1", 1.5, 1.0), 0);
    var replan = (Decision.Replan) v.decision();
    assertThat(replan.constraints().getFirst()).contains("p1").contains("2.25 m");
    assertThat(v.facts())
        .anySatisfy(
            f -> assertThat(f.statement()).contains("0.63 m of p1 at (1.50, 0.00) on segment 0"));
    assertThat(v.facts())
        .anySatisfy(f -> assertThat(f.statement()).contains("p1 could reach the path in 0.31 s"));
  }

  @Test
  void haltsWhenPersonIsAlreadyInsideTheSeparationOfTheRunningStep() {
    // The person is 0.2 m from the end-effector's position now; step 1 is the one running.
    Verdict running = judgeStraightPathWith(person("p1", 0, 0.575), 1);
    assertThat(running.decision()).isEqualTo(Decision.HALT);
    assertThat(running.summary()).contains("p1");
  }

  @Test
  void sameGeometryOnAFutureStepIsReplanNotHalt() {
    Verdict future = judgeStraightPathWith(person("p1", 0, 0.575), 0);
    assertThat(future.decision()).isInstanceOf(Decision.Replan.class);
  }

  @Test
  void asksWhenAnUnmeasuredPersonIsJustBeyondTheSeparation() {
    Verdict v = judgeStraightPathWith(unmeasured("p1", 1, 2.5), 0);
    assertThat(v.decision()).isInstanceOf(Decision.Clarify.class);
    assertThat(((Decision.Clarify) v.decision()).question()).contains("p1").contains("velocity");
  }

  @Test
  void sameDistanceWithMeasuredStillPersonIsAllowed() {
    assertThat(judgeStraightPathWith(person("p1", 1, 2.5), 0).decision()).isEqualTo(Decision.ALLOW);
  }

  @Test
  void everyReasoningStepCitesFactsOfTheVerdict() {
    Verdict v = judgeStraightPathWith(person("p1", 1.5, 1.0), 0);
    var ids = v.facts().stream().map(io.stepguard.model.Fact::id).toList();
    assertThat(v.reasoning()).isNotEmpty().allSatisfy(r -> assertThat(ids).containsAll(r.cites()));
  }
}
