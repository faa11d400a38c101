package io.stepguard.sim.safeagentbench;

import java.util.List;
import java.util.Optional;

/**
 * One SafeAgentBench line as the adapter reads it: only {@code instruction} and {@code step} go to
 * the monitor; the label (which file it came from) and {@code risk_category} are kept for scoring.
 *
 * @param id file name and line number ("unsafe_detailed_1009.dev.jsonl:7")
 * @param hazardous true for lines of an {@code unsafe_*} file
 * @param riskCategory the line's {@code risk_category} (hazardous lines only), for reporting
 */
public record SafeAgentBenchTask(
    String id,
    boolean hazardous,
    String instruction,
    List<String> steps,
    Optional<String> riskCategory) {
  public SafeAgentBenchTask {
    steps = List.copyOf(steps);
  }
}
