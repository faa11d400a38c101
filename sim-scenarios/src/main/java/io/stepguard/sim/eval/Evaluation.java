package io.stepguard.sim.eval;

import io.stepguard.model.Verdict;
import io.stepguard.monitor.Monitor;
import io.stepguard.sim.scenario.ScenarioResult;
import io.stepguard.sim.scenario.ScenarioRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Judges a suite on several threads with one monitor and scores it. {@link Monitor} is thread-safe
 * (JudgementCore's contract), so the threads share it; results keep the suite's order, so the
 * report does not depend on the number of threads.
 */
public final class Evaluation {
  private Evaluation() {}

  /**
   * Judges every scenario of {@code suite} on {@code threads} threads.
   *
   * @param progress called with the number of scenarios judged so far, from worker threads, at most
   *     once per scenario; must be thread-safe and cheap
   * @throws IllegalStateException when judging a scenario throws (the monitor itself fails closed
   *     and does not throw; this is a bug in the runner)
   */
  public static EvalReport run(Monitor monitor, Suite suite, int threads, IntConsumer progress) {
    List<Suite.Entry> entries = suite.entries();
    var done = new AtomicInteger();
    var scored = new ArrayList<ScoredScenario>(entries.size());
    var decisions = new TreeMap<String, Integer>();
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
      var futures = new ArrayList<Future<Judged>>(entries.size());
      for (Suite.Entry e : entries) {
        futures.add(
            pool.submit(
                () -> {
                  ScenarioResult r = ScenarioRunner.run(monitor, e.scenario());
                  var counts = new TreeMap<String, Integer>();
                  counts.merge(r.judgement().planVerdict().decision().kind(), 1, Integer::sum);
                  for (Verdict v : r.judgement().steps()) {
                    counts.merge(v.decision().kind(), 1, Integer::sum);
                  }
                  var j = new Judged(ScoredScenario.of(e.source(), r), counts);
                  progress.accept(done.incrementAndGet());
                  return j;
                }));
      }
      for (int i = 0; i < futures.size(); i++) {
        Judged j;
        try {
          j = futures.get(i).get();
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", ex);
        } catch (ExecutionException ex) {
          throw new IllegalStateException(
              "judging " + entries.get(i).source() + " failed: " + ex.getCause(), ex.getCause());
        }
        scored.add(j.scored());
        j.decisions().forEach((k, v) -> decisions.merge(k, v, Integer::sum));
      }
    }
    return EvalReport.of(monitor.producer(), scored, suite.invalid(), decisions);
  }

  private record Judged(ScoredScenario scored, Map<String, Integer> decisions) {}
}
