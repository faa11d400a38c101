package io.stepguard.cli;

import io.stepguard.ros.node.NodeMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code stepguard run}: the ROS 2 node on the DDS wire (see docs/ros2.md). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run stepguard as a ROS 2 node on the DDS wire (Cyclone DDS), until SIGINT or SIGTERM.",
      "ROS arguments as launch_ros passes them: --ros-args -r __node:=NAME -r __ns:=/NS",
      "--params-file FILE -p name:=value -r from:=to. ROS_DOMAIN_ID selects the domain.",
      "The monitor follows the parameters geometric_only and scene_timeout_s.",
      "Exit codes: 0 after a clean shutdown, 2 bad arguments or parameters, 4 DDS unavailable."
    })
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--geometric-only",
      description =
          "Same as the parameter geometric_only:=true (no lexicon, encoder or hazard rules).")
  boolean geometricOnly;

  @Unmatched List<String> rosArgs = new ArrayList<>();

  @Override
  public Integer call() {
    var args = new ArrayList<String>(rosArgs);
    if (geometricOnly) {
      // -p after the params files wins, as in ROS 2.
      if (!args.contains("--ros-args")) {
        args.add("--ros-args");
      }
      args.add("-p");
      args.add("geometric_only:=true");
    }
    return NodeMain.run(args.toArray(String[]::new), System.err);
  }
}
