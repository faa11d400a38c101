package io.stepguard.ros.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --ros-args as launch_ros passes them, ROS 2 name resolution, and params files. */
class NodeArgumentsTest {
  @TempDir Path dir;

  private static NodeMain.Setup setup(String... args) {
    return switch (NodeMain.parse(args, Optional.empty())) {
      case NodeMain.Parsed.Ok ok -> ok.setup();
      case NodeMain.Parsed.Bad bad -> throw new AssertionError(bad.message());
    };
  }

  private static String refused(String... args) {
    return switch (NodeMain.parse(args, Optional.empty())) {
      case NodeMain.Parsed.Ok ok -> throw new AssertionError("accepted: " + ok);
      case NodeMain.Parsed.Bad bad -> bad.message();
    };
  }

  @Test
  void nodeNameAndNamespaceFromRemapsPrefixEveryRelativeTopic() {
    var s = setup("--ros-args", "-r", "__node:=guard", "-r", "__ns:=/arm");
    assertThat(s.names().fullyQualifiedName()).isEqualTo("/arm/guard");
    assertThat(s.names().ddsTopic(s.params().planTopic())).isEqualTo("rt/arm/stepguard/plan");
    assertThat(s.names().ddsTopic(s.params().haltTopic())).isEqualTo("rt/arm/stepguard/halt");
    assertThat(s.names().ddsTopic(s.params().diagnosticsTopic())).isEqualTo("rt/diagnostics");
  }

  @Test
  void withoutArgumentsTheNodeIsSlashStepguardOnDomainZero() {
    var s = setup();
    assertThat(s.names().fullyQualifiedName()).isEqualTo("/stepguard");
    assertThat(s.names().ddsTopic("stepguard/plan")).isEqualTo("rt/stepguard/plan");
    assertThat(s.domainId()).isZero();
    assertThat(s.params()).isEqualTo(NodeParameters.DEFAULTS);
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource({
    "stepguard/plan, /, /stepguard/plan",
    "stepguard/plan, /arm, /arm/stepguard/plan",
    "/stepguard/plan, /arm, /stepguard/plan",
    "~/status, /arm, /arm/guard/status",
    "~/status, /, /guard/status",
  })
  void namesResolveAsInRos2(String topic, String ns, String resolved) {
    assertThat(new RosNames(ns, "guard", Map.of()).resolve(topic)).isEqualTo(resolved);
  }

  @Test
  void remapRulesMatchTheResolvedNameAndNodeSpecificRulesOnlyTheirNode() {
    var s =
        setup(
            "--ros-args",
            "-r",
            "__ns:=/arm",
            "-r",
            "__node:=guard",
            "-r",
            "stepguard/plan:=/planner/plan",
            "-r",
            "other:stepguard/scene:=/nowhere",
            "-r",
            "guard:stepguard/halt:=estop");
    assertThat(s.names().ddsTopic("stepguard/plan")).isEqualTo("rt/planner/plan");
    assertThat(s.names().ddsTopic("stepguard/scene")).isEqualTo("rt/arm/stepguard/scene");
    assertThat(s.names().ddsTopic("stepguard/halt")).isEqualTo("rt/arm/estop");
  }

  @Test
  void paramsFileSectionsMatchByPatternAndDashPOverridesThem() throws Exception {
    Path f = dir.resolve("p.yaml");
    Files.writeString(
        f,
        """
        /**:
          ros__parameters:
            scene_timeout_s: 0.8
            gid_size: 24
        /arm/*:
          ros__parameters:
            plan_topic: "planner/plan"
        /other:
          ros__parameters:
            verdicts_topic: "never"
        """);
    var s =
        setup(
            "--ros-args",
            "-r",
            "__node:=guard",
            "-r",
            "__ns:=/arm",
            "--params-file",
            f.toString(),
            "-p",
            "gid_size:=16");
    assertThat(s.params().sceneTimeoutS()).isEqualTo(0.8);
    assertThat(s.params().planTopic()).isEqualTo("planner/plan");
    assertThat(s.params().verdictsTopic()).isEqualTo("stepguard/verdicts");
    assertThat(s.params().gidSize()).isEqualTo(16);
  }

  @Test
  void theFirstMatchingRemapRuleWins() {
    var s =
        setup(
            "--ros-args",
            "-r",
            "stepguard/plan:=/first",
            "-r",
            "/stepguard/plan:=/second",
            "-r",
            "stepguard/scene:=/a",
            "-r",
            "stepguard/scene:=/b");
    assertThat(s.names().resolve("stepguard/plan")).isEqualTo("/first");
    assertThat(s.names().resolve("stepguard/scene")).isEqualTo("/a");
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "/**, /stepguard, true",
    "/**, /a/b/guard, true",
    "stepguard, /stepguard, true",
    "stepguard, /arm/stepguard, false",
    "/arm/*, /arm/guard, true",
    "/arm/*, /arm/x/guard, false",
    "/**/guard, /a/b/guard, true",
    "/**/guard, /guard, true",
    "/arm/gu*, /arm/guard, true",
  })
  void nodeNamePatternsFollowRcl(String pattern, String fqName, boolean matches) {
    assertThat(NodeParameters.matches(pattern, fqName)).isEqualTo(matches);
  }

