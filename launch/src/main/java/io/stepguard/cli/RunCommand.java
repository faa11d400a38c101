package io.stepguard.cli;

import io.stepguard.monitor.Monitor;
import io.stepguard.ros.node.NodeMain;
import io.stepguard.ros.node.NodeParameters;
import io.stepguard.ros.node.RosArgs;
import io.stepguard.ros.node.RosNames;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code stepguard run}: the ROS 2 node on the DDS wire (see docs/ros2.md). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run stepguard as a ROS 2 node on the DDS wire (Cyclone DDS), until SIGINT or SIGTERM.",
      "ROS arguments as launch_ros passes them: --ros-args -r __node:=NAME -r __ns:=/NS",
      "--params-file FILE -p name:=value -r from:=to. ROS_DOMAIN_ID selects the domain.",
      "Exit codes: 0 after a clean shutdown, 2 bad arguments or parameters, 4 DDS unavailable."
    })
final class RunCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin MonitorOptions monitorOptions;

  @Unmatched List<String> rosArgs = new ArrayList<>();

  @Override
  public Integer call() {
    var args = new ArrayList<String>(rosArgs);
    // The params file may ask for the geometric-only monitor: read it before building the monitor.
    // Errors are left to NodeMain, which reports them with their source.
    boolean geometricOnly = monitorOptions.geometricOnly;
    try {
      RosArgs ros = RosArgs.parse(args);
      var names =
          new RosNames(
              ros.namespace().orElse("/"), ros.nodeName().orElse("stepguard"), ros.remaps());
      geometricOnly |=
          NodeParameters.load(names.fullyQualifiedName(), ros.paramsFiles(), ros.params())
              .geometricOnly();
    } catch (RosArgs.BadArgs | NodeParameters.BadParameter | IllegalArgumentException e) {
      // reported by NodeMain.run below
    }
    monitorOptions.geometricOnly = geometricOnly;
    try (Monitor monitor = monitorOptions.create()) {
      return NodeMain.run(args.toArray(String[]::new), monitor, System.err);
    }
  }
}
