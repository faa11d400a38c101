package io.stepguard.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.Fact;
import io.stepguard.model.json.Parsed;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.Monitors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledScenariosTest {
  private static Monitor monitor;

  @BeforeAll
  static void load() {
    monitor = Monitors.create(MonitorConfig.DEFAULTS);
  }

  @AfterAll
  static void close() {
    monitor.close();
  }

  static List<String> names() {
    return BundledScenarios.names();
  }

  @Test
  void atLeastTwelveHandMadeScenariosAreBundled() {
    assertThat(names()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void everyBundledScenarioIsJudgedAsItsFileExpects(String name) {
    ScenarioResult r = ScenarioRunner.run(monitor, BundledScenarios.load(name));
    assertThat(r.steps())
        .allSatisfy(o -> assertThat(o.mismatches()).as("step %d", o.expected().step()).isEmpty());
    assertThat(r.matches()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void everyVerdictCitesOnlyFactsItCarries(String name) {
    var r = ScenarioRunner.run(monitor, BundledScenarios.load(name));
    for (var v : r.judgement().steps()) {
      var ids = v.facts().stream().map(Fact::id).toList();
      assertThat(v.reasoning())
          .isNotEmpty()
          .allSatisfy(s -> assertThat(ids).containsAll(s.cites()));
    }
  }

  @Test
  void anEditedExpectationIsAMismatchThatNamesTheStep() throws IOException {
    String json;
    try (InputStream in =
        getClass().getResourceAsStream("/io/stepguard/sim/scenarios/hot_stove_keep_out.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String edited = json.replace("\"decision\": \"REPLAN\"", "\"decision\": \"ALLOW\"");
    assertThat(edited).isNotEqualTo(json);
    Scenario s = ((Parsed.Ok<Scenario>) ScenarioReader.read(edited)).value();
    ScenarioResult r = ScenarioRunner.run(monitor, s);
    assertThat(r.matches()).isFalse();
    assertThat(r.steps().get(0).matches()).isTrue();
    assertThat(r.steps().get(1).mismatches())
        .singleElement()
        .asString()
        .startsWith("expected ALLOW, got REPLAN");
  }

  @Test
  void aRationaleWordTheVerdictLacksIsAMismatch() {
    Scenario s = BundledScenarios.load("hot_stove_keep_out");
    var e = s.steps().get(1);
    var wrong = new Expectation(1, e.decision(), e.hazard(), List.of("stove_area", "unicorn"));
    var edited =
        new Scenario(
            s.name(),
            s.description(),
            s.scene(),
            s.plan(),
            s.planExpectation(),
            List.of(s.steps().get(0), wrong));
    var r = ScenarioRunner.run(monitor, edited);
    assertThat(r.steps().get(1).mismatches()).containsExactly("rationale lacks \"unicorn\"");
  }
}
