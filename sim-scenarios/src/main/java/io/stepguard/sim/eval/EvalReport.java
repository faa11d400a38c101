package io.stepguard.sim.eval;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of an evaluation: overall figures, the same figures per tag and per hazard category
 * (over the scenarios carrying the tag or naming the hazard in an expectation), every scenario's
 * score, and the files that could not be used. Deterministic for a given suite and monitor: it
 * holds no timings, so that a committed report diffs cleanly.
 *
 * @param producer the monitor that judged ({@code Monitor.producer()})
 * @param decisions how many verdicts (plan-level and steps) of every scenario, labelled or not, had
 *     each decision
 */
public record EvalReport(
    String producer,
    Metrics overall,
    SortedMap<String, Metrics> byTag,
    SortedMap<String, Metrics> byHazard,
    List<ScoredScenario> scenarios,
    List<Suite.Invalid> invalid,
    SortedMap<String, Integer> decisions) {
  public EvalReport {
    byTag = new TreeMap<>(byTag);
    byHazard = new TreeMap<>(byHazard);
    scenarios = List.copyOf(scenarios);
    invalid = List.copyOf(invalid);
    decisions = new TreeMap<>(decisions);
  }

  /** Builds the report; groups are computed from {@code scenarios}. */
  public static EvalReport of(
      String producer,
      List<ScoredScenario> scenarios,
      List<Suite.Invalid> invalid,
      Map<String, Integer> decisions) {
    var tags = new TreeMap<String, Metrics>();
    scenarios.stream()
        .flatMap(s -> s.tags().stream())
        .distinct()
        .forEach(
            t ->
                tags.put(
                    t, Metrics.of(scenarios.stream().filter(s -> s.tags().contains(t)).toList())));
    var hazards = new TreeMap<String, Metrics>();
    scenarios.stream()
        .flatMap(s -> s.hazards().stream())
        .distinct()
        .forEach(
            h ->
                hazards.put(
                    h,
                    Metrics.of(scenarios.stream().filter(s -> s.hazards().contains(h)).toList())));
    return new EvalReport(
        producer,
        Metrics.of(scenarios),
        tags,
        hazards,
        scenarios,
        invalid,
        new TreeMap<>(decisions));
  }

  /** The labelled scenarios that do not meet their expectations. */
  public List<ScoredScenario> failed() {
    return scenarios.stream().filter(s -> s.labelled() && !s.passed()).toList();
  }

  /** How many scenarios have no expectations (generated ones). */
  public long unlabelled() {
    return scenarios.stream().filter(s -> !s.labelled()).count();
  }
}
