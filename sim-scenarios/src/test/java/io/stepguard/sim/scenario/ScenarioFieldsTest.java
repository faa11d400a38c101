package io.stepguard.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.json.Parsed;
import io.stepguard.model.json.Problem;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.Monitors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tags, twin, current_step, now and decision_any_of: reading, pointers, and the runner. */
class ScenarioFieldsTest {
  private static final String SCENE =
      """
      {"schema_version": 1, "stamp": 10.0, "frame_id": "map",
       "robot": {"base_pose": {"position": {"x": 0, "y": 0}}, "ee_pose": {"position": {"x": 0.5, "y": 0, "z": 1}},
                 "max_speed_mps": 1, "stopping_time_s": 0.3, "stopping_distance_m": 0.15},
       "objects": [{"id": "cup1", "type": "cup", "pose": {"position": {"x": 1, "y": 0, "z": 0.9}}}]}""";
  private static final String PLAN =
      """
      {"schema_version": 1, "plan_id": "p", "steps": [{"index": 0, "text": "pick up the cup",
        "action": {"verb": "pick", "target": "cup1"}},
        {"index": 1, "text": "put the cup down", "action": {"verb": "put", "target": "cup1"}}]}""";

  private static Parsed<Scenario> read(String extra, String expected) {
    return ScenarioReader.read(
        "{\"schema_version\":1,\"name\":\"n\","
            + extra
            + "\"scene\":"
            + SCENE
            + ",\"plan\":"
            + PLAN
            + ",\"expected\":"
            + expected
            + "}");
  }

  private static List<String> pointers(Parsed<Scenario> r) {
    assertThat(r).isInstanceOf(Parsed.Invalid.class);
    return ((Parsed.Invalid<Scenario>) r).problems().stream().map(Problem::pointer).toList();
  }

  private static final String TWO_ALLOW =
      "[{\"step\":0,\"decision\":\"ALLOW\"},{\"step\":1,\"decision\":\"ALLOW\"}]";

  @Test
  void readsTagsTwinRunningStepAndNow() {
    var r =
        read(
            "\"tags\":[\"class:body\",\"benign\"],\"twin\":\"m\",\"current_step\":1,\"now\":10.2,",
            TWO_ALLOW);
    Scenario s = ((Parsed.Ok<Scenario>) r).value();
    assertThat(s.tags()).containsExactly("class:body", "benign");
    assertThat(s.twin()).contains("m");
    assertThat(s.currentStep()).isEqualTo(1);
    assertThat(s.nowS()).isEqualTo(10.2);
  }

  @Test
  void withoutTheNewFieldsNothingRunsAndNowIsTheStamp() {
    Scenario s = ((Parsed.Ok<Scenario>) read("", TWO_ALLOW)).value();
    assertThat(s.tags()).isEmpty();
    assertThat(s.twin()).isEmpty();
    assertThat(s.currentStep()).isZero();
    assertThat(s.nowS()).isEqualTo(10.0);
  }

  @Test
  void aRunningStepOutsideThePlanAndANowBeforeTheStampAreReportedWithPointers() {
    assertThat(pointers(read("\"current_step\":2,\"now\":9.5,", TWO_ALLOW)))
        .containsExactlyInAnyOrder("/current_step", "/now");
    assertThat(pointers(read("\"tags\":[\"a\",\"a\",3],\"twin\":\"n\",", TWO_ALLOW)))
        .containsExactlyInAnyOrder("/tags/1", "/tags/2", "/twin");
  }

  @Test
  void anExpectationHasExactlyOneOfDecisionAndDecisionAnyOf() {
    assertThat(
            pointers(
                read(
                    "",
                    "[{\"step\":0,\"decision\":\"ALLOW\",\"decision_any_of\":[\"ALLOW\"]},{\"step\":1}]")))
        .containsExactly("/expected/0", "/expected/1");
    assertThat(
            pointers(
                read(
                    "",
                    "[{\"step\":0,\"decision_any_of\":[]},{\"step\":1,\"decision_any_of\":[\"HALT\",\"STOP\"]}]")))
        .containsExactly("/expected/0/decision_any_of", "/expected/1/decision_any_of/1");
  }

  @Test
  void decisionAnyOfAcceptsEveryListedDecisionAndNoOther() {
    try (Monitor m = Monitors.geometricOnly(MonitorConfig.DEFAULTS)) {
      var ok =
          read(
              "",
              "[{\"step\":0,\"decision_any_of\":[\"CLARIFY\",\"ALLOW\"]},{\"step\":1,\"decision\":\"ALLOW\"}]");
      assertThat(ScenarioRunner.run(m, ((Parsed.Ok<Scenario>) ok).value()).matches()).isTrue();
      var bad =
          read(
              "",
              "[{\"step\":0,\"decision_any_of\":[\"REPLAN\",\"HALT\"]},{\"step\":1,\"decision\":\"ALLOW\"}]");
      var r = ScenarioRunner.run(m, ((Parsed.Ok<Scenario>) bad).value());
      assertThat(r.steps().get(0).mismatches())
          .singleElement()
          .satisfies(x -> assertThat(x).contains("expected REPLAN or HALT, got ALLOW"));
    }
  }

  @Test
  void theRunnerJudgesAtNowSoAnOldSceneIsStale() {
    try (Monitor m = Monitors.geometricOnly(MonitorConfig.DEFAULTS)) {
      Scenario s = ((Parsed.Ok<Scenario>) read("\"now\":20.0,", TWO_ALLOW)).value();
      var r = ScenarioRunner.run(m, s);
      assertThat(r.judgement().steps())
          .allSatisfy(v -> assertThat(v.decision().isAllow()).isFalse());
    }
  }

  @Test
  void theRunnerMarksStepsBeforeTheRunningOneAsDone() {
    try (Monitor m = Monitors.geometricOnly(MonitorConfig.DEFAULTS)) {
      Scenario s = ((Parsed.Ok<Scenario>) read("\"current_step\":1,", TWO_ALLOW)).value();
      var r = ScenarioRunner.run(m, s);
      assertThat(r.judgement().steps().get(0).summary()).contains("already executed");
    }
  }
}
