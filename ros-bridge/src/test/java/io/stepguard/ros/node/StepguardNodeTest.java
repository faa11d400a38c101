package io.stepguard.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.monitor.Monitor;
import io.stepguard.ros.transport.InProcessTransport;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The node's protocol on the in-process transport, judged by the real (geometric) monitor: release
 * one step at a time, stop at the first non-ALLOW step, halt and its reset, fail closed without a
 * scene, survive malformed input, and publish a final halt on shutdown.
 */
class StepguardNodeTest {
  private static Monitor monitor;
  private InProcessTransport nodeTransport;
  private StepguardNode node;
  private Thread loop;
  private NodeHarness peer;

  @BeforeAll
  static void loadMonitor() {
    monitor = NodeHarness.monitor();
  }

  @AfterAll
  static void closeMonitor() {
    monitor.close();
  }

  @BeforeEach
  void start() {
    var bus = new InProcessTransport.Bus();
    peer = new NodeHarness(new InProcessTransport(bus), "rt");
    nodeTransport = new InProcessTransport(bus);
    var names = new RosNames("/", "stepguard", Map.of());
    node =
        new StepguardNode(
            monitor, nodeTransport, NodeParameters.DEFAULTS.withSceneTimeoutS(30), names, 0);
    loop = Thread.ofPlatform().name("node-under-test").start(node::run);
  }

  @AfterEach
  void stop() throws InterruptedException {
    node.stop();
    loop.join(5000);
    assertThat(loop.isAlive()).isFalse();
    peer.close();
  }

  private static boolean hasStep(NodeHarness h, int step) {
    return h.approvedSeen.stream().anyMatch(a -> a.path("step_index").asInt() == step);
  }

  private static long decisions(NodeHarness h, String decision) {
    return h.verdictsSeen.stream()
        .filter(v -> v.path("decision").asText().equals(decision))
        .count();
  }

  @Test
  void releasesNextStepOnlyAfterProgressReportsDone() {
    peer.sendScene(NodeHarness.resource("scene-clear.json"));
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(
        3000, "three ALLOW verdicts and step 0", h -> decisions(h, "ALLOW") == 3 && hasStep(h, 0));
    assertThat(peer.await(300, h -> hasStep(h, 1))).as("step 1 before step 0 is done").isFalse();
    JsonNode first = peer.approvedSeen.getFirst();
    assertThat(first.path("plan_id").asText()).isEqualTo("cup-to-tray");
    assertThat(first.path("step").path("text").asText()).isEqualTo("Pick up the cup.");
    assertThat(first.path("last_step").asBoolean()).isFalse();

    peer.stepDone("cup-to-tray", 0);
    peer.require(3000, "step 1", h -> hasStep(h, 1));
    assertThat(peer.await(300, h -> hasStep(h, 2))).isFalse();
    peer.stepDone("cup-to-tray", 1);
    peer.require(3000, "step 2", h -> hasStep(h, 2));
    assertThat(peer.approvedSeen.getLast().path("last_step").asBoolean()).isTrue();
    peer.stepDone("cup-to-tray", 2);
    assertThat(peer.await(300, h -> h.approvedSeen.size() > 3)).isFalse();
    assertThat(peer.halted()).isFalse();
  }

  @Test
  void stopsReleasingAtTheFirstNonAllowStepAndAsksForAReplan() {
    peer.sendScene(NodeHarness.resource("scene-clear.json"));
    peer.sendPlan(NodeHarness.resource("plan-through-person.json"));
    peer.require(3000, "step 0 released", h -> hasStep(h, 0) && h.verdictsSeen.size() == 2);
    assertThat(peer.verdictsSeen.get(1).path("decision").asText()).isEqualTo("REPLAN");
    peer.stepDone("swing-through-p1", 0);
    peer.require(3000, "the REPLAN on the replan topic", h -> !h.replanSeen.isEmpty());
    JsonNode replan = peer.replanSeen.getFirst();
    assertThat(replan.path("step_index").asInt()).isEqualTo(1);
    assertThat(replan.path("constraints").size()).isPositive();
    assertThat(peer.await(300, h -> hasStep(h, 1))).isFalse();
    assertThat(peer.halted()).isFalse();
  }

