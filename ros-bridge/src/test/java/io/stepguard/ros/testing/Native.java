package io.stepguard.ros.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs native tools for tests; a missing tool fails with the Debian package that provides it. */
public final class Native {
  /** The loopback-only Cyclone configuration every test process uses. */
  public static final String CYCLONEDDS_URI =
      "<CycloneDDS><Domain id=\"any\"><General><Interfaces><NetworkInterface name=\"lo\"/></Interfaces>"
          + "<AllowMulticast>false</AllowMulticast></General><Discovery><Peers><Peer address=\"127.0.0.1\"/></Peers>"
          + "<ParticipantIndex>auto</ParticipantIndex><MaxAutoParticipantIndex>40</MaxAutoParticipantIndex>"
          + "</Discovery></Domain></CycloneDDS>";

  private Native() {}

  /** The result of a finished process. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** Runs {@code command} in {@code dir}, waits up to {@code timeoutS}, returns its output. */
  public static Result run(Path dir, int timeoutS, List<String> command)
      throws IOException, InterruptedException {
    var pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("CYCLONEDDS_URI", CYCLONEDDS_URI);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new IOException(
          "cannot run "
              + command.getFirst()
              + " ("
              + e.getMessage()
              + "): install the test dependencies with "
              + "sudo apt-get install -y cyclonedds-dev cyclonedds-tools libfastrtps-dev fastddsgen g++ cmake pkg-config",
          e);
    }
    var out = p.getInputStream().readAllBytes();
    var err = p.getErrorStream().readAllBytes();
    if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(command + " did not finish in " + timeoutS + " s");
    }
    return new Result(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** Runs and requires exit code 0. */
  public static String check(Path dir, int timeoutS, List<String> command)
      throws IOException, InterruptedException {
    Result r = run(dir, timeoutS, command);
    if (r.exitCode() != 0) {
      throw new IOException(command + " exited " + r.exitCode() + ":\n" + r.stderr() + r.stdout());
    }
    return r.stdout();
  }
}
