package io.stepguard.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.monitor.Monitor;
import io.stepguard.ros.transport.InProcessTransport;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The node's {@code scene_timeout_s} (0.3 s here) bounds the monitor's own timeout (30 s): a scene
 * that goes stale while a step runs halts, and a plan judged against a stale scene is never ALLOW.
 */
class StaleSceneTest {
  private Monitor monitor;
  private StepguardNode node;
  private Thread loop;
  private NodeHarness peer;

  @BeforeEach
  void start() {
    monitor = NodeHarness.monitor();
    var bus = new InProcessTransport.Bus();
    peer = new NodeHarness(new InProcessTransport(bus), "rt");
    node =
        new StepguardNode(
            monitor,
            new InProcessTransport(bus),
            NodeParameters.DEFAULTS.withSceneTimeoutS(0.3),
            new RosNames("/", "stepguard", Map.of()),
            0);
    loop = Thread.ofPlatform().name("stale-scene-node").start(node::run);
  }

  @AfterEach
  void stop() throws InterruptedException {
    node.stop();
    loop.join(5000);
    peer.close();
    monitor.close();
  }

  @Test
  void aSceneThatGoesStaleWhileAStepRunsHalts() {
    peer.sendScene(NodeHarness.resource("scene-clear.json"));
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(2000, "step 0", h -> !h.approvedSeen.isEmpty());
    assertThat(peer.halted()).isFalse();
    peer.require(3000, "halt once the scene is older than 0.3 s", NodeHarness::halted);
    peer.require(
        2000,
        "the reason in diagnostics",
        h -> h.lastDiagnostic().getOrDefault("halt_reason", "").contains("no scene for"));
  }

  @Test
  void aPlanJudgedAgainstAStaleSceneIsNeverAllowed() throws InterruptedException {
    peer.sendScene(NodeHarness.resource("scene-clear.json"));
    Thread.sleep(600);
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(3000, "three verdicts", h -> h.verdictsSeen.size() >= 3);
    assertThat(peer.verdictsSeen.stream().map(v -> v.path("decision").asText()))
        .doesNotContain("ALLOW");
    assertThat(peer.approvedSeen).isEmpty();
  }
}
