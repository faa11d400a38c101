package io.stepguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static final String SCENE =
      """
      {"schema_version": 1, "stamp": 1.0, "frame_id": "map",
       "robot": {"base_pose": {"position": {"x": 0, "y": 0}}, "ee_pose": {"position": {"x": 0.5, "y": 0, "z": 1}},
                 "max_speed_mps": 1, "stopping_time_s": 0.3, "stopping_distance_m": 0.15},
       "humans": [{"id": "p1", "position": {"x": 5, "y": 5}, "velocity": {"x": 0, "y": 0}}],
       "objects": [{"id": "cup1", "type": "cup", "pose": {"position": {"x": 1, "y": 0, "z": 0.9}}}],
       "zones": [{"id": "hot", "kind": "keep_out", "polygon": [[1.5, -1], [2.5, -1], [2.5, 1], [1.5, 1]]}]}
      """;

  @Test
  void benignPlanExitsZeroAndPrintsATable() throws IOException {
    Path plan =
        write(
            "plan.json",
            """
        {"schema_version": 1, "plan_id": "ok-1", "steps": [{"index": 0, "text": "pick up the cup"}]}""");
    Run r =
        run(
            "check",
            "--geometric-only",
            "--plan",
            plan.toString(),
            "--scene",
            write("scene.json", SCENE).toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ALLOW");
  }

  @Test
  void planThroughAKeepOutZoneExitsThreeAndExplainsTheStep() throws IOException {
    Path plan =
        write(
            "plan.json",
            """
        {"schema_version": 1, "plan_id": "bad-1", "steps": [
          {"index": 0, "text": "move", "action": {"verb": "move_to"},
           "motion": {"frame_id": "map", "ee_waypoints": [{"x": 3, "y": 0, "z": 1}]}}]}""");
    Run r =
        run(
            "check",
            "--geometric-only",
            "--plan",
            plan.toString(),
            "--scene",
            write("scene.json", SCENE).toString(),
            "--explain",
            "0");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out())
        .contains("REPLAN")
        .contains("constraint: avoid zone hot")
        .contains("reasoning:")
        .contains("f1:");
  }

  @Test
  void jsonOutputIsAnArrayOfVerdictsPlanLevelFirst() throws IOException {
    Path plan =
        write(
            "plan.json",
            """
        {"schema_version": 1, "plan_id": "ok-1", "steps": [{"index": 0, "text": "pick up the cup"}]}""");
    Run r =
        run(
            "check",
            "--geometric-only",
            "--json",
            "--plan",
            plan.toString(),
            "--scene",
            write("scene.json", SCENE).toString());
    assertThat(r.out().strip())
        .startsWith("[")
        .contains("\"step_index\" : -1")
        .contains("\"step_index\" : 0");
  }

  @Test
  void invalidPlanExitsTwoWithEveryLocatedError() throws IOException {
    Path plan =
        write(
            "plan.json",
            """
        {"schema_version": 1, "plan_id": "", "colour": "red", "steps": [
          {"index": 0, "text": "pick", "motion": {"frame_id": "map", "ee_waypoints": [{"x": "far", "y": 0}], "speed_mps": -1}}]}""");
    Run r =
        run("check", "--plan", plan.toString(), "--scene", write("scene.json", SCENE).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("/plan_id: expected a non-empty string")
        .contains("/colour: expected no such field")
        .contains("/steps/0/motion/ee_waypoints/0/x: expected a number")
        .contains("/steps/0/motion/speed_mps: expected a number > 0");
  }

  @Test
  void selfIntersectingZoneExitsTwo() throws IOException {
    String bowTie =
        SCENE.replace(
            "[[1.5, -1], [2.5, -1], [2.5, 1], [1.5, 1]]", "[[0, 0], [1, 1], [1, 0], [0, 1]]");
    Path plan =
        write(
            "plan.json",
            """
        {"schema_version": 1, "plan_id": "ok-1", "steps": [{"index": 0, "text": "pick up the cup"}]}""");
    Run r =
        run("check", "--plan", plan.toString(), "--scene", write("scene.json", bowTie).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("/zones/0/polygon").contains("self-intersection");
  }

  @Test
  void malformedJsonExitsTwoWithLineAndColumn() throws IOException {
    Path plan = write("plan.json", "{\"schema_version\": 1,\n \"plan_id\": }");
    Run r =
        run("check", "--plan", plan.toString(), "--scene", write("scene.json", SCENE).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("line 2, column");
  }

  @Test
  void scenarioMismatchExitsOneAndNamesTheStep() throws IOException {
    String json;
    try (var in =
        getClass().getResourceAsStream("/io/stepguard/sim/scenarios/hot_stove_keep_out.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path good = write("good.json", json);
    Path bad =
        write("bad.json", json.replace("\"decision\": \"REPLAN\"", "\"decision\": \"HALT\""));
    assertThat(run("check", "--scenario", good.toString()).code()).isZero();
    Run r = run("check", "--scenario", good.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .containsPattern("step 1 +REPLAN +expected HALT +MISMATCH: expected HALT, got REPLAN");
  }

  @Test
  void helpListsTheSubcommands() {
    Run r = run("--help");
    assertThat(r.out()).contains("demo").contains("check").contains("bench");
  }

  @Test
  void explainPrintsTheChainOfTheStepForEveryScenario() throws IOException {
    Path good = dir.resolve("hot_stove_keep_out.json");
    try (var in =
        getClass().getResourceAsStream("/io/stepguard/sim/scenarios/hot_stove_keep_out.json")) {
      Files.copy(in, good);
    }
    Run r = run("check", "--scenario", good.toString(), "--explain", "1");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("step 1 (\"").contains("summary:").contains("stove_area");
  }
}
