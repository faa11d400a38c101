package io.stepguard.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.json.StepguardJson;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.Monitors;
import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.BoolMsg;
import io.stepguard.ros.msg.Decoded;
import io.stepguard.ros.msg.DiagnosticArray;
import io.stepguard.ros.msg.MessageType;
import io.stepguard.ros.msg.StringMsg;
import io.stepguard.ros.transport.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A planner + executor peer for node tests, on any {@link Transport}: publishes plans, scenes and
 * progress as the node's defaults name them (under {@code namespace}), and collects what the node
 * publishes. Single-threaded; every wait polls with a deadline.
 */
final class NodeHarness implements AutoCloseable {
  /** The real judgement with a scene timeout long enough for slow CI machines. */
  static final MonitorConfig CONFIG = new MonitorConfig(1.6, 0.2, 0.1, 0.02, 0.5, 1.0, 30.0, true);

  static Monitor monitor() {
    return Monitors.geometricOnly(CONFIG);
  }

  static String resource(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/node", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final Transport transport;
  private final Transport.Publisher plan;
  private final Transport.Publisher scene;
  private final Transport.Publisher progress;
  private final Transport.Subscription approved;
  private final Transport.Subscription verdicts;
  private final Transport.Subscription replan;
  private final Transport.Subscription clarification;
  private final Transport.Subscription halt;
  private final Transport.Subscription diagnostics;

  final List<JsonNode> approvedSeen = new ArrayList<>();
  final List<JsonNode> verdictsSeen = new ArrayList<>();
  final List<JsonNode> replanSeen = new ArrayList<>();
  final List<JsonNode> clarificationSeen = new ArrayList<>();
  final List<Boolean> haltSeen = new ArrayList<>();
  final List<DiagnosticArray> diagnosticsSeen = new ArrayList<>();

  /**
   * @param prefix the DDS prefix of the node's topics, "rt" for namespace "/", "rt/arm" for "/arm"
   */
  NodeHarness(Transport transport, String prefix) {
    this.transport = transport;
    plan = transport.publisher(prefix + "/stepguard/plan", TopicType.STRING, Qos.DEFAULT);
    scene = transport.publisher(prefix + "/stepguard/scene", TopicType.STRING, Qos.DEFAULT);
    progress = transport.publisher(prefix + "/stepguard/progress", TopicType.STRING, Qos.DEFAULT);
    approved =
        transport.subscription(prefix + "/stepguard/approved", TopicType.STRING, Qos.DEFAULT);
    verdicts =
        transport.subscription(prefix + "/stepguard/verdicts", TopicType.STRING, Qos.DEFAULT);
    replan = transport.subscription(prefix + "/stepguard/replan", TopicType.STRING, Qos.DEFAULT);
    clarification =
        transport.subscription(prefix + "/stepguard/clarification", TopicType.STRING, Qos.DEFAULT);
    halt = transport.subscription(prefix + "/stepguard/halt", TopicType.BOOL, Qos.LATCHED);
    diagnostics = transport.subscription("rt/diagnostics", TopicType.DIAGNOSTIC_ARRAY, Qos.DEFAULT);
  }

  /** Waits until every publisher and subscription of this peer is matched (DDS discovery). */
  void awaitMatched(long timeoutMs) {
    long end = System.currentTimeMillis() + timeoutMs;
    var all = List.of(approved, verdicts, replan, clarification, halt, diagnostics);
    var pubs = List.of(plan, scene, progress);
    while (System.currentTimeMillis() < end) {
      if (all.stream().allMatch(s -> s.matched() > 0)
          && pubs.stream().allMatch(p -> p.matched() > 0)) {
        return;
      }
      transport.await(20_000_000L);
    }
    throw new AssertionError("the node's topics did not match within " + timeoutMs + " ms");
  }

  void sendPlan(String json) {
    plan.publish(new StringMsg(json));
  }

  void sendScene(String json) {
    scene.publish(new StringMsg(json));
  }

  void sendProgress(String json) {
    progress.publish(new StringMsg(json));
  }

  void stepDone(String planId, int step) {
    sendProgress(
        "{\"plan_id\":\"" + planId + "\",\"step_index\":" + step + ",\"status\":\"done\"}");
  }

  private static JsonNode json(byte[] payload) {
    var d = MessageType.STRING.decode(payload);
    assertThat(d).isInstanceOf(Decoded.Ok.class);
    String text = ((Decoded.Ok<StringMsg>) d).message().data();
    return StepguardJson.parseTree(text).orThrow();
  }

  /** Takes everything received so far into the lists. */
  void drain() {
    approved.take().forEach(p -> approvedSeen.add(json(p)));
    verdicts.take().forEach(p -> verdictsSeen.add(json(p)));
    replan.take().forEach(p -> replanSeen.add(json(p)));
    clarification.take().forEach(p -> clarificationSeen.add(json(p)));
    for (byte[] p : halt.take()) {
      if (MessageType.BOOL.decode(p) instanceof Decoded.Ok<BoolMsg> ok) {
        haltSeen.add(ok.message().data());
      }
    }
    for (byte[] p : diagnostics.take()) {
      if (MessageType.DIAGNOSTIC_ARRAY.decode(p) instanceof Decoded.Ok<DiagnosticArray> ok) {
        diagnosticsSeen.add(ok.message());
      }
    }
  }

  /** Drains until {@code done} holds or the timeout passes; returns whether it held. */
  boolean await(long timeoutMs, Predicate<NodeHarness> done) {
    long end = System.currentTimeMillis() + timeoutMs;
    while (true) {
      drain();
      if (done.test(this)) {
        return true;
      }
      if (System.currentTimeMillis() >= end) {
        return false;
      }
      transport.await(10_000_000L);
    }
  }

  /** Drains until {@code done} holds, failing with {@code what} after the timeout. */
  void require(long timeoutMs, String what, Predicate<NodeHarness> done) {
    if (!await(timeoutMs, done)) {
      throw new AssertionError(
          "timed out waiting for "
              + what
              + "; approved="
              + approvedSeen
              + " verdicts="
              + verdictsSeen.stream()
                  .map(v -> v.path("step_index") + ":" + v.path("decision"))
                  .toList()
              + " halt="
              + (haltSeen.isEmpty() ? "[]" : haltSeen.getLast()));
    }
  }

  boolean halted() {
    return !haltSeen.isEmpty() && haltSeen.getLast();
  }

  /** The last diagnostic's key/values; empty before the first one. */
  Map<String, String> lastDiagnostic() {
    var out = new java.util.LinkedHashMap<String, String>();
    if (diagnosticsSeen.isEmpty()) {
      return out;
    }
    diagnosticsSeen
        .getLast()
        .status()
        .getFirst()
        .values()
        .forEach(kv -> out.put(kv.key(), kv.value()));
    return out;
  }

  @Override
  public void close() {
    transport.close();
  }
}