  @Test
  void unknownParametersWrongTypesAndBadArgumentsAreRefusedWithTheirName() throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "/**:\n  ros__parameters:\n    scene_timout_s: 1.0\n");
    assertThat(refused("--ros-args", "--params-file", f.toString())).contains("scene_timout_s");
    assertThat(refused("--ros-args", "-p", "gid_size:=20")).contains("gid_size");
    assertThat(refused("--ros-args", "-p", "scene_timeout_s:=soon")).contains("scene_timeout_s");
    assertThat(refused("--ros-args", "-r", "__ns:=/9arm")).contains("namespace");
    assertThat(refused("--ros-args", "--bogus")).contains("--bogus");
    assertThat(refused("plain")).contains("plain");
    assertThat(refused("--ros-args", "--params-file", dir.resolve("missing.yaml").toString()))
        .contains("missing.yaml");
  }

  @Test
  void personSpeedPolicyAndTrackingMarginAreNodeParameters() {
    var d = setup("--ros-args").params();
    assertThat(d.personSpeedPolicy()).isEqualTo("directed");
    assertThat(d.trackingSpeedMarginMps()).isEqualTo(0.2);
    var p =
        setup(
                "--ros-args",
                "-p",
                "person_speed_policy:=floor",
                "-p",
                "tracking_speed_margin_mps:=0.3")
            .params();
    assertThat(p.personSpeedPolicy()).isEqualTo("floor");
    assertThat(p.trackingSpeedMarginMps()).isEqualTo(0.3);
    var config = NodeMain.monitorConfigFor(p);
    assertThat(config.personSpeedPolicy())
        .isEqualTo(io.stepguard.monitor.MonitorConfig.PersonSpeedPolicy.FLOOR);
    assertThat(config.trackingSpeedMarginMps()).isEqualTo(0.3);
    assertThat(refused("--ros-args", "-p", "person_speed_policy:=fast"))
        .contains("person_speed_policy");
    assertThat(refused("--ros-args", "-p", "tracking_speed_margin_mps:=-1"))
        .contains("tracking_speed_margin_mps");
  }

  @Test
  void rosDomainIdComesFromTheEnvironmentAndIsChecked() {
    assertThat(NodeMain.parse(new String[0], Optional.of("42")))
        .isInstanceOfSatisfying(
            NodeMain.Parsed.Ok.class, ok -> assertThat(ok.setup().domainId()).isEqualTo(42));
    assertThat(NodeMain.parse(new String[0], Optional.of("x")))
        .isInstanceOf(NodeMain.Parsed.Bad.class);
  }

  @Test
  void logAndEnclaveArgumentsThatLaunchMayAddAreAccepted() {
    var s = setup("--ros-args", "--log-level", "info", "-e", "/", "--disable-rosout-logs");
    assertThat(s.names().nodeName()).isEqualTo("stepguard");
    assertThat(List.of(s.params().haltPublishHz())).containsExactly(10.0);
  }
}
