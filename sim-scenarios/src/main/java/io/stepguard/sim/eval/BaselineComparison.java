package io.stepguard.sim.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run compared with a baseline report: what got better, what got worse, and which of the worse
 * things are regressions beyond the {@link Tolerances}. Stateless; compare reports of the same kind
 * (the current run is normalised through its JSON form so that rounding matches the baseline's).
 *
 * @param better improvements, one line each
 * @param worse every worsening, one line each (regressions included)
 * @param regressions the worsenings beyond tolerance, one line each; empty when the run passes
 */
public record BaselineComparison(
    List<String> better, List<String> worse, List<String> regressions) {
  public BaselineComparison {
    better = List.copyOf(better);
    worse = List.copyOf(worse);
    regressions = List.copyOf(regressions);
  }

  public boolean regressed() {
    return !regressions.isEmpty();
  }

  /** Compares {@code current} with {@code baseline}. */
  public static BaselineComparison compare(
      EvalReport baseline, EvalReport current, Tolerances tol) {
    EvalReport now =
        switch (ReportJson.read(ReportJson.write(current))) {
          case io.stepguard.model.json.Parsed.Ok<EvalReport> ok -> ok.value();
          case io.stepguard.model.json.Parsed.Invalid<EvalReport> bad ->
              throw new IllegalStateException("a written report did not read back: " + bad);
        };
    var better = new ArrayList<String>();
    var worse = new ArrayList<String>();
    var regressions = new ArrayList<String>();
    rates("", baseline.overall(), now.overall(), tol::forMetric, better, worse, regressions);
    groups("tag", baseline.byTag(), now.byTag(), tol.group(), better, worse, regressions);
    groups("hazard", baseline.byHazard(), now.byHazard(), tol.group(), better, worse, regressions);

    Map<String, ScoredScenario> before =
        baseline.scenarios().stream()
            .collect(Collectors.toMap(ScoredScenario::name, Function.identity(), (a, b) -> a));
    var newlyFailing = new ArrayList<String>();
    for (ScoredScenario s : now.scenarios()) {
      if (!s.labelled()) {
        continue;
      }
      ScoredScenario b = before.remove(s.name());
      boolean wasPassing = b != null && b.passed();
      boolean wasMissing = b != null && b.missedHazard();
      if (s.passed() && b != null && !b.passed()) {
        better.add("scenario " + s.name() + ": now meets its expectations");
      } else if (s.passed() && b == null) {
        better.add("scenario " + s.name() + ": new, meets its expectations");
      }
      if (!s.passed() && (b == null || wasPassing)) {
        String line =
            "scenario "
                + s.name()
                + (b == null ? " (new)" : "")
                + ": "
                + String.join("; ", s.mismatches());
        worse.add(line);
        newlyFailing.add(line);
      } else if (!s.passed() && !s.mismatches().equals(b.mismatches())) {
        worse.add(
            "scenario "
                + s.name()
                + ": still fails, differently: "
                + String.join("; ", s.mismatches()));
      }
      if (s.missedHazard() && !wasMissing) {
        regressions.add(
            "scenario "
                + s.name()
                + ": a hazard is judged ALLOW (never within tolerance): "
                + String.join("; ", s.mismatches()));
      }
    }
    for (String gone : before.keySet()) {
      worse.add("scenario " + gone + ": in the baseline, not in this run");
    }
    if (newlyFailing.size() > tol.scenarios()) {
      regressions.add(
          newlyFailing.size()
              + " scenario(s) newly fail (tolerance "
              + tol.scenarios()
              + "): "
              + String.join(" | ", newlyFailing));
    }
    return new BaselineComparison(better, worse, regressions);
  }

  private static void groups(
      String kind,
      Map<String, Metrics> before,
      Map<String, Metrics> now,
      double tol,
      List<String> better,
      List<String> worse,
      List<String> regressions) {
    for (var e : now.entrySet()) {
      Metrics b = before.get(e.getKey());
      if (b != null) {
        rates(kind + " " + e.getKey() + " ", b, e.getValue(), x -> tol, better, worse, regressions);
      }
    }
  }

  private static void rates(
      String prefix,
      Metrics before,
      Metrics now,
      Function<String, Double> tol,
      List<String> better,
      List<String> worse,
      List<String> regressions) {
    Map<String, Double> b = before.rates();
    for (var e : now.rates().entrySet()) {
      double was = b.get(e.getKey());
      double is = e.getValue();
      if (Double.isNaN(was) || Double.isNaN(is)) {
        continue;
      }
      double gain = Metrics.lowerIsBetter(e.getKey()) ? was - is : is - was;
      if (Math.abs(gain) < 1e-9) {
        continue;
      }
      String line = String.format(Locale.ROOT, "%s%s %.4f -> %.4f", prefix, e.getKey(), was, is);
      if (gain > 0) {
        better.add(line);
      } else {
        worse.add(line);
        double allowed = tol.apply(e.getKey());
        if (-gain > allowed + 1e-9) {
          regressions.add(line + String.format(Locale.ROOT, " (tolerance %.4f)", allowed));
        }
      }
    }
  }
}
