package io.stepguard.ros.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The native DDS peers of src/test/peers (cyclone_peer, fastdds_peer, cyclone_echo, cyclone_ping),
 * built once per JVM into target/peers by their build.sh, and run with ROS_DOMAIN_ID and the
 * loopback-only Cyclone configuration.
 */
public final class Peers {
  private static Path built;

  private Peers() {}

  /**
   * Builds the peers (incrementally) and returns their directory.
   *
   * @throws IOException naming the Debian package to install when a tool or library is missing
   */
  public static synchronized Path build() throws IOException, InterruptedException {
    if (built == null) {
      Path out = Files.createDirectories(Path.of("target", "peers")).toAbsolutePath();
      Path script = Path.of("src", "test", "peers", "build.sh").toAbsolutePath();
      Native.Result r = Native.run(out, 300, List.of("sh", script.toString(), out.toString()));
      if (r.exitCode() != 0) {
        throw new IOException(
            "building the DDS peers failed (exit "
                + r.exitCode()
                + "):\n"
                + r.stderr()
                + r.stdout()
                + "\nThe tests need: sudo apt-get install -y cyclonedds-dev cyclonedds-tools"
                + " libfastrtps-dev fastddsgen g++ cmake pkg-config");
      }
      built = out;
    }
    return built;
  }

  /** One line a peer printed: SENT, or RECV with its topic and unescaped payload. */
  public record Line(String kind, String topic, String payload) {}

  /** What a peer run printed and how it ended. */
  public record Run(int exitCode, List<Line> lines, String stderr) {
    /** Payloads received on {@code topic}, in order. */
    public List<String> received(String topic) {
      return lines.stream()
          .filter(l -> l.kind().equals("RECV") && l.topic().equals(topic))
          .map(Line::payload)
          .toList();
    }
  }

  /** Runs {@code program} with {@code args} on {@code domain}, waiting up to {@code timeoutS}. */
  public static Run run(String program, int domain, int timeoutS, List<String> args)
      throws IOException, InterruptedException {
    var cmd = new ArrayList<String>();
    cmd.add(build().resolve(program).toString());
    cmd.addAll(args);
    var pb = new ProcessBuilder(cmd);
    pb.environment().put("ROS_DOMAIN_ID", Integer.toString(domain));
    pb.environment().put("CYCLONEDDS_URI", Native.CYCLONEDDS_URI);
    Path out = Files.createTempFile(Path.of("target"), program, ".out");
    Path err = Files.createTempFile(Path.of("target"), program, ".err");
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(program + " " + args + " did not finish in " + timeoutS + " s");
    }
    var lines = new ArrayList<Line>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 3);
      if (f.length >= 2) {
        lines.add(new Line(f[0], f[1], f.length == 3 ? unescape(f[2]) : ""));
      }
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return new Run(p.exitValue(), lines, stderr);
  }

  /** Undoes the peers' escapes: \\ \t \n. */
  static String unescape(String s) {
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              default -> n;
            });
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
