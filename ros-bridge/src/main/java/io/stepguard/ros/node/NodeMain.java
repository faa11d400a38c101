package io.stepguard.ros.node;

import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.Monitors;
import io.stepguard.ros.dds.DdsException;
import io.stepguard.ros.transport.CycloneTransport;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code stepguard run [--ros-args ...]}: the node on the DDS wire. Exit codes: 0 after a clean
 * shutdown (SIGINT/SIGTERM), 2 for bad arguments or parameters, 4 when DDS cannot start.
 */
public final class NodeMain {
  private NodeMain() {}

  /**
   * What the command line and the environment configure: the node's names, its parameters and the
   * DDS domain.
   */
  public record Setup(RosNames names, NodeParameters params, int domainId) {}

  /** The outcome of reading the command line: a setup, or why it is refused (exit code 2). */
  public sealed interface Parsed {
    record Ok(Setup setup) implements Parsed {}

    record Bad(String message) implements Parsed {}
  }

  /**
   * Reads {@code args} ({@code --ros-args ...}) and {@code rosDomainId} (the value of {@code
   * ROS_DOMAIN_ID}, empty when unset).
   */
  public static Parsed parse(String[] args, Optional<String> rosDomainId) {
    try {
      RosArgs ros = RosArgs.parse(List.of(args));
      if (!ros.rest().isEmpty()) {
        return new Parsed.Bad(
            "unexpected arguments " + ros.rest() + " (ROS arguments go after --ros-args)");
      }
      var names =
          new RosNames(
              ros.namespace().orElse("/"), ros.nodeName().orElse("stepguard"), ros.remaps());
      var params = NodeParameters.load(names.fullyQualifiedName(), ros.paramsFiles(), ros.params());
      var err = new java.io.ByteArrayOutputStream();
      int domain =
          domainId(
              rosDomainId.orElse(null),
              new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      if (domain < 0) {
        return new Parsed.Bad(err.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
      }
      return new Parsed.Ok(new Setup(names, params, domain));
    } catch (RosArgs.BadArgs | NodeParameters.BadParameter | IllegalArgumentException e) {
      return new Parsed.Bad(e.getMessage());
    }
  }

  /**
   * The monitor the parameters ask for: {@code geometric_only} selects the geometric checks only,
   * {@code scene_timeout_s} is the monitor's scene timeout too, {@code person_speed_policy} and
   * {@code tracking_speed_margin_mps} set how a person's approach speed is taken. Loading the
   * default monitor's encoder takes a second or two.
   */
  public static Monitor monitorFor(NodeParameters params) {
    var config = monitorConfigFor(params);
    return params.geometricOnly() ? Monitors.geometricOnly(config) : Monitors.create(config);
  }

  /**
   * The monitor parameters the node parameters set; the rest are {@link MonitorConfig#DEFAULTS}.
   */
  public static MonitorConfig monitorConfigFor(NodeParameters params) {
    return MonitorConfig.DEFAULTS
        .withSceneTimeoutS(params.sceneTimeoutS())
        .withPersonSpeedPolicy(
            MonitorConfig.PersonSpeedPolicy.parse(params.personSpeedPolicy()).orElseThrow())
        .withTrackingSpeedMarginMps(params.trackingSpeedMarginMps());
  }

  /**
   * Standalone entry point ({@code java --enable-native-access=ALL-UNNAMED -cp ...
   * io.stepguard.ros.node.NodeMain --ros-args ...}): the monitor comes from the parameters.
   */
  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** Runs with the monitor {@link #monitorFor} builds from the parameters. */
  public static int run(String[] args, PrintStream err) {
    return switch (parse(args, Optional.ofNullable(System.getenv("ROS_DOMAIN_ID")))) {
      case Parsed.Bad bad -> {
        err.println("stepguard run: " + bad.message());
        yield 2;
      }
      case Parsed.Ok ok -> {
        try (Monitor monitor = monitorFor(ok.setup().params())) {
          yield run(ok.setup(), monitor, err);
        }
      }
    };
  }

  /** {@link #run(String[], Monitor, PrintStream)} with messages on {@code System.err}. */
  public static int run(String[] args, Monitor monitor) {
    return run(args, monitor, System.err);
  }

  /**
   * Runs until the process is signalled; {@code monitor} is closed by the caller. The parameters
   * {@code geometric_only} and {@code scene_timeout_s} do not change {@code monitor}; the node
   * still withholds scenes older than {@code scene_timeout_s} from it.
   */
  public static int run(String[] args, Monitor monitor, PrintStream err) {
    return switch (parse(args, Optional.ofNullable(System.getenv("ROS_DOMAIN_ID")))) {
      case Parsed.Bad bad -> {
        err.println("stepguard run: " + bad.message());
        yield 2;
      }
      case Parsed.Ok ok -> run(ok.setup(), monitor, err);
    };
  }

  private static int run(Setup setup, Monitor monitor, PrintStream err) {
    RosNames names = setup.names();
    NodeParameters params = setup.params();
    int domain = setup.domainId();
    var closed = new CountDownLatch(1);
    try {
      try (var transport = new CycloneTransport(domain)) {
        var node = new StepguardNode(monitor, transport, params, names, domain);
        // SIGINT/SIGTERM run shutdown hooks: stop the loop (it publishes the final halt), then
        // wait until the participant is deleted (Cyclone delivers reliable data first).
        Thread hook =
            new Thread(
                () -> {
                  node.stop();
                  try {
                    closed.await(5, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "stepguard-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        err.println(
            "stepguard run: node "
                + names.fullyQualifiedName()
                + " on ROS_DOMAIN_ID "
                + domain
                + " (Cyclone DDS)");
        node.run();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running: it waits for the latch below.
        }
      } finally {
        closed.countDown();
      }
      return 0;
    } catch (DdsException e) {
      err.println("stepguard run: " + e.getMessage());
      return 4;
    }
  }

  static int domainId(String env, PrintStream err) {
    if (env == null || env.isBlank()) {
      return 0;
    }
    try {
      int d = Integer.parseInt(env.strip());
      if (d < 0 || d > 232) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      err.println("stepguard run: ROS_DOMAIN_ID must be an integer 0..232, was '" + env + "'");
      return -1;
    }
  }
}
