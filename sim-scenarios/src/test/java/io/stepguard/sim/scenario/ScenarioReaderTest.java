package io.stepguard.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.json.Parsed;
import io.stepguard.model.json.Problem;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
  private static final String SCENE =
      """
      {"schema_version": 1, "stamp": 1.0, "frame_id": "map",
       "robot": {"base_pose": {"position": {"x": 0, "y": 0}}, "ee_pose": {"position": {"x": 0.5, "y": 0, "z": 1}},
                 "max_speed_mps": 1, "stopping_time_s": 0.3, "stopping_distance_m": 0.15},
       "objects": [{"id": "cup1", "type": "cup", "pose": {"position": {"x": 1, "y": 0, "z": 0.9}}}]}""";
  private static final String PLAN =
      """
      {"schema_version": 1, "plan_id": "p", "steps": [{"index": 0, "text": "pick up the cup"}]}""";

  @Test
  void readsAValidScenario() {
    var r =
        ScenarioReader.read(
            "{\"schema_version\":1,\"name\":\"n\",\"scene\":"
                + SCENE
                + ",\"plan\":"
                + PLAN
                + ",\"expected\":[{\"step\":0,\"decision\":\"ALLOW\"}]}");
    assertThat(r).isInstanceOf(Parsed.Ok.class);
  }

  @Test
  void reportsProblemsInsideTheSceneAndTheExpectationsWithTheirPointers() {
    var r =
        ScenarioReader.read(
            "{\"schema_version\":1,\"name\":\"n\",\"scene\":"
                + SCENE.replace("\"max_speed_mps\": 1", "\"max_speed_mps\": -1")
                + ",\"plan\":"
                + PLAN
                + ",\"expected\":[{\"step\":0,\"decision\":\"MAYBE\",\"hazard\":\"dragons\"}]}");
    assertThat(r).isInstanceOf(Parsed.Invalid.class);
    var pointers =
        ((Parsed.Invalid<Scenario>) r).problems().stream().map(Problem::pointer).toList();
    assertThat(pointers)
        .containsExactlyInAnyOrder(
            "/scene/robot/max_speed_mps", "/expected/0/decision", "/expected/0/hazard");
  }

  @Test
  void requiresOneExpectationPerStep() {
    var r =
        ScenarioReader.read(
            "{\"schema_version\":1,\"name\":\"n\",\"scene\":"
                + SCENE
                + ",\"plan\":"
                + PLAN
                + ",\"expected\":[]}");
    assertThat(((Parsed.Invalid<Scenario>) r).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEqualTo("/expected"));
  }
}
