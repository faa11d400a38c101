package io.stepguard.ros.bench;

import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.BoolMsg;
import io.stepguard.ros.msg.Decoded;
import io.stepguard.ros.msg.MessageType;
import io.stepguard.ros.msg.StringMsg;
import io.stepguard.ros.node.NodeMain;
import io.stepguard.ros.testing.Native;
import io.stepguard.ros.testing.Peers;
import io.stepguard.ros.transport.CycloneTransport;
import io.stepguard.ros.transport.Transport;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The DDS benchmark (not a test): in one run, on loopback only,
 *
 * <ol>
 *   <li>C ping to C echo: Cyclone's own baseline, std_msgs/String, ROS default QoS (reliable,
 *       volatile, keep-last 10), waitsets and loans on both sides;
 *   <li>Java ping (stepguard's transport: CDR encode, C sample, dds_write; waitset, loan, CDR
 *       decode) to the same C echo, same type and QoS;
 *   <li>{@code ddsperf ping}/{@code pong} (keyed topic, keep-last 1) reported beside them;
 *   <li>plan in to first verdict out: a planner in this JVM sends 10-step plans to the node running
 *       as its own process ({@code NodeMain}), with the geometric-only and the default monitor.
 * </ol>
 *
 * <p>Run: {@code mvn -q install -DskipTests && mvn -q -pl ros-bridge test-compile exec:exec}
 * (arguments through {@code -Dbench.args="--write ../docs/benchmarks/ros-bridge.md --count 2000"}).
 * Needs cyclonedds-dev, cyclonedds-tools, gcc and pkg-config.
 */
public final class DdsBench {
  private static final String PING = "rt/bench/ping";
  private static final String PONG = "rt/bench/pong";
  private static final int PAYLOAD = 64;

  /** Extra JVM options for the node process (e.g. a garbage collector), comma-separated. */
  private static List<String> nodeJvmOptions = List.of();

  private static String loadAtStart = "";

  private DdsBench() {}

  /** The 1-minute load average: other work on the machine shows in the tails. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Median and p99 (nearest rank) of a sample of latencies, microseconds. */
  record Stats(String name, int count, double medianUs, double p99Us) {
    static Stats of(String name, List<Long> ns) {
      long[] a = ns.stream().mapToLong(Long::longValue).sorted().toArray();
      int p99 = Math.max(0, (int) Math.ceil(0.99 * a.length) - 1);
      return new Stats(name, a.length, a[a.length / 2] / 1e3, a[p99] / 1e3);
    }

    String row() {
      return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |", name, count, medianUs, p99Us);
    }
  }

  public static void main(String[] args) throws Exception {
    int count = 2000;
    int plans = 300;
    Optional<Path> write = Optional.empty();
    loadAtStart = loadAverage();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count", "count" -> count = Integer.parseInt(args[++i]);
        case "--plans", "plans" -> plans = Integer.parseInt(args[++i]);
        case "--write", "write" -> write = Optional.of(Path.of(args[++i]));
        case "--node-jvm", "node-jvm" -> nodeJvmOptions = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path bin = buildPeers();
    Rounds rounds = roundTrips(bin, 60, count, 5);
    String ddsperf = ddsperf(62);
    Stats geo = planToVerdict(63, plans, true);
    Stats full = planToVerdict(64, Math.max(50, plans / 3), false);
    String report = report(rounds, ddsperf, geo, full);
    System.out.println(report);
    if (write.isPresent()) {
      Files.writeString(write.get(), report);
      System.out.println("written to " + write.get());
    }
  }

  // ---- peers ----

  /** Builds the peers of src/test/peers (cyclone_echo, cyclone_ping among them). */
  static Path buildPeers() throws IOException, InterruptedException {
    return Peers.build();
  }

  private static Process start(Path dir, int domain, List<String> cmd) throws IOException {
    var pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().put("CYCLONEDDS_URI", Native.CYCLONEDDS_URI);
    pb.environment().put("ROS_DOMAIN_ID", Integer.toString(domain));
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }

