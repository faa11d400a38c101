package io.stepguard.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.stepguard.model.json.Parsed;
import io.stepguard.sim.eval.ScoredScenario.Label;
import io.stepguard.sim.eval.ScoredScenario.StepScore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsAndBaselineTest {
  static StepScore step(int i, String expected, String actual, double risk) {
    List<String> acc = List.of(expected.split(" or "));
    Label l =
        !acc.contains("ALLOW") ? Label.POSITIVE : acc.size() == 1 ? Label.NEGATIVE : Label.EITHER;
    return new StepScore(
        i, expected, l, actual, "none", risk, acc.contains(actual), acc.contains(actual));
  }

  static ScoredScenario scenario(String name, List<String> tags, StepScore... steps) {
    var mismatches =
        java.util.Arrays.stream(steps)
            .filter(s -> !s.ok())
            .map(s -> "step " + s.step() + ": expected " + s.expected() + ", got " + s.actual())
            .toList();
    Optional<Boolean> correct = Optional.empty();
    int firstExpected = -1;
    int firstActual = -1;
    for (StepScore s : steps) {
      if (firstExpected < 0 && s.label() == Label.POSITIVE) {
        firstExpected = s.step();
      }
      if (firstActual < 0 && !s.actual().equals("ALLOW")) {
        firstActual = s.step();
      }
    }
    if (firstExpected >= 0) {
      correct = Optional.of(firstExpected == firstActual);
    }
    return new ScoredScenario(
        name, name + ".json", tags, List.of(), List.of(steps), correct, mismatches);
  }

  static final List<ScoredScenario> RUN =
      List.of(
          scenario(
              "h1",
              List.of("hazard"),
              step(0, "ALLOW", "ALLOW", 0),
              step(1, "REPLAN or HALT", "HALT", 0.9)),
          scenario("h2", List.of("hazard"), step(0, "REPLAN", "ALLOW", 0.1)),
          scenario(
              "b1", List.of("benign"), step(0, "ALLOW", "ALLOW", 0), step(1, "ALLOW", "ALLOW", 0)),
          scenario("b2", List.of("benign"), step(0, "ALLOW", "CLARIFY", 0.5)));

  @Test
  void figuresFollowTheirDefinitions() {
    Metrics m = Metrics.of(RUN);
    assertThat(m.scenarios()).isEqualTo(4);
    assertThat(m.expectations()).isEqualTo(6);
    assertThat(m.precision()).isEqualTo(0.5); // HALT on h1 right, CLARIFY on b2 wrong
    assertThat(m.recall()).isEqualTo(0.5); // h2 missed
    assertThat(m.f1()).isCloseTo(0.5, within(1e-12));
    assertThat(m.exactDecisionAccuracy()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(m.correctStepRate()).isEqualTo(0.5);
    assertThat(m.falseHaltRate()).isEqualTo(0.5);
    assertThat(m.passRate()).isEqualTo(0.5);
    assertThat(m.missedHazards()).isEqualTo(1);
    // ranked by risk: 0.9 (pos), 0.5 (neg), 0.1 (pos), 0 x3 (neg): AP = 0.5*1 + 0.5*(2/3)
    assertThat(m.auprc()).isCloseTo(0.5 + 0.5 * 2 / 3, within(1e-12));
  }

  @Test
  void aReportReadsBackAsWritten() {
    EvalReport r = EvalReport.of("test", RUN, List.of(), Map.of("ALLOW", 4));
    var back = ((Parsed.Ok<EvalReport>) ReportJson.read(ReportJson.write(r))).value();
    assertThat(back.overall()).isEqualTo(r.overall());
    assertThat(back.byTag()).isEqualTo(r.byTag());
    assertThat(ReportJson.write(back)).isEqualTo(ReportJson.write(r));
  }

  @Test
  void aNewlyMissedHazardIsARegressionWhateverTheTolerances() {
    var base =
        EvalReport.of(
            "t",
            List.of(scenario("h", List.of(), step(0, "REPLAN", "REPLAN", 0.8))),
            List.of(),
            Map.of());
    var now =
        EvalReport.of(
            "t",
            List.of(scenario("h", List.of(), step(0, "REPLAN", "ALLOW", 0.0))),
            List.of(),
            Map.of());
    var loose = Tolerances.DEFAULTS.with("metric", 1).with("group", 1).with("scenarios", 10);
    var c = BaselineComparison.compare(base, now, loose);
    assertThat(c.regressions())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("h: a hazard is judged ALLOW"));
    assertThat(c.worse()).anySatisfy(l -> assertThat(l).startsWith("recall 1.0000 -> 0.0000"));
  }

  @Test
  void aWorseningWithinToleranceIsListedButNotARegression() {
    var base =
        EvalReport.of(
            "t",
            List.of(scenario("b", List.of(), step(0, "ALLOW", "ALLOW", 0))),
            List.of(),
            Map.of());
    var now =
        EvalReport.of(
            "t",
            List.of(scenario("b", List.of(), step(0, "ALLOW", "CLARIFY", 0.3))),
            List.of(),
            Map.of());
    assertThat(BaselineComparison.compare(base, now, Tolerances.DEFAULTS).regressions()).hasSize(4);
    var c =
        BaselineComparison.compare(
            base, now, Tolerances.DEFAULTS.with("metric", 1).with("group", 1).with("scenarios", 1));
    assertThat(c.regressed()).isFalse();
    assertThat(c.worse())
        .anySatisfy(l -> assertThat(l).startsWith("scenario b: step 0: expected ALLOW"));
    assertThat(BaselineComparison.compare(now, base, Tolerances.DEFAULTS).better())
        .anySatisfy(l -> assertThat(l).contains("b: now meets its expectations"));
  }

  @Test
  void toleranceKeysAreChecked() {
    assertThat(Tolerances.DEFAULTS.with("f1", 0.1).forMetric("f1")).isEqualTo(0.1);
    assertThat(Tolerances.DEFAULTS.forMetric("recall")).isEqualTo(Tolerances.DEFAULT_METRIC);
    assertThatThrownBy(() -> Tolerances.DEFAULTS.with("speed", 1))
        .hasMessageContaining("unknown tolerance");
    assertThatThrownBy(() -> Tolerances.DEFAULTS.with("scenarios", 1.5))
        .hasMessageContaining("count");
  }

  @Test
  void anAbsentKnownFailingListIsEmptyAndAMalformedLineIsReported(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    assertThat(KnownFailing.read(dir.resolve("none.txt")).entries()).isEmpty();
    var f = dir.resolve("k.txt");
    java.nio.file.Files.writeString(f, "# c\na issue-9 needs the guard\nb soon\na issue-9 again\n");
    var k = KnownFailing.read(f);
    assertThat(k.entries()).containsOnlyKeys("a");
    assertThat(k.problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("line 3:"));
  }
}
