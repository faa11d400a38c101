package io.stepguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.sim.scenario.BundledScenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demoPrintsADecisionForEveryStepAndWritesTheHtmlReport() throws Exception {
    var out = new StringWriter();
    var cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    int code = cl.execute("demo", "--out", dir.toString());
    String text = out.toString();
    assertThat(code).as(text).isZero();
    int steps = BundledScenarios.all().stream().mapToInt(s -> s.plan().steps().size()).sum();
    assertThat(
            text.lines()
                .filter(l -> l.matches("\\s+step \\d+ (ALLOW|CLARIFY|REPLAN|HALT) .*"))
                .count())
        .isEqualTo(steps);
    String html = Files.readString(dir.resolve("index.html"));
    assertThat(html).contains("<svg").contains("stroke=\"#e74c3c\"").contains("stove_area");
  }
}
