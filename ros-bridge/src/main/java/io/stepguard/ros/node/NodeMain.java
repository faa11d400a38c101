package io.stepguard.ros.node;

import io.stepguard.monitor.Monitor;
import io.stepguard.ros.dds.DdsException;
import io.stepguard.ros.transport.CycloneTransport;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code stepguard run [--ros-args ...]}: the node on the DDS wire. Exit codes: 0 after a clean
 * shutdown (SIGINT/SIGTERM), 2 for bad arguments or parameters, 4 when DDS cannot start.
 */
public final class NodeMain {
  private NodeMain() {}

  /** {@link #run(String[], Monitor, PrintStream)} with messages on {@code System.err}. */
  public static int run(String[] args, Monitor monitor) {
    return run(args, monitor, System.err);
  }

  /** Runs until the process is signalled; {@code monitor} is closed by the caller. */
  public static int run(String[] args, Monitor monitor, PrintStream err) {
    RosArgs ros;
    NodeParameters params;
    RosNames names;
    try {
      ros = RosArgs.parse(List.of(args));
      if (!ros.rest().isEmpty()) {
        err.println(
            "stepguard run: unexpected arguments "
                + ros.rest()
                + " (ROS arguments go after --ros-args)");
        return 2;
      }
      names =
          new RosNames(
              ros.namespace().orElse("/"), ros.nodeName().orElse("stepguard"), ros.remaps());
      params = NodeParameters.load(names.fullyQualifiedName(), ros.paramsFiles(), ros.params());
    } catch (RosArgs.BadArgs | NodeParameters.BadParameter | IllegalArgumentException e) {
      err.println("stepguard run: " + e.getMessage());
      return 2;
    }
    int domain = domainId(System.getenv("ROS_DOMAIN_ID"), err);
    if (domain < 0) {
      return 2;
    }
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
