package io.stepguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RunCommandTest {
  private static int runCapturingStderr(ByteArrayOutputStream err, String... args) {
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return Main.execute(args);
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void unknownParameterExitsTwoNamingItAndTheKnownOnes() {
    var err = new ByteArrayOutputStream();
    int code = runCapturingStderr(err, "run", "--geometric-only", "--ros-args", "-p", "bogus:=1");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bogus").contains("scene_timeout_s");
  }

  @Test
  void malformedRosArgumentExitsTwo() {
    var err = new ByteArrayOutputStream();
    int code =
        runCapturingStderr(err, "run", "--geometric-only", "--ros-args", "-r", "no-separator");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-separator");
  }
}