  /** cyclone_echo: rt/bench/ping back on rt/bench/pong, until SIGTERM. */
  private static Process echo(Path bin, int domain) throws IOException {
    return start(bin, domain, List.of(bin.resolve("cyclone_echo").toString(), "--duration", "600"));
  }

  /** Per-round statistics of both paths, measured alternately against one echo. */
  record Rounds(List<Stats> c, List<Stats> java) {
    /** The median over rounds of each round's median and p99. */
    static Stats aggregate(String name, List<Stats> rounds) {
      double[] med = rounds.stream().mapToDouble(Stats::medianUs).sorted().toArray();
      double[] p99 = rounds.stream().mapToDouble(Stats::p99Us).sorted().toArray();
      int n = rounds.stream().mapToInt(Stats::count).sum();
      return new Stats(name, n, med[med.length / 2], p99[p99.length / 2]);
    }
  }

  /**
   * {@code rounds} rounds of {@code count} round trips, C ping then Java ping, against one
   * cyclone_echo: alternating spreads the machine's background load over both paths.
   */
  static Rounds roundTrips(Path bin, int domain, int count, int rounds) throws Exception {
    Process e = echo(bin, domain);
    try {
      javaRound(domain, 5000); // let the JIT compile the path first
      var c = new ArrayList<Stats>();
      var java = new ArrayList<Stats>();
      for (int r = 0; r < rounds; r++) {
        c.add(cPing(bin, domain, count));
        java.add(Stats.of("Java ping -> C echo", javaRound(domain, count)));
      }
      return new Rounds(c, java);
    } finally {
      e.destroy();
      e.waitFor(5, TimeUnit.SECONDS);
    }
  }

  /**
   * A Java participant for one round (so that it does not also receive the C round's pongs): waits
   * for the match, 200 round trips of warm-up, then {@code count} measured ones.
   */
  static List<Long> javaRound(int domain, int count) {
    try (var t = new CycloneTransport(domain, Optional.of(Native.CYCLONEDDS_URI))) {
      Transport.Publisher ping = t.publisher(PING, TopicType.STRING, Qos.DEFAULT);
      Transport.Subscription pong = t.subscription(PONG, TopicType.STRING, Qos.DEFAULT);
      long end = System.nanoTime() + 20_000_000_000L;
      while ((ping.matched() == 0 || pong.matched() == 0) && System.nanoTime() < end) {
        t.await(10_000_000L);
      }
      t.await(200_000_000L); // let the echo side finish matching us too
      javaPing(t, ping, pong, 200);
      return javaPing(t, ping, pong, count);
    }
  }

  /** One run of cyclone_ping (its own warm-up of 200 round trips first). */
  static Stats cPing(Path bin, int domain, int count) throws Exception {
    var pb =
        new ProcessBuilder(
            bin.resolve("cyclone_ping").toString(),
            "--count",
            Integer.toString(count),
            "--warmup",
            "200",
            "--size",
            Integer.toString(PAYLOAD));
    pb.environment().put("CYCLONEDDS_URI", Native.CYCLONEDDS_URI);
    pb.environment().put("ROS_DOMAIN_ID", Integer.toString(domain));
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process ping = pb.start();
    String out = new String(ping.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ping.waitFor(300, TimeUnit.SECONDS) || ping.exitValue() != 0) {
      throw new IOException("cyclone_ping failed: " + out);
    }
    String[] f = out.strip().split("\\t"); // RTT_NS median p99 count
    return new Stats(
        "C ping -> C echo",
        Integer.parseInt(f[3]),
        Long.parseLong(f[1]) / 1e3,
        Long.parseLong(f[2]) / 1e3);
  }

