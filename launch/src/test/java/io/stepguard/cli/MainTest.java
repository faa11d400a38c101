package io.stepguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
  @Test
  void anUnknownCommandExitsTwoWithTheListOfCommandsEvenWithHelp() {
    var out = new StringWriter();
    var err = new StringWriter();
    var cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = Main.execute(cl, "audti", "--help");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("unknown command 'audti'")
        .contains("check")
        .contains("eval")
        .contains("demo");
  }

  @Test
  void aKnownCommandStillRuns() {
    var cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(Main.execute(cl, "check", "--help")).isZero();
  }
}
