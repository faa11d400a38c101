package io.stepguard.ros.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.SceneState;
import io.stepguard.model.Severity;
import io.stepguard.model.Verdict;
import io.stepguard.model.json.Parsed;
import io.stepguard.model.json.Problem;
import io.stepguard.model.json.StepguardJson;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.PlanJudgement;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.geometry.SceneAcceptance;
import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.BoolMsg;
import io.stepguard.ros.msg.Decoded;
import io.stepguard.ros.msg.DiagnosticArray;
import io.stepguard.ros.msg.MessageType;
import io.stepguard.ros.msg.ParticipantEntitiesInfo;
import io.stepguard.ros.msg.StringMsg;
import io.stepguard.ros.transport.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * stepguard as a ROS 2 node: plans and scenes in (JSON in std_msgs/String), verdicts out, steps
 * released one at a time, a latched halt flag, diagnostics, and discovery info.
 *
 * <p>Protocol (docs/ros2.md): every plan is judged whole before anything is released; step 0 is
 * published on the approved topic if ALLOW; step k+1 only after the progress topic reports step k
 * done, and only if re-judged ALLOW in the scene of that moment. Each scene update re-judges the
 * running step: a hazard halts it in the same loop iteration. No scene, or a scene older than
 * {@code scene_timeout_s}, while a step runs, halts. Halt clears only on an explicit reset message
 * on the progress topic. Malformed payloads are counted, reported in diagnostics, and never crash
 * the node.
 *
 * <p>Threading: {@link #run()} owns all state on one thread; {@link #stop()} may be called from any
 * thread (a signal handler).
 */
public final class StepguardNode {
  private static final System.Logger LOG = System.getLogger("stepguard.node");

  private final Monitor monitor;
  private final Transport transport;
  private final NodeParameters params;
  private final RosNames names;
  private final int domainId;

  private final Transport.Subscription planSub;
  private final Transport.Subscription sceneSub;
  private final Transport.Subscription progressSub;
  private final Transport.Subscription answerSub;
  private final Transport.Publisher approvedPub;
  private final Transport.Publisher verdictsPub;
  private final Transport.Publisher replanPub;
  private final Transport.Publisher clarificationPub;
  private final Transport.Publisher haltPub;
  private final Transport.Publisher diagnosticsPub;
  private final Transport.Publisher discoveryPub;

  private static final long UNMATCHED_GRACE_NANOS = 10_000_000_000L;
  private final long startedNanos = System.nanoTime();
  private final java.util.Set<String> warnedUnmatched = new java.util.HashSet<>();

  private volatile boolean stopping;
  private volatile boolean stopped;

  private Optional<SceneState> scene = Optional.empty();
  private long sceneReceivedNanos;
  private Optional<Execution> execution = Optional.empty();
  private Optional<ActionPlan> pendingPlan = Optional.empty();
  private boolean halted;
  private String haltReason = "";
  private long plansJudged;
  private long malformed;
  private String lastProblem = "";
  private String lastDiagnosticKey = "";

  /** A plan being executed: its last judgement and which step runs. */
  private record Execution(
      ActionPlan plan, PlanJudgement judgement, int running, boolean stepActive) {}

  public StepguardNode(
      Monitor monitor, Transport transport, NodeParameters params, RosNames names, int domainId) {
    this.monitor = monitor;
    this.transport = transport;
    this.params = params;
    this.names = names;
    this.domainId = domainId;
    var latched =
        Qos.LATCHED
            .withDeadline(Duration.ofMillis((long) (2000 / params.haltPublishHz())))
            .withLiveliness(Duration.ofSeconds(1));
    planSub =
        transport.subscription(names.ddsTopic(params.planTopic()), TopicType.STRING, Qos.DEFAULT);
    sceneSub =
        transport.subscription(names.ddsTopic(params.sceneTopic()), TopicType.STRING, Qos.DEFAULT);
    progressSub =
        transport.subscription(
            names.ddsTopic(params.progressTopic()), TopicType.STRING, Qos.DEFAULT);
    answerSub =
        transport.subscription(
            names.ddsTopic(params.clarificationAnswerTopic()), TopicType.STRING, Qos.DEFAULT);
    approvedPub =
        transport.publisher(names.ddsTopic(params.approvedTopic()), TopicType.STRING, Qos.DEFAULT);
    verdictsPub =
        transport.publisher(names.ddsTopic(params.verdictsTopic()), TopicType.STRING, Qos.DEFAULT);
    replanPub =
        transport.publisher(names.ddsTopic(params.replanTopic()), TopicType.STRING, Qos.DEFAULT);
    clarificationPub =
        transport.publisher(
            names.ddsTopic(params.clarificationTopic()), TopicType.STRING, Qos.DEFAULT);
    haltPub = transport.publisher(names.ddsTopic(params.haltTopic()), TopicType.BOOL, latched);
    diagnosticsPub =
        transport.publisher(
            names.ddsTopic(params.diagnosticsTopic()), TopicType.DIAGNOSTIC_ARRAY, Qos.DEFAULT);
    discoveryPub =
        transport.publisher(
            "ros_discovery_info", TopicType.participantEntitiesInfo(params.gidSize()), Qos.LATCHED);
  }

  /** The node's ROS names. */
  public RosNames names() {
    return names;
  }

  /** Asks {@link #run()} to finish: it publishes a final halt and returns. Thread-safe. */
  public void stop() {
    stopping = true;
    transport.wakeUp();
  }

  public boolean isStopped() {
    return stopped;
  }

  /** The loop: returns after {@link #stop()}. */
  public void run() {
    announce();
    publishHalt();
    publishDiagnostics(true);
    long haltPeriod = (long) (1e9 / params.haltPublishHz());
    long diagPeriod = (long) (1e9 / params.diagnosticsHz());
    long nextHalt = System.nanoTime() + haltPeriod;
    long nextDiag = System.nanoTime() + diagPeriod;
    LOG.log(
        System.Logger.Level.INFO,
        "stepguard node {0} up on domain {1}",
        names.fullyQualifiedName(),
        domainId);
    try {
      while (!stopping) {
        try {
          long now = System.nanoTime();
          transport.await(Math.max(0, Math.min(nextHalt, nextDiag) - now));
          if (stopping) {
            break;
          }
          poll();
          now = System.nanoTime();
          watchdog(now);
          if (now >= nextHalt) {
            publishHalt();
            // a fixed rate, not a fixed delay: late iterations do not stretch the period
            nextHalt = nextHalt + haltPeriod > now ? nextHalt + haltPeriod : now + haltPeriod;
          }
          if (now >= nextDiag) {
            publishDiagnostics(true);
            nextDiag = nextDiag + diagPeriod > now ? nextDiag + diagPeriod : now + diagPeriod;
          } else {
            publishDiagnostics(false);
          }
        } catch (RuntimeException e) {
          // A DDS call that failed (a reliable write that timed out, say): fail closed, go on.
          problem("node loop: " + e);
          halted = true;
          haltReason = "internal error: " + e.getMessage();
          pause();
        }
      }
    } finally {
      halted = true;
      haltReason = "stepguard node shutting down";
      try {
        publishHalt();
        publishDiagnostics(true);
      } finally {
        stopped = true;
        LOG.log(
            System.Logger.Level.INFO,
            "stepguard node {0} stopped, halt published",
            names.fullyQualifiedName());
      }
    }
  }

  /** Keeps a loop that fails on every iteration from spinning. */
  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  /** Handles everything received; one malformed message never stops the others. */
  void poll() {
    for (byte[] p : sceneSub.take()) {
      text(p, "scene").ifPresent(t -> guarded("scene", () -> onScene(t)));
    }
    for (byte[] p : progressSub.take()) {
      text(p, "progress").ifPresent(t -> guarded("progress", () -> onProgress(t)));
    }
    for (byte[] p : planSub.take()) {
      text(p, "plan").ifPresent(t -> guarded("plan", () -> onPlan(t)));
    }
    for (byte[] p : answerSub.take()) {
      text(p, "clarification_answer")
          .ifPresent(
              a -> LOG.log(System.Logger.Level.INFO, "clarification answer (logged only): {0}", a));
    }
  }

  /**
   * Runs a message handler; an unexpected exception (a bug, or a monitor failure) is reported and
   * halts (fail closed) instead of ending the node.
   */
  private void guarded(String what, Runnable handler) {
    try {
      handler.run();
    } catch (RuntimeException e) {
      problem("handling a " + what + " message failed: " + e);
      halt("internal error while handling a " + what + " message: " + e.getMessage());
    }
  }

  private Optional<String> text(byte[] payload, String what) {
    return switch (MessageType.STRING.decode(payload)) {
      case Decoded.Ok<StringMsg> ok -> Optional.of(ok.message().data());
      case Decoded.Malformed<StringMsg> bad -> {
        problem("malformed " + what + " message: " + bad.reason());
        yield Optional.empty();
      }
    };
  }

  private void problem(String p) {
    malformed++;
    lastProblem = p;
    LOG.log(System.Logger.Level.WARNING, p);
  }

  private double now() {
    return scene.map(s -> s.stampS() + (System.nanoTime() - sceneReceivedNanos) / 1e9).orElse(0.0);
  }

  /**
   * The latest scene, or empty when it is older than {@code scene_timeout_s} by this node's clock:
   * the node's timeout bounds the monitor's, whatever the monitor was configured with, and the
   * monitor never allows a step without a scene.
   */
  private Optional<SceneState> freshScene() {
    if (scene.isPresent()
        && (System.nanoTime() - sceneReceivedNanos) / 1e9 > params.sceneTimeoutS()) {
      return Optional.empty();
    }
    return scene;
  }

  private void onScene(String json) {
    switch (StepguardJson.readScene(json)) {
      case Parsed.Invalid<SceneState> bad ->
          problem("invalid scene (kept the previous one): " + bad.problems());
      case Parsed.Ok<SceneState> ok -> {
        List<Problem> geometry = SceneAcceptance.problems(ok.value());
        if (!geometry.isEmpty()) {
          problem("invalid scene (kept the previous one): " + geometry);
          return;
        }
        scene = Optional.of(ok.value());
        sceneReceivedNanos = System.nanoTime();
        execution.filter(Execution::stepActive).ifPresent(this::recheckRunning);
      }
    }
  }

  /** A new scene while a step runs: judge the running step again; a hazard halts now. */
  private void recheckRunning(Execution e) {
    PlanJudgement j = monitor.judge(e.plan(), freshScene(), now(), e.running());
    Verdict v = j.steps().get(e.running());
    execution = Optional.of(new Execution(e.plan(), j, e.running(), true));
    if (!v.decision().isAllow()) {
      publishVerdict(v);
      halt("step " + e.running() + " of plan " + e.plan().planId() + ": " + v.summary());
    }
  }

  private void watchdog(long nowNanos) {
    if (execution.filter(Execution::stepActive).isEmpty() || halted) {
      return;
    }
    double age = scene.isEmpty() ? Double.POSITIVE_INFINITY : (nowNanos - sceneReceivedNanos) / 1e9;
    if (age > params.sceneTimeoutS()) {
      Execution e = execution.get();
      PlanJudgement j = monitor.judge(e.plan(), freshScene(), now(), e.running());
      publishVerdict(j.steps().get(e.running()));
      halt(
          String.format(
              Locale.ROOT,
              "no scene for %.3f s while step %d runs (timeout %.3f s)",
              age,
              e.running(),
              params.sceneTimeoutS()));
    }
  }

  private void onPlan(String json) {
    switch (StepguardJson.readPlan(json)) {
      case Parsed.Invalid<ActionPlan> bad -> {
        problem("invalid plan: " + bad.problems());
        Verdict v = invalidPlanVerdict(json, bad.problems());
        publishVerdict(v);
        replanPub.publish(new StringMsg(StepguardJson.compact(StepguardJson.verdictNode(v))));
      }
      case Parsed.Ok<ActionPlan> ok -> {
        if (execution.filter(Execution::stepActive).isPresent()) {
          pendingPlan = Optional.of(ok.value());
          LOG.log(
              System.Logger.Level.INFO,
              "plan {0} waits for the running step to finish",
              ok.value().planId());
        } else {
          start(ok.value());
        }
      }
    }
  }

  private void start(ActionPlan plan) {
    execution.ifPresent(old -> withdraw(old.plan()));
    PlanJudgement j = monitor.judge(plan, freshScene(), now(), 0);
    plansJudged++;
    if (!j.planVerdict().decision().isAllow()) {
      publishVerdict(j.planVerdict());
    }
    j.steps().forEach(this::publishVerdict);
    if (j.worstRank() == Decision.HALT.rank()) {
      Verdict worst =
          j.planVerdict().decision() instanceof Decision.Halt
              ? j.planVerdict()
              : j.steps().stream()
                  .filter(v -> v.decision() instanceof Decision.Halt)
                  .findFirst()
                  .orElseThrow();
      halt(
          "plan "
              + plan.planId()
              + (worst.isPlanLevel() ? "" : " step " + worst.stepIndex())
              + ": "
              + worst.summary());
    }
    execution = Optional.of(new Execution(plan, j, 0, false));
    releaseOrStop(0, j);
  }

  /** Releases step k if its (fresh) verdict is ALLOW; else publishes why and stops the plan. */
  private void releaseOrStop(int k, PlanJudgement j) {
    ActionPlan plan = j.plan();
    if (k >= plan.steps().size()) {
      execution = Optional.empty();
      LOG.log(System.Logger.Level.INFO, "plan {0} completed", plan.planId());
      return;
    }
    Verdict v = j.planVerdict().decision().isAllow() ? j.steps().get(k) : j.planVerdict();
    if (v.decision().isAllow() && !halted) {
      ObjectNode step = StepguardJson.planNode(plan).withArray("steps").get(k).deepCopy();
      ObjectNode out = StepguardJson.mapper().createObjectNode();
      out.put("plan_id", plan.planId());
      out.put("step_index", k);
      out.put("last_step", k == plan.steps().size() - 1);
      out.set("step", step);
      approvedPub.publish(new StringMsg(StepguardJson.compact(out)));
      execution = Optional.of(new Execution(plan, j, k, true));
      return;
    }
    execution = Optional.of(new Execution(plan, j, k, false));
    String json = StepguardJson.compact(StepguardJson.verdictNode(v));
    switch (v.decision()) {
      case Decision.Halt h -> halt("plan " + plan.planId() + " step " + k + ": " + v.summary());
      case Decision.Replan r -> replanPub.publish(new StringMsg(json));
      case Decision.Clarify c -> clarificationPub.publish(new StringMsg(json));
      case Decision.Allow a -> {} // only while halted: nothing is released until a reset
    }
  }

  private void onProgress(String json) {
    JsonNode n;
    switch (StepguardJson.parseTree(json)) {
      case Parsed.Invalid<JsonNode> bad -> {
        problem("invalid progress message: " + bad.problems());
        return;
      }
      case Parsed.Ok<JsonNode> ok -> n = ok.value();
    }
    if (n.path("reset_halt").asBoolean(false)) {
      String operator = n.path("operator").asText("");
      if (operator.isBlank()) {
        problem("halt reset refused: /operator is required (who resets the halt)");
        return;
      }
      LOG.log(
          System.Logger.Level.WARNING,
          "halt reset by {0}: {1} (was: {2})",
          operator,
          n.path("reason").asText(""),
          haltReason);
      halted = false;
      haltReason = "";
      execution.ifPresent(e -> withdraw(e.plan()));
      execution = Optional.empty();
      publishHalt();
      return;
    }
    String planId = n.path("plan_id").asText("");
    int step = n.path("step_index").asInt(-1);
    String status = n.path("status").asText("");
    if (execution.isEmpty()
        || !execution.get().plan().planId().equals(planId)
        || execution.get().running() != step
        || !execution.get().stepActive()) {
      problem(
          "progress for plan '" + planId + "' step " + step + " does not match the running step");
      return;
    }
    Execution e = execution.get();
    switch (status) {
      case "done" -> {
        execution = Optional.of(new Execution(e.plan(), e.judgement(), step, false));
        if (pendingPlan.isPresent()) {
          ActionPlan next = pendingPlan.get();
          pendingPlan = Optional.empty();
          start(next);
          return;
        }
        PlanJudgement j = monitor.judge(e.plan(), freshScene(), now(), step + 1);
        if (step + 1 < e.plan().steps().size()) {
          publishVerdict(j.steps().get(step + 1));
        }
        releaseOrStop(step + 1, j);
      }
      case "failed" -> {
        problem("executor reports step " + step + " of plan " + planId + " failed: plan stopped");
        execution = Optional.empty();
        pendingPlan.ifPresent(this::start);
        pendingPlan = Optional.empty();
      }
      default -> problem("progress status must be done or failed, was '" + status + "'");
    }
  }

  private void withdraw(ActionPlan plan) {
    ObjectNode out = StepguardJson.mapper().createObjectNode();
    out.put("plan_id", plan.planId());
    out.put("withdrawn", true);
    approvedPub.publish(new StringMsg(StepguardJson.compact(out)));
  }

  private void halt(String reason) {
    boolean changed = !halted;
    halted = true;
    haltReason = reason;
    if (changed) {
      LOG.log(System.Logger.Level.WARNING, "HALT: {0}", reason);
      publishHalt();
    }
  }

  private Verdict invalidPlanVerdict(String json, List<Problem> problems) {
    String id = "(unparsed)";
    if (StepguardJson.parseTree(json) instanceof Parsed.Ok<JsonNode> ok
        && ok.value().path("plan_id").isTextual()
        && !ok.value().path("plan_id").asText().isEmpty()) {
      id = ok.value().path("plan_id").asText();
    }
    var facts = new FactSheet();
    var cites = new ArrayList<String>();
    var constraints = new ArrayList<String>();
    for (Problem p : problems) {
      cites.add(facts.add("input", "the plan document is invalid at " + p));
      constraints.add("fix " + p);
    }
    return new Verdict(
        id,
        Verdict.PLAN_LEVEL,
        new Decision.Replan(constraints),
        HazardCategory.INVALID_INPUT,
        Severity.MEDIUM,
        1,
        1,
        facts.facts(),
        List.of(
            new ReasoningStep.Conclusion("a plan that does not validate is never released", cites)),
        "REPLAN: the plan does not validate (" + problems.size() + " problem(s))",
        monitor.producer(),
        0);
  }

  private void publishVerdict(Verdict v) {
    verdictsPub.publish(new StringMsg(StepguardJson.compact(StepguardJson.verdictNode(v))));
  }

  private void publishHalt() {
    haltPub.publish(new BoolMsg(halted));
  }

  private void publishDiagnostics(boolean periodic) {
    String key =
        halted
            + "|"
            + haltReason
            + "|"
            + malformed
            + "|"
            + execution.map(e -> e.plan().planId() + e.running()).orElse("")
            + "|"
            + scene.isPresent();
    if (!periodic && key.equals(lastDiagnosticKey)) {
      return;
    }
    lastDiagnosticKey = key;
    double age = scene.isEmpty() ? -1 : (System.nanoTime() - sceneReceivedNanos) / 1e9;
    byte level =
        halted
            ? DiagnosticArray.Status.ERROR
            : (scene.isEmpty() || age > params.sceneTimeoutS() || malformed > 0)
                ? DiagnosticArray.Status.WARN
                : DiagnosticArray.Status.OK;
    String message =
        halted ? "halted: " + haltReason : scene.isEmpty() ? "no scene received" : "monitoring";
    var values =
        List.of(
            new DiagnosticArray.KeyValue("halted", Boolean.toString(halted)),
            new DiagnosticArray.KeyValue("halt_reason", haltReason),
            new DiagnosticArray.KeyValue(
                "plan_id", execution.map(e -> e.plan().planId()).orElse("")),
            new DiagnosticArray.KeyValue(
                "current_step", execution.map(e -> Integer.toString(e.running())).orElse("")),
            new DiagnosticArray.KeyValue(
                "scene_age_s", scene.isEmpty() ? "" : String.format(Locale.ROOT, "%.3f", age)),
            new DiagnosticArray.KeyValue("plans_judged", Long.toString(plansJudged)),
            new DiagnosticArray.KeyValue("malformed_messages", Long.toString(malformed)),
            new DiagnosticArray.KeyValue("last_problem", lastProblem),
            new DiagnosticArray.KeyValue("monitor", monitor.producer()),
            new DiagnosticArray.KeyValue("plan_publishers", Integer.toString(planSub.matched())),
            new DiagnosticArray.KeyValue("scene_publishers", Integer.toString(sceneSub.matched())),
            new DiagnosticArray.KeyValue(
                "progress_publishers", Integer.toString(progressSub.matched())),
            new DiagnosticArray.KeyValue("halt_subscribers", Integer.toString(haltPub.matched())));
    if (periodic) {
      warnUnmatched();
    }
    long t = System.currentTimeMillis() * 1_000_000L;
    diagnosticsPub.publish(
        new DiagnosticArray(
            new DiagnosticArray.Header(DiagnosticArray.Time.ofEpochNanos(t), ""),
            List.of(
                new DiagnosticArray.Status(
                    level,
                    "stepguard: " + names.fullyQualifiedName(),
                    message,
                    "stepguard",
                    values))));
  }

  /**
   * DDS matches silently or not at all (a best-effort writer never matches a reliable reader): once
   * the node has been up for {@link #UNMATCHED_GRACE_NANOS}, log each input without a publisher and
   * a halt flag without a subscriber, once.
   */
  private void warnUnmatched() {
    if (System.nanoTime() - startedNanos < UNMATCHED_GRACE_NANOS) {
      return;
    }
    warnOnce(planSub.matched() == 0, "plan", "no publisher matched on " + planSub.ddsTopic());
    warnOnce(sceneSub.matched() == 0, "scene", "no publisher matched on " + sceneSub.ddsTopic());
    warnOnce(haltPub.matched() == 0, "halt", "no subscriber matched on the halt topic");
  }

  private void warnOnce(boolean unmatched, String what, String message) {
    if (unmatched && warnedUnmatched.add(what)) {
      LOG.log(
          System.Logger.Level.WARNING,
          message
              + " after "
              + UNMATCHED_GRACE_NANOS / 1_000_000_000L
              + " s: check the topic name, the namespace and the QoS (a reliable reader does not"
              + " match a best-effort writer)");
    }
    if (!unmatched) {
      warnedUnmatched.remove(what);
    }
  }

  private void announce() {
    int g = params.gidSize();
    var readers =
        List.of(planSub, sceneSub, progressSub, answerSub).stream()
            .map(s -> ParticipantEntitiesInfo.Gid.of(s.guid(), g))
            .toList();
    var writers =
        List.of(approvedPub, verdictsPub, replanPub, clarificationPub, haltPub, diagnosticsPub)
            .stream()
            .map(p -> ParticipantEntitiesInfo.Gid.of(p.guid(), g))
            .toList();
    discoveryPub.publish(
        new ParticipantEntitiesInfo(
            ParticipantEntitiesInfo.Gid.of(transport.guid(), g),
            List.of(
                new ParticipantEntitiesInfo.NodeEntitiesInfo(
                    names.namespace(), names.nodeName(), readers, writers))));
  }
}
