package io.stepguard.ros.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.json.StepguardJson;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.Monitors;
import io.stepguard.ros.node.NodeMain;
import io.stepguard.ros.node.StepguardNode;
import io.stepguard.ros.testing.Native;
import io.stepguard.ros.testing.Peers;
import io.stepguard.ros.transport.CycloneTransport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end against a native DDS program acting as planner and executor: the node runs in this JVM
 * on Cyclone DDS with the names {@code ros2 launch} would give it ({@code -r __node:=guard -r
 * __ns:=/arm --params-file launch/ros/params.yaml}), judged by the real monitor; the peer publishes
 * scenes, plans and progress on {@code rt/arm/stepguard/...} with ROS 2 type names and reads what
 * the node publishes. Subclasses pick the peer program (Cyclone C, Fast DDS C++) and a domain.
 */
abstract class PeerEndToEndTest {
  private static final String NS = "rt/arm/stepguard/";
  private static final Path RES = Path.of("src/test/resources").toAbsolutePath();

  private static Monitor monitor;
  private CycloneTransport transport;
  private StepguardNode node;
  private Thread loop;

  /** cyclone_peer or fastdds_peer. */
  abstract String peer();

  /** This class's ROS_DOMAIN_ID. */
  abstract int domain();

  @BeforeAll
  static void buildPeersAndLoadMonitor() throws Exception {
    Peers.build();
    monitor = Monitors.geometricOnly(new MonitorConfig(1.6, 0.2, 0.1, 0.02, 0.5, 1.0, 30.0, true));
  }

  @AfterAll
  static void closeMonitor() {
    monitor.close();
  }

  @BeforeEach
  void startNode() {
    var parsed =
        NodeMain.parse(
            new String[] {
              "--ros-args",
              "-r",
              "__node:=guard",
              "-r",
              "__ns:=/arm",
              "--params-file",
              Path.of("..", "launch", "ros", "params.yaml").toString(),
              "-p",
              "scene_timeout_s:=30"
            },
            Optional.of(Integer.toString(domain())));
    var setup = ((NodeMain.Parsed.Ok) parsed).setup();
    transport = new CycloneTransport(domain(), Optional.of(Native.CYCLONEDDS_URI));
    node = new StepguardNode(monitor, transport, setup.params(), setup.names(), domain());
    loop = Thread.ofPlatform().name("node-" + peer()).start(node::run);
  }

  @AfterEach
  void stopNode() throws InterruptedException {
    node.stop();
    loop.join(5000);
    transport.close();
  }

  /** Runs the peer: publishes FILE on each topic=file given, reads the listed topics. */
  private Peers.Run peer(List<String> pubs, List<String> subs, List<String> boolSubs, int count)
      throws Exception {
    var args = new ArrayList<String>();
    for (String p : pubs) {
      args.add("--pub");
      args.add(NS + p);
    }
    for (String s : subs) {
      args.add("--sub");
      args.add(NS + s);
    }
    for (String s : boolSubs) {
      args.add("--sub-bool");
      args.add(NS + s);
    }
    args.addAll(List.of("--until-count", Integer.toString(count), "--duration", "15"));
    Peers.Run run = Peers.run(peer(), domain(), 30, args);
    assertThat(run.exitCode()).as(peer() + " stderr:\n" + run.stderr()).isZero();
    return run;
  }

  private static String res(String path) {
    return RES.resolve(path).toString();
  }

  private static List<JsonNode> json(List<String> payloads) {
    return payloads.stream().map(p -> StepguardJson.parseTree(p).orThrow()).toList();
  }

  /** Publishes a scene and waits until the node has it (its halt flag is the acknowledgement). */
  private void scene(String file) throws Exception {
    peer(List.of("scene=" + res("node/" + file)), List.of(), List.of("halt"), 1);
  }

  @Test
  void planInGivesOneVerdictPerStepAndReleasesStepsOneAtATime() throws Exception {
    scene("scene-clear.json");
    Peers.Run planned =
        peer(
            List.of("plan=" + res("node/plan-safe.json")),
            List.of("verdicts", "approved"),
            List.of(),
            4);
    List<JsonNode> verdicts = json(planned.received(NS + "verdicts"));
    assertThat(verdicts).hasSize(3);
    assertThat(verdicts.stream().map(v -> v.path("decision").asText())).containsOnly("ALLOW");
    assertThat(verdicts.stream().map(v -> v.path("step_index").asInt())).containsExactly(0, 1, 2);
    List<JsonNode> approved = json(planned.received(NS + "approved"));
    assertThat(approved).hasSize(1);
    assertThat(approved.getFirst().path("step_index").asInt()).isZero();

    Peers.Run progressed =
        peer(
            List.of("progress=" + res("peers/progress-step0-done.json")),
            List.of("approved"),
            List.of(),
            1);
    JsonNode next = json(progressed.received(NS + "approved")).getFirst();
    assertThat(next.path("plan_id").asText()).isEqualTo("cup-to-tray");
    assertThat(next.path("step_index").asInt()).isEqualTo(1);
  }

  @Test
  void aHazardousPlanSetsTheLatchedHaltAndReleasesNothing() throws Exception {
    scene("scene-person-at-arm.json");
    Peers.Run run =
        peer(List.of("plan=" + res("node/plan-safe.json")), List.of("verdicts"), List.of(), 3);
    assertThat(json(run.received(NS + "verdicts")).getFirst().path("decision").asText())
        .isEqualTo("HALT");
    // a late joiner reads the latched halt flag
    Peers.Run late = peer(List.of(), List.of(), List.of("halt"), 1);
    assertThat(late.received(NS + "halt")).isNotEmpty().containsOnly("true");

    peer(List.of("progress=" + res("peers/reset-halt.json")), List.of(), List.of(), 0);
    Peers.Run after = peer(List.of(), List.of(), List.of("halt"), 3);
    assertThat(after.received(NS + "halt")).last().isEqualTo("false");
  }

  @Test
  void malformedJsonInAValidStringGetsAPlanLevelReplanAndTheNodeGoesOn() throws Exception {
    Peers.Run run =
        peer(
            List.of("plan=" + res("peers/malformed-plan.json")),
            List.of("verdicts", "replan"),
            List.of(),
            2);
    JsonNode v = json(run.received(NS + "verdicts")).getFirst();
    assertThat(v.path("step_index").asInt()).isEqualTo(-1);
    assertThat(v.path("decision").asText()).isEqualTo("REPLAN");
    assertThat(v.path("hazard").asText()).isEqualTo("invalid_input");
    assertThat(run.received(NS + "replan")).hasSize(1);
    assertThat(loop.isAlive()).isTrue();
  }
}
