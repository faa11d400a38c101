package io.stepguard.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.Monitors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: the corpus (sim-scenarios/corpus/**) and the bundled scenarios, with the
 * known-failing list, the benign-twin rule and the committed baseline (docs/scenarios.md).
 */
class CorpusGateTest {
  static final Path CORPUS = Path.of("corpus");
  static final int THREADS = Runtime.getRuntime().availableProcessors();

  @Test
  void corpusAndBundledScenariosPassTheGate() {
    try (Monitor m = Monitors.create(MonitorConfig.DEFAULTS)) {
      Gate.Result r = Gate.run(m, CORPUS, Tolerances.DEFAULTS, THREADS);
      assertThat(r.report().overall().scenarios()).isGreaterThanOrEqualTo(24);
      assertThat(r.problems()).as("gate problems").isEmpty();
    }
  }

  @Test
  void halvingThePersonClearanceMarginFailsTheGateWithAReadableList() {
    List<String> before;
    try (Monitor m = Monitors.create(MonitorConfig.DEFAULTS)) {
      before = Gate.run(m, CORPUS, Tolerances.DEFAULTS, THREADS).problems();
    }
    MonitorConfig halved = ConfigEdits.scaled(MonitorConfig.DEFAULTS, "intrusionDistanceM", 0.5);
    try (Monitor m = Monitors.create(halved)) {
      Gate.Result r = Gate.run(m, CORPUS, Tolerances.DEFAULTS, THREADS);
      var added = r.problems().stream().filter(p -> !before.contains(p)).toList();
      assertThat(added)
          .as("what halving C adds to the gate's list")
          .anySatisfy(p -> assertThat(p).startsWith("scenario ").contains(" fails: step "))
          .anySatisfy(p -> assertThat(p).startsWith("regression against baseline.json: "));
    }
  }
}
