package io.stepguard.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * launch/ros/params.yaml, the file the launch files pass to the node: the node's own reader accepts
 * it, it sets every parameter the node knows to its default, and every parameter has a comment.
 */
class LaunchParamsFileTest {
  private static final Path FILE = Path.of("..", "launch", "ros", "params.yaml");
  private static final Pattern KEY = Pattern.compile("^(\\s+)([a-z_][a-z0-9_]*):\\s*(\\S.*)?$");

  @Test
  void theNodeReadsItAndItSetsEveryParameterToItsDefault() throws Exception {
    var p = NodeParameters.load("/stepguard", List.of(FILE), Map.of());
    assertThat(p).isEqualTo(NodeParameters.DEFAULTS);
    var namespaced = NodeParameters.load("/arm/guard", List.of(FILE), Map.of());
    assertThat(namespaced).isEqualTo(NodeParameters.DEFAULTS);
  }

  @Test
  void everyKnownParameterIsInTheFileWithACommentAboveIt() throws Exception {
    List<String> lines = Files.readAllLines(FILE);
    var documented = new ArrayList<String>();
    var undocumented = new ArrayList<String>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = KEY.matcher(lines.get(i));
      if (!m.matches() || m.group(3) == null) {
        continue; // section keys (ros__parameters:) have no value
      }
      String name = m.group(2);
      boolean comment = i > 0 && lines.get(i - 1).strip().startsWith("#");
      (comment ? documented : undocumented).add(name);
    }
    assertThat(undocumented).as("parameters without a comment line above them").isEmpty();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(NodeParameters.NAMES);
  }
}
