package io.stepguard.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.monitor.Monitor;
import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.Decoded;
import io.stepguard.ros.msg.MessageType;
import io.stepguard.ros.msg.ParticipantEntitiesInfo;
import io.stepguard.ros.testing.Native;
import io.stepguard.ros.transport.CycloneTransport;
import io.stepguard.ros.transport.Transport;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The node on the real DDS wire (Cyclone, loopback, domain 43) with the names launch_ros gives it:
 * {@code --ros-args -r __node:=guard -r __ns:=/arm --params-file launch/ros/params.yaml}. A Java
 * Cyclone participant plays planner and executor on {@code rt/arm/stepguard/...} and reads {@code
 * ros_discovery_info}.
 */
class NodeOnCycloneTest {
  private static final int DOMAIN = 43;
  private static Monitor monitor;
  private static CycloneTransport nodeTransport;
  private static StepguardNode node;
  private static Thread loop;
  private static NodeHarness peer;
  private static Transport peerTransport;

  @BeforeAll
  static void start() {
    monitor = NodeHarness.monitor();
    var parsed =
        NodeMain.parse(
            new String[] {
              "--ros-args",
              "-r",
              "__node:=guard",
              "-r",
              "__ns:=/arm",
              "--params-file",
              java.nio.file.Path.of("..", "launch", "ros", "params.yaml").toString(),
              "-p",
              "scene_timeout_s:=30"
            },
            Optional.of(Integer.toString(DOMAIN)));
    var setup = ((NodeMain.Parsed.Ok) parsed).setup();
    nodeTransport = new CycloneTransport(DOMAIN, Optional.of(Native.CYCLONEDDS_URI));
    node = new StepguardNode(monitor, nodeTransport, setup.params(), setup.names(), DOMAIN);
    loop = Thread.ofPlatform().name("node-on-cyclone").start(node::run);
    peerTransport = new CycloneTransport(DOMAIN, Optional.of(Native.CYCLONEDDS_URI));
    peer = new NodeHarness(peerTransport, "rt/arm");
    peer.awaitMatched(10_000);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    node.stop();
    loop.join(5000);
    nodeTransport.close();
    peer.close();
    monitor.close();
  }

  private static boolean hasStep(NodeHarness h, int step) {
    return h.approvedSeen.stream().anyMatch(a -> a.path("step_index").asInt() == step);
  }

  private static List<com.fasterxml.jackson.databind.JsonNode> verdictsOf(
      NodeHarness h, String planId) {
    return h.verdictsSeen.stream().filter(v -> v.path("plan_id").asText().equals(planId)).toList();
  }

  @Test
  void planInGivesVerdictsAndTheFirstStepOnTheNamespacedTopics() {
    peer.sendScene(NodeHarness.resource("scene-clear.json"));
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(
        5000,
        "3 verdicts and step 0",
        h -> verdictsOf(h, "cup-to-tray").size() >= 3 && hasStep(h, 0));
    assertThat(verdictsOf(peer, "cup-to-tray").stream().map(v -> v.path("decision").asText()))
        .containsOnly("ALLOW");
    peer.stepDone("cup-to-tray", 0);
    peer.require(5000, "step 1", h -> hasStep(h, 1));
  }

  @Test
  void discoveryInfoShowsNodeGuardInArmWithItsReadersAndWriters() {
    var reader =
        peerTransport.subscription(
            "ros_discovery_info", TopicType.participantEntitiesInfo(16), Qos.LATCHED);
    var type = MessageType.participantEntitiesInfo(16);
    String nodeGid = HexFormat.of().formatHex(nodeTransport.guid());
    long end = System.currentTimeMillis() + 5000;
    while (System.currentTimeMillis() < end) {
      for (byte[] p : reader.take()) {
        if (type.decode(p) instanceof Decoded.Ok<ParticipantEntitiesInfo> ok
            && ok.message().gid().toString().equals(nodeGid)) {
          List<ParticipantEntitiesInfo.NodeEntitiesInfo> nodes = ok.message().nodes();
          assertThat(nodes).hasSize(1);
          assertThat(nodes.getFirst().namespace()).isEqualTo("/arm");
          assertThat(nodes.getFirst().name()).isEqualTo("guard");
          assertThat(nodes.getFirst().readers()).hasSize(4);
          assertThat(nodes.getFirst().writers()).hasSize(6);
          return;
        }
      }
      peerTransport.await(50_000_000L);
    }
    throw new AssertionError("no ros_discovery_info from the node's participant " + nodeGid);
  }

  @Test
  void malformedJsonInsideAValidStringIsReportedInDiagnosticsAndNothingCrashes() {
    peer.sendPlan("{\"plan_id\": 7, \"steps\": ");
    peer.require(
        5000,
        "a plan-level REPLAN for invalid input",
        h ->
            h.verdictsSeen.stream()
                .anyMatch(
                    v ->
                        v.path("step_index").asInt() == -1
                            && v.path("hazard").asText().equals("invalid_input")));
    peer.require(
        5000,
        "the problem in diagnostics",
        h ->
            !h.diagnosticsSeen.isEmpty()
                && h.lastDiagnostic().getOrDefault("last_problem", "").contains("invalid plan"));
    assertThat(loop.isAlive()).isTrue();
  }
}