  /** {@code count} round trips through stepguard's transport; nanoseconds each. */
  static List<Long> javaPing(
      Transport t, Transport.Publisher ping, Transport.Subscription pong, int count) {
    var msg = new StringMsg("x".repeat(PAYLOAD));
    var ns = new ArrayList<Long>(count);
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      ping.publish(msg);
      boolean got = false;
      while (!got) {
        t.await(5_000_000_000L);
        for (byte[] p : pong.take()) {
          got |= MessageType.STRING.decode(p) instanceof Decoded.Ok<StringMsg>;
        }
        if (!got && System.nanoTime() - t0 > 5_000_000_000L) {
          throw new IllegalStateException("no pong within 5 s");
        }
      }
      ns.add(System.nanoTime() - t0);
    }
    return ns;
  }

  /** ddsperf ping/pong for 6 s; the last "size 64" statistics line of the ping side. */
  static String ddsperf(int domain) throws Exception {
    Path dir = Path.of("target").toAbsolutePath();
    Process pong =
        start(
            dir,
            domain,
            List.of("ddsperf", "-i", Integer.toString(domain), "-D", "9", "pong", "waitset"));
    try {
      String out =
          Native.check(
              dir,
              30,
              List.of(
                  "ddsperf",
                  "-i",
                  Integer.toString(domain),
                  "-D",
                  "6",
                  "ping",
                  "size",
                  Integer.toString(PAYLOAD),
                  "waitset"));
      String last = "";
      for (String line : out.split("\n")) {
        if (line.contains(" mean ") && line.contains("99%")) {
          last = line.strip();
        }
      }
      return last;
    } finally {
      pong.destroy();
      pong.waitFor(5, TimeUnit.SECONDS);
    }
  }

  // ---- plan to verdict ----

  private static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader u) {
      return Arrays.stream(u.getURLs())
          .map(url -> Path.of(java.net.URI.create(url.toString())).toString())
          .collect(Collectors.joining(java.io.File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }

  public static String plan(String id, int steps) {
    var sb = new StringBuilder();
    sb.append("{\"schema_version\":1,\"plan_id\":\"")
        .append(id)
        .append("\",\"source\":\"bench\",\"instruction\":\"Move the cup back and forth.\",")
        .append("\"steps\":[");
    for (int i = 0; i < steps; i++) {
      double y = i % 2 == 0 ? -0.3 : 0.3;
      sb.append(i == 0 ? "" : ",")
          .append("{\"index\":")
          .append(i)
          .append(",\"text\":\"Move the cup.\",\"action\":{\"verb\":\"move_to\",")
          .append("\"target\":\"cup_1\",\"destination\":\"tray_1\"},\"motion\":{\"frame_id\":")
          .append("\"map\",\"ee_waypoints\":[{\"x\":0.5,\"y\":")
          .append(y)
          .append(",\"z\":1.0}],\"speed_mps\":0.2}}");
    }
    return sb.append("]}").toString();
  }

  /**
   * Plans of 10 steps to the node in its own process; the time from writing the plan to taking its
   * first verdict. The node is halted first (a person at the arm), so that it releases nothing and
   * judges every plan at once: the judgement is the same as for a released plan.
   */
  static Stats planToVerdict(int domain, int count, boolean geometricOnly) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var cmd = new ArrayList<String>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
    cmd.addAll(nodeJvmOptions);
    cmd.addAll(List.of("-cp", classPath(), NodeMain.class.getName()));
    var pb = new ProcessBuilder(cmd.toArray(String[]::new));
    pb.command()
        .addAll(
            List.of(
                "--ros-args",
                "-p",
                "geometric_only:=" + geometricOnly,
                "-p",
                "scene_timeout_s:=3600"));
    pb.environment().put("ROS_DOMAIN_ID", Integer.toString(domain));
    pb.environment().put("CYCLONEDDS_URI", Native.CYCLONEDDS_URI);
    pb.redirectErrorStream(true);
    pb.redirectOutput(Path.of("target", "bench-node-" + domain + ".log").toFile());
    Process node = pb.start();
    try (var t = new CycloneTransport(domain, Optional.of(Native.CYCLONEDDS_URI))) {
      var planPub = t.publisher("rt/stepguard/plan", TopicType.STRING, Qos.DEFAULT);
      var scenePub = t.publisher("rt/stepguard/scene", TopicType.STRING, Qos.DEFAULT);
      var verdicts = t.subscription("rt/stepguard/verdicts", TopicType.STRING, Qos.DEFAULT);
      var halt = t.subscription("rt/stepguard/halt", TopicType.BOOL, Qos.LATCHED);
      long end = System.nanoTime() + 60_000_000_000L;
      while ((planPub.matched() == 0 || verdicts.matched() == 0) && System.nanoTime() < end) {
        t.await(20_000_000L);
      }
      Path res = Path.of("src/test/resources/node");
      scenePub.publish(new StringMsg(Files.readString(res.resolve("scene-person-at-arm.json"))));
      Thread.sleep(100);
      planPub.publish(new StringMsg(plan("halt-first", 1)));
      boolean halted = false;
      while (!halted && System.nanoTime() < end) {
        t.await(20_000_000L);
        for (byte[] p : halt.take()) {
          halted |=
              MessageType.BOOL.decode(p) instanceof Decoded.Ok<BoolMsg> ok && ok.message().data();
        }
      }
      if (!halted) {
        throw new IllegalStateException(
            "the node did not halt; see target/bench-node-" + domain + ".log");
      }
      scenePub.publish(new StringMsg(Files.readString(res.resolve("scene-clear.json"))));
      Thread.sleep(100);
      verdicts.take();
      var ns = new ArrayList<Long>();
      int warmup = Math.max(100, count / 2);
      for (int i = 0; i < warmup + count; i++) {
        String id = "bench-" + i;
        String json = plan(id, 10);
        long t0 = System.nanoTime();
        planPub.publish(new StringMsg(json));
        boolean got = false;
        while (!got) {
          t.await(2_000_000_000L);
          for (byte[] p : verdicts.take()) {
            if (!got
                && MessageType.STRING.decode(p) instanceof Decoded.Ok<StringMsg> ok
                && ok.message().data().contains("\"plan_id\":\"" + id + "\"")) {
              got = true;
              if (i >= warmup) {
                ns.add(System.nanoTime() - t0);
              }
            }
          }
          if (!got && System.nanoTime() - t0 > 10_000_000_000L) {
            throw new IllegalStateException("no verdict for " + id);
          }
        }
        // let the node publish the other 9 verdicts before the next plan
        Thread.sleep(2);
      }
      return Stats.of(
          "plan in -> first verdict out, 10 steps, "
              + (geometricOnly ? "geometric-only monitor" : "default monitor (rules + encoder)"),
          ns);
    } finally {
      node.destroy();
      node.waitFor(10, TimeUnit.SECONDS);
    }
  }

  // ---- report ----

  private static String sh(String... cmd) {
    try {
      return Native.check(Path.of(".").toAbsolutePath(), 10, List.of(cmd)).strip();
    } catch (IOException | InterruptedException e) {
      return "unknown";
    }
  }

  static String report(Rounds rounds, String ddsperf, Stats geo, Stats full) throws IOException {
    String cpu = "unknown";
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        cpu = line.substring(line.indexOf(':') + 1).strip();
        break;
      }
    }
    Stats c = Rounds.aggregate("C ping -> C echo (Cyclone baseline)", rounds.c());
    Stats j = Rounds.aggregate("Java ping -> C echo (stepguard transport)", rounds.java());
    Matcher m = Pattern.compile("50% ([0-9.]+)us 90% [0-9.]+us 99% ([0-9.]+)us").matcher(ddsperf);
    String dp = m.find() ? m.group(1) + " | " + m.group(2) : "n/a | n/a";
    var sb = new StringBuilder();
    sb.append("# ros-bridge: DDS round trips and plan-to-verdict latency\n\n");
    sb.append("Produced by `io.stepguard.ros.bench.DdsBench` (")
        .append(LocalDate.now())
        .append("): `mvn -q install -DskipTests && mvn -q -pl ros-bridge test-compile exec:exec`.")
        .append(" All traffic on loopback (the Cyclone configuration of docs/ros2.md).\n\n");
    sb.append("Machine: ")
        .append(sh("nproc"))
        .append(" CPUs (`nproc`), ")
        .append(cpu)
        .append(", ")
        .append(sh("uname", "-sr"))
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append(", Cyclone DDS ")
        .append(sh("pkg-config", "--modversion", "CycloneDDS"))
        .append(". 1-minute load average ")
        .append(loadAtStart)
        .append(" at the start, ")
        .append(loadAverage())
        .append(" at the end (the machine is shared: 2 is both cores busy).\n\n");
    sb.append("## Round trip, std_msgs/String of ")
        .append(PAYLOAD)
        .append(" bytes, reliable, volatile, keep-last 10\n\n");
    sb.append(
            "Five rounds, each C then Java against one `cyclone_echo`; the table gives the median")
        .append(" over rounds of each round's median and p99.\n\n");
    sb.append("| Path | samples | median (us) | p99 (us) |\n|---|---|---|---|\n");
    sb.append(c.row()).append('\n').append(j.row()).append('\n');
    sb.append("| ddsperf ping/pong (keyed KS topic, keep-last 1, waitset) | 6 s | ")
        .append(dp)
        .append(" |\n\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "Java / C ratio: median %.2f, p99 %.2f (target: within 2x).%n%n",
            j.medianUs() / c.medianUs(),
            j.p99Us() / c.p99Us()));
    sb.append(
        "Rounds (median / p99, us):\n\n| Round | C ping | Java ping | ratio |\n|---|---|---|---|\n");
    for (int r = 0; r < rounds.c().size(); r++) {
      Stats cr = rounds.c().get(r);
      Stats jr = rounds.java().get(r);
      sb.append(
          String.format(
              Locale.ROOT,
              "| %d | %.1f / %.1f | %.1f / %.1f | %.2f |%n",
              r + 1,
              cr.medianUs(),
              cr.p99Us(),
              jr.medianUs(),
              jr.p99Us(),
              jr.medianUs() / cr.medianUs()));
    }
    sb.append("\nddsperf's last report line: `").append(ddsperf).append("`\n\n");
    sb.append("## Plan in to first verdict out (10-step plan, node in its own JVM)\n\n");
    sb.append("Node JVM options: ")
        .append(nodeJvmOptions.isEmpty() ? "none (JVM defaults)" : String.join(" ", nodeJvmOptions))
        .append(". Warm-up: half as many plans again before measuring.\n\n");
    sb.append("| Monitor | plans | median (us) | p99 (us) |\n|---|---|---|---|\n");
    sb.append(geo.row()).append('\n').append(full.row()).append("\n\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "Target: p99 under 10 ms. Geometric-only p99 %.2f ms; default monitor p99 %.2f ms.%n%n",
            geo.p99Us() / 1e3,
            full.p99Us() / 1e3));
    sb.append(
        """
        What is measured: the planner (this JVM) writes a plan as std_msgs/String; the node \
        (another JVM, `NodeMain`) takes it, parses the JSON, judges all 10 steps, writes the \
        verdicts; the planner takes the first one. Both hops cross Cyclone DDS over UDP loopback. \
        The node is halted during the run so that every plan is judged at once and nothing is \
        released; the judgement is the same as for a plan that runs. Round trips: each side \
        waits in a waitset, takes with a loan, and (Java) decodes the CDR; the C echo answers \
        every ping in both rows. Figures vary with machine load; rerun before comparing.
        """);
    return sb.toString();
  }
}