  @Test
  void haltsWhenAPersonIsAlreadyAtTheArmAndReleasesNothing() {
    peer.sendScene(NodeHarness.resource("scene-person-at-arm.json"));
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(3000, "halt", NodeHarness::halted);
    assertThat(decisions(peer, "HALT")).isPositive();
    assertThat(peer.approvedSeen).isEmpty();
    peer.require(
        3000,
        "a diagnostic at ERROR",
        h ->
            !h.diagnosticsSeen.isEmpty()
                && h.diagnosticsSeen.getLast().status().getFirst().level() == 2);
    assertThat(peer.lastDiagnostic().getOrDefault("halt_reason", "")).contains("HALT");
  }

  @Test
  void haltClearsOnlyOnAnExplicitResetNamingTheOperator() {
    peer.sendScene(NodeHarness.resource("scene-person-at-arm.json"));
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(3000, "halt", NodeHarness::halted);

    peer.sendScene(NodeHarness.resource("scene-clear.json"));
    peer.sendProgress("{\"reset_halt\": true}");
    assertThat(peer.await(500, h -> !h.halted())).as("reset without operator").isFalse();
    peer.require(
        2000,
        "the refused reset in diagnostics",
        h -> h.lastDiagnostic().getOrDefault("last_problem", "").contains("operator"));

    peer.sendProgress(
        "{\"reset_halt\": true, \"operator\": \"alice\", \"reason\": \"area clear\"}");
    peer.require(2000, "halt cleared", h -> !h.halted());
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(3000, "the next plan released again", h -> hasStep(h, 0));
  }

  @Test
  void aPlanBeforeAnySceneIsNeverAllowed() {
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(3000, "three verdicts", h -> h.verdictsSeen.size() >= 3);
    assertThat(decisions(peer, "ALLOW")).isZero();
    assertThat(peer.approvedSeen).isEmpty();
    peer.require(2000, "halt", NodeHarness::halted);
  }

  @Test
  void malformedJsonYieldsAPlanLevelReplanAndADiagnosticAndTheNodeGoesOn() {
    peer.sendScene("{ this is not json");
    peer.sendPlan("{\"plan_id\": \"broken\", \"steps\": [");
    peer.require(3000, "a plan-level verdict", h -> !h.verdictsSeen.isEmpty());
    JsonNode v = peer.verdictsSeen.getFirst();
    assertThat(v.path("step_index").asInt()).isEqualTo(-1);
    assertThat(v.path("decision").asText()).isEqualTo("REPLAN");
    assertThat(v.path("hazard").asText()).isEqualTo("invalid_input");
    peer.require(3000, "the REPLAN on the replan topic", h -> !h.replanSeen.isEmpty());
    peer.require(
        2000,
        "two malformed messages in diagnostics",
        h -> h.lastDiagnostic().getOrDefault("malformed_messages", "").equals("2"));

    peer.sendScene(NodeHarness.resource("scene-clear.json"));
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(3000, "a valid plan still works", h -> hasStep(h, 0));
  }

  @Test
  void progressForAStepThatIsNotRunningIsReportedAndIgnored() {
    peer.sendScene(NodeHarness.resource("scene-clear.json"));
    peer.sendPlan(NodeHarness.resource("plan-safe.json"));
    peer.require(3000, "step 0", h -> hasStep(h, 0));
    peer.stepDone("cup-to-tray", 1);
    peer.sendProgress("[1, 2]");
    assertThat(peer.await(300, h -> hasStep(h, 1) || hasStep(h, 2))).isFalse();
    peer.require(
        2000,
        "the mismatch in diagnostics",
        h -> h.lastDiagnostic().getOrDefault("last_problem", "").contains("progress"));
  }

  @Test
  void haltIsRepublishedAtLeastTenTimesASecond() {
    peer.drain();
    peer.haltSeen.clear();
    peer.await(2000, h -> false);
    assertThat(peer.haltSeen.size()).isGreaterThanOrEqualTo(19);
    assertThat(peer.haltSeen).containsOnly(false);
  }

  @Test
  void stoppingPublishesAFinalHalt() throws InterruptedException {
    peer.require(2000, "the initial halt state", h -> !h.haltSeen.isEmpty());
    node.stop();
    loop.join(5000);
    peer.require(2000, "halt true", NodeHarness::halted);
    assertThat(node.isStopped()).isTrue();
  }
}
