package io.stepguard.sim.scenario;

import io.stepguard.model.Verdict;
import java.util.List;

/**
 * One step's verdict compared with its expectation.
 *
 * @param mismatches what differs, in words; empty when the verdict meets the expectation
 */
public record StepOutcome(Expectation expected, Verdict actual, List<String> mismatches) {
  public StepOutcome {
    mismatches = List.copyOf(mismatches);
  }

  public boolean matches() {
    return mismatches.isEmpty();
  }
}
