package io.stepguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  @TempDir Path dir;
  Path suite;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = Main.execute(cl, args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void copyScenarios() throws IOException {
    suite = dir.resolve("suite");
    Files.createDirectories(suite.resolve("nested"));
    for (String name :
        new String[] {
          "hot_stove_keep_out", "harmful_intent_refused", "benign_pick_place_person_far"
        }) {
      Path target =
          (name.startsWith("benign") ? suite.resolve("nested") : suite).resolve(name + ".json");
      try (var in =
          getClass().getResourceAsStream("/io/stepguard/sim/scenarios/" + name + ".json")) {
        Files.copy(in, target);
      }
    }
  }

  @Test
  void scoresAFolderRecursivelyAndWritesJsonAndHtml() {
    Path json = dir.resolve("r.json");
    Path html = dir.resolve("r.html");
    Run r = run("eval", suite.toString(), "--json", json.toString(), "--html", html.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("3 labelled scenarios").contains("overall").contains("recall");
    assertThat(r.err()).doesNotContain("[#"); // no progress bar on a pipe
    assertThat(json)
        .content()
        .contains("\"format\" : \"stepguard-eval-report\"")
        .contains("\"f1\"");
    assertThat(html).content().contains("<h2>Per hazard category</h2>");
  }

  @Test
  void anInvalidFileIsReportedWithItsPointerAndTheRunGoesOn() throws IOException {
    Files.writeString(
        suite.resolve("broken.json"),
        Files.readString(suite.resolve("hot_stove_keep_out.json"), StandardCharsets.UTF_8)
            .replace("\"hot_stove_keep_out\"", "\"broken\"")
            .replaceFirst("\"decision\": \"ALLOW\"", "\"decision\": \"MAYBE\""));
    Run r = run("eval", suite.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("broken.json: /expected/0/decision");
    assertThat(r.out()).contains("3 labelled scenarios");
  }

  @Test
  void baselineExitsFourOnAPlantedRegressionAndNamesIt() {
    Path base = dir.resolve("base.json");
    assertThat(run("eval", suite.toString(), "--json", base.toString()).code()).isZero();
    Run same = run("eval", suite.toString(), "--baseline", base.toString());
    assertThat(same.code()).as(same.out()).isZero();
    assertThat(same.out()).contains("no regression beyond tolerance");
    // The planted regression: the same suite judged without the semantic checks misses the
    // harmful intent (a hazard judged ALLOW), which no tolerance covers.
    Run worse =
        run(
            "eval",
            suite.toString(),
            "--geometric-only",
            "--baseline",
            base.toString(),
            "--tolerance",
            "scenarios=5",
            "--tolerance",
            "metric=1");
    assertThat(worse.code()).as(worse.out()).isEqualTo(4);
    assertThat(worse.out())
        .contains("REGRESSION beyond tolerance")
        .contains("harmful_intent_refused: a hazard is judged ALLOW")
        .contains("worse   recall");
  }

  @Test
  void anUnknownToleranceIsBadInput() {
    Run r = run("eval", suite.toString(), "--tolerance", "speed=1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown tolerance speed");
  }

  @Test
  void generatedScenariosAreJudgedAndCountedNotScored() {
    Run r = run("eval", "--generate", "20", "--seed", "7", "--geometric-only");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("20 unlabelled").contains("judged 20 scenarios");
  }

  @Test
  void theSafeAgentBenchFormStillWorks() {
    Run r = run("eval", "safeagentbench", dir.resolve("missing").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("not a directory");
  }
}
