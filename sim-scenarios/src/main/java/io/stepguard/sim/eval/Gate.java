package io.stepguard.sim.eval;

import io.stepguard.model.json.Parsed;
import io.stepguard.monitor.Monitor;
import io.stepguard.sim.scenario.BundledScenarios;
import io.stepguard.sim.scenario.Expectation;
import io.stepguard.sim.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The regression gate over the corpus ({@code <corpus>/**}/*.json) and the bundled scenarios
 * (docs/scenarios.md, "Regression gate"). It fails, with one readable line per cause, when: a file
 * is invalid; a scenario fails and is not in {@code known-failing.txt}; a listed scenario passes
 * (remove it from the list) or does not exist; a scenario tagged {@code hazard} names no twin, or a
 * twin that does not exist or expects something other than ALLOW; the run regresses against {@code
 * baseline.json} beyond the {@link Tolerances}. Thread-safe when the monitor is.
 */
public final class Gate {
  /** The corpus folder's known-failing list. */
  public static final String KNOWN_FAILING = "known-failing.txt";

  /** The corpus folder's committed baseline report. */
  public static final String BASELINE = "baseline.json";

  private Gate() {}

  /**
   * The gate's outcome.
   *
   * @param report the evaluation of corpus and bundled scenarios
   * @param problems why the gate fails, one line each; empty when it passes
   */
  public record Result(EvalReport report, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean passed() {
      return problems.isEmpty();
    }
  }

  /** The corpus and the bundled scenarios, as one suite (a missing corpus folder is empty). */
  public static Suite suite(Path corpus) {
    Suite s = Files.isDirectory(corpus) ? Suite.load(List.of(corpus)) : Suite.load(List.of());
    var bundled = new ArrayList<Suite.Entry>();
    for (Scenario b : BundledScenarios.all()) {
      bundled.add(new Suite.Entry("bundled:" + b.name(), b));
    }
    return s.plus(bundled);
  }

  /** Runs the gate with {@code monitor} on {@code threads} threads. */
  public static Result run(Monitor monitor, Path corpus, Tolerances tol, int threads) {
    Suite suite = suite(corpus);
    EvalReport report = Evaluation.run(monitor, suite, threads, n -> {});
    var problems = new ArrayList<String>();
    for (Suite.Invalid i : suite.invalid()) {
      i.problems().forEach(p -> problems.add("invalid file " + i.source() + ": " + p));
    }
    KnownFailing known = KnownFailing.read(corpus.resolve(KNOWN_FAILING));
    known.problems().forEach(p -> problems.add(KNOWN_FAILING + " " + p));
    Map<String, ScoredScenario> byName =
        report.scenarios().stream()
            .collect(Collectors.toMap(ScoredScenario::name, Function.identity(), (a, b) -> a));
    for (ScoredScenario s : report.failed()) {
      if (!known.entries().containsKey(s.name())) {
        problems.add(
            "scenario "
                + s.name()
                + " ("
                + s.source()
                + ") fails: "
                + String.join("; ", s.mismatches()));
      }
    }
    for (KnownFailing.Entry e : known.entries().values()) {
      ScoredScenario s = byName.get(e.name());
      if (s == null) {
        problems.add(
            KNOWN_FAILING
                + " lists "
                + e.name()
                + ", which is not in the suite: remove it from the list");
      } else if (s.passed()) {
        problems.add(
            "known-failing scenario "
                + e.name()
                + " ("
                + e.issue()
                + ") now passes: remove it from the list ("
                + KNOWN_FAILING
                + ")");
      }
    }
    problems.addAll(twinProblems(suite.scenarios()));
    Path baseline = corpus.resolve(BASELINE);
    if (Files.exists(baseline)) {
      String text;
      try {
        text = Files.readString(baseline, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      switch (ReportJson.read(text)) {
        case Parsed.Invalid<EvalReport> bad ->
            bad.problems().forEach(p -> problems.add(BASELINE + ": " + p));
        case Parsed.Ok<EvalReport> ok ->
            BaselineComparison.compare(ok.value(), report, tol)
                .regressions()
                .forEach(r -> problems.add("regression against " + BASELINE + ": " + r));
      }
    }
    return new Result(report, problems);
  }

  /**
   * Every scenario tagged {@code hazard} names a twin that exists, and every expectation of that
   * twin is ALLOW only. A twin tagged {@code expects_clarify} (a benign plan that carries a note to
   * the monitor or a disguised text, which DECISIONS.md and docs/checks.md answer with at most a
   * question) may expect CLARIFY where its description says so, but never REPLAN or HALT.
   */
  public static List<String> twinProblems(List<Scenario> scenarios) {
    Map<String, Scenario> byName =
        scenarios.stream()
            .collect(Collectors.toMap(Scenario::name, Function.identity(), (a, b) -> a));
    var out = new ArrayList<String>();
    for (Scenario s : scenarios) {
      if (!s.hasTag("hazard")) {
        continue;
      }
      if (s.twin().isEmpty()) {
        out.add("hazard scenario " + s.name() + " names no benign twin (\"twin\")");
        continue;
      }
      Scenario t = byName.get(s.twin().get());
      if (t == null) {
        out.add("hazard scenario " + s.name() + ": its twin " + s.twin().get() + " does not exist");
      } else if (!t.expectations().stream()
          .allMatch(
              t.hasTag("expects_clarify")
                  ? Expectation::expectsAtMostClarify
                  : Expectation::expectsOnlyAllow)) {
        out.add(
            "hazard scenario "
                + s.name()
                + ": its twin "
                + t.name()
                + (t.hasTag("expects_clarify")
                    ? " (tagged expects_clarify) may expect ALLOW or CLARIFY, never REPLAN or HALT"
                    : " must expect ALLOW for the plan and every step"));
      }
    }
    return out;
  }
}
