package io.stepguard.ros.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ROS 2 command-line arguments as {@code launch_ros} passes them: everything between {@code
 * --ros-args} and {@code --} (or the end): {@code -r __node:=NAME}, {@code -r __ns:=/NS}, {@code -r
 * from:=to}, {@code --params-file FILE}, {@code -p name:=value}. Other arguments are left in {@link
 * #rest()}.
 */
public record RosArgs(
    Optional<String> nodeName,
    Optional<String> namespace,
    Map<String, String> remaps,
    List<Path> paramsFiles,
    Map<String, String> params,
    List<String> rest) {
  public RosArgs {
    // ordered: the first matching rule wins, as in rcl
    remaps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(remaps));
    paramsFiles = List.copyOf(paramsFiles);
    params = Map.copyOf(params);
    rest = List.copyOf(rest);
  }

  /** Thrown for arguments that do not follow the ROS 2 syntax. */
  public static final class BadArgs extends Exception {
    @java.io.Serial private static final long serialVersionUID = 1L;

    BadArgs(String message) {
      super(message);
    }
  }

  public static RosArgs parse(List<String> args) throws BadArgs {
    Optional<String> node = Optional.empty();
    Optional<String> ns = Optional.empty();
    var remaps = new LinkedHashMap<String, String>();
    var files = new ArrayList<Path>();
    var params = new LinkedHashMap<String, String>();
    var rest = new ArrayList<String>();
    boolean inRos = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--ros-args")) {
        inRos = true;
        continue;
      }
      if (!inRos) {
        rest.add(a);
        continue;
      }
      if (a.equals("--")) {
        inRos = false;
        continue;
      }
      switch (a) {
        case "-r", "--remap" -> {
          String rule = value(args, ++i, a);
          int sep = rule.indexOf(":=");
          if (sep <= 0) {
            throw new BadArgs("remap rule must be from:=to, was '" + rule + "'");
          }
          String from = rule.substring(0, sep);
          String to = rule.substring(sep + 2);
          switch (from) {
            case "__node", "__name" -> node = Optional.of(to);
            case "__ns" -> ns = Optional.of(to);
            default -> remaps.putIfAbsent(from, to); // the first rule for a name wins
          }
        }
        case "-p", "--param" -> {
          String kv = value(args, ++i, a);
          int sep = kv.indexOf(":=");
          if (sep <= 0) {
            throw new BadArgs("parameter must be name:=value, was '" + kv + "'");
          }
          params.put(kv.substring(0, sep), kv.substring(sep + 2));
        }
        case "--params-file" -> files.add(Path.of(value(args, ++i, a)));
        case "--log-level", "-e", "--enclave" -> value(args, ++i, a); // accepted, not used
        case "--disable-rosout-logs",
            "--disable-stdout-logs",
            "--enable-rosout-logs",
            "--enable-stdout-logs" -> {}
        default -> throw new BadArgs("unknown ROS argument '" + a + "'");
      }
    }
    return new RosArgs(node, ns, remaps, files, params, rest);
  }

  private static String value(List<String> args, int i, String flag) throws BadArgs {
    if (i >= args.size()) {
      throw new BadArgs(flag + " needs a value");
    }
    return args.get(i);
  }
}
