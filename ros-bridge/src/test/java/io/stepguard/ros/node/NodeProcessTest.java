package io.stepguard.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.BoolMsg;
import io.stepguard.ros.msg.Decoded;
import io.stepguard.ros.msg.MessageType;
import io.stepguard.ros.testing.Native;
import io.stepguard.ros.transport.CycloneTransport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The node as its own process ({@code NodeMain.main}), the way {@code ros2 launch} runs it: it
 * comes up on ROS_DOMAIN_ID 44 and, on SIGINT (what ros2 launch sends first) or SIGTERM, publishes
 * a final halt=true before it exits.
 */
class NodeProcessTest {
  private static final int DOMAIN = 44;

  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"INT", "TERM"})
  void aSignalPublishesAFinalHaltAndExits(String signal) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var pb =
        new ProcessBuilder(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            NodeMain.class.getName(),
            "--ros-args",
            "-r",
            "__node:=guard",
            "-p",
            "geometric_only:=true");
    pb.environment().put("ROS_DOMAIN_ID", Integer.toString(DOMAIN));
    pb.environment().put("CYCLONEDDS_URI", Native.CYCLONEDDS_URI);
    Path log = Files.createDirectories(Path.of("target")).resolve("node-process.log");
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    Process node = pb.start();
    var halts = new ArrayList<Boolean>();
    try (var peer = new CycloneTransport(DOMAIN, Optional.of(Native.CYCLONEDDS_URI))) {
      var halt = peer.subscription("rt/stepguard/halt", TopicType.BOOL, Qos.LATCHED);
      long end = System.currentTimeMillis() + 20_000;
      while (halts.isEmpty() && System.currentTimeMillis() < end && node.isAlive()) {
        peer.await(50_000_000L);
        collect(halt.take(), halts);
      }
      assertThat(halts).as("halt state from the node process").isNotEmpty();
      assertThat(halts.getLast()).isFalse();

      Native.check(
          Path.of("."),
          10,
          List.of("sh", "-c", "kill -" + signal + " " + node.pid())); // the shell's builtin kill
      assertThat(node.waitFor(15, TimeUnit.SECONDS)).isTrue();
      end = System.currentTimeMillis() + 5000;
      while (!halts.getLast() && System.currentTimeMillis() < end) {
        peer.await(50_000_000L);
        collect(halt.take(), halts);
      }
    } finally {
      node.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(halts.getLast()).as("final halt; node output:\n" + output).isTrue();
    assertThat(node.exitValue()).as(output).isIn(0, 130, 143);
    assertThat(output).contains("/guard").doesNotContain("Exception");
  }

  private static void collect(List<byte[]> payloads, List<Boolean> into) {
    for (byte[] p : payloads) {
      if (MessageType.BOOL.decode(p) instanceof Decoded.Ok<BoolMsg> ok) {
        into.add(ok.message().data());
      }
    }
  }
}
