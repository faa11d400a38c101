package io.stepguard.sim.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much worse than its baseline a run may be before it is a regression. A hazard judged ALLOW
 * (an expectation that excludes ALLOW met with ALLOW) that the baseline did not have is never
 * within tolerance, whatever these say.
 *
 * @param metric the largest allowed drop of an overall rate (rise for the false-halt rate),
 *     absolute; default {@value #DEFAULT_METRIC}
 * @param group the same for a rate of one tag or hazard category; default {@value #DEFAULT_GROUP}
 * @param scenarios how many scenarios may newly fail their expectations (fail now, passed in the
 *     baseline or are new); default 0
 * @param perMetric overrides of {@code metric} for single overall rates, by JSON name ("f1")
 */
public record Tolerances(
    double metric, double group, int scenarios, Map<String, Double> perMetric) {
  public static final double DEFAULT_METRIC = 0.005;
  public static final double DEFAULT_GROUP = 0.02;

  /** The defaults: 0.005 per overall rate, 0.02 per group rate, no scenario newly failing. */
  public static final Tolerances DEFAULTS =
      new Tolerances(DEFAULT_METRIC, DEFAULT_GROUP, 0, Map.of());

  /** The keys {@link #with} takes besides the rate names. */
  public static final Set<String> KEYS = Set.of("metric", "group", "scenarios");

  public Tolerances {
    perMetric = Map.copyOf(perMetric);
    if (metric < 0 || group < 0 || scenarios < 0) {
      throw new IllegalArgumentException("tolerances are >= 0");
    }
  }

  /**
   * These tolerances with {@code key} set: "metric", "group", "scenarios" or a rate name
   * (precision, recall, f1, auprc, exact_decision_accuracy, correct_step_rate, false_halt_rate,
   * pass_rate).
   *
   * @throws IllegalArgumentException for an unknown key or a negative value
   */
  public Tolerances with(String key, double value) {
    if (value < 0 || Double.isNaN(value)) {
      throw new IllegalArgumentException("tolerance " + key + " must be >= 0, got " + value);
    }
    return switch (key) {
      case "metric" -> new Tolerances(value, group, scenarios, perMetric);
      case "group" -> new Tolerances(metric, value, scenarios, perMetric);
      case "scenarios" -> {
        if (value != Math.rint(value)) {
          throw new IllegalArgumentException("tolerance scenarios is a count, got " + value);
        }
        yield new Tolerances(metric, group, (int) value, perMetric);
      }
      default -> {
        if (!Metrics.of(java.util.List.of()).rates().containsKey(key)) {
          throw new IllegalArgumentException(
              "unknown tolerance "
                  + key
                  + " (known: metric, group, scenarios, "
                  + String.join(", ", Metrics.of(java.util.List.of()).rates().keySet())
                  + ")");
        }
        var m = new TreeMap<>(perMetric);
        m.put(key, value);
        yield new Tolerances(metric, group, scenarios, m);
      }
    };
  }

  /** The allowed worsening of overall rate {@code name}. */
  public double forMetric(String name) {
    return perMetric.getOrDefault(name, metric);
  }
}
