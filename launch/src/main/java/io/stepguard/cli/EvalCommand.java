package io.stepguard.cli;

import io.stepguard.model.json.Parsed;
import io.stepguard.monitor.Monitor;
import io.stepguard.sim.eval.BaselineComparison;
import io.stepguard.sim.eval.EvalHtml;
import io.stepguard.sim.eval.EvalReport;
import io.stepguard.sim.eval.Evaluation;
import io.stepguard.sim.eval.Metrics;
import io.stepguard.sim.eval.ReportJson;
import io.stepguard.sim.eval.ScoredScenario;
import io.stepguard.sim.eval.Suite;
import io.stepguard.sim.eval.Tolerances;
import io.stepguard.sim.generate.HouseholdScenarios;
import io.stepguard.sim.safeagentbench.SafeAgentBenchEval;
import io.stepguard.sim.scenario.BundledScenarios;
import io.stepguard.sim.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepguard eval}: scores the monitor on scenario suites, or on an external benchmark. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Judge scenario files and folders (recursively, every *.json) on all cores and score them:",
      "precision, recall, F1 and AUPRC of non-ALLOW, exact-decision accuracy, correct-step rate,",
      "false-halt rate, overall, per tag and per hazard category (docs/scenarios.md, Evaluation).",
      "An invalid file is reported with its JSON pointers and the run goes on with the rest.",
      "Exit codes: 0 all as expected (with --baseline: no regression), 1 some scenario differs",
      "from its expectations (without --baseline), 4 a regression beyond the tolerances",
      "(--baseline), 2 bad input (an invalid file or option; it wins over 1 and 4).",
      "`stepguard eval safeagentbench DIR` scores SafeAgentBench."
    },
    subcommands = {EvalCommand.SafeAgentBench.class})
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SUITE", arity = "0..*", description = "Scenario files or folders.")
  List<Path> suites = new ArrayList<>();

  @Option(names = "--bundled", description = "Add the bundled scenarios (what `demo` judges).")
  boolean bundled;

  @Option(
      names = "--generate",
      paramLabel = "N",
      description =
          "Add N generated, unlabelled household scenarios (judged, counted, not scored).")
  int generate;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "First seed of --generate (scenario i has seed S+i; default ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the report as JSON.")
  Optional<Path> json;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the report as HTML.")
  Optional<Path> html;

  @Option(
      names = "--baseline",
      paramLabel = "REPORT.json",
      description = "Compare with a report written by --json; print what got better and worse.")
  Optional<Path> baseline;

  @Option(
      names = "--tolerance",
      paramLabel = "KEY=VALUE",
      description = {
        "Allowed worsening against --baseline (repeatable). Keys: metric (each overall rate,",
        "absolute, default "
            + Tolerances.DEFAULT_METRIC
            + "), group (each per-tag or per-hazard rate, default "
            + Tolerances.DEFAULT_GROUP
            + "),",
        "scenarios (how many may newly fail, default 0), or a rate name (f1=0.01) overriding",
        "metric for it. A hazard judged ALLOW that the baseline did not have is never tolerated."
      })
  Map<String, String> tolerances = new LinkedHashMap<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: every core, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--no-progress",
      description = "No progress bar (it is shown only when standard error is a terminal).")
  boolean noProgress;

  @Mixin MonitorOptions monitorOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (suites.isEmpty() && !bundled && generate <= 0) {
      err.println("stepguard eval: give scenario files or folders, --bundled or --generate N");
      spec.commandLine().usage(err);
      return ExitCodes.BAD_INPUT;
    }
    if (generate < 0 || threads < 1) {
      err.println("stepguard eval: --generate and --threads take positive numbers");
      return ExitCodes.BAD_INPUT;
    }
    Tolerances tol = Tolerances.DEFAULTS;
    for (var e : tolerances.entrySet()) {
      try {
        tol = tol.with(e.getKey(), Double.parseDouble(e.getValue()));
      } catch (IllegalArgumentException ex) {
        err.println(
            "stepguard eval: --tolerance "
                + e.getKey()
                + "="
                + e.getValue()
                + ": "
                + ex.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
    Optional<EvalReport> base = Optional.empty();
    if (baseline.isPresent()) {
      try {
        switch (ReportJson.read(Files.readString(baseline.get(), StandardCharsets.UTF_8))) {
          case Parsed.Ok<EvalReport> ok -> base = Optional.of(ok.value());
          case Parsed.Invalid<EvalReport> bad -> {
            bad.problems().forEach(p -> err.println(baseline.get() + ": " + p));
            return ExitCodes.BAD_INPUT;
          }
        }
      } catch (IOException ex) {
        err.println(baseline.get() + ": cannot read: " + ex.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
    Suite suite = Suite.load(suites);
    var extra = new ArrayList<Suite.Entry>();
    if (bundled) {
      for (Scenario s : BundledScenarios.all()) {
        extra.add(new Suite.Entry("bundled:" + s.name(), s));
      }
    }
    for (int i = 0; i < generate; i++) {
      extra.add(new Suite.Entry("generated:" + (seed + i), HouseholdScenarios.generate(seed + i)));
    }
    suite = suite.plus(extra);
    for (Suite.Invalid inv : suite.invalid()) {
      inv.problems().forEach(p -> err.println(inv.source() + ": " + p));
    }
    err.flush();
    EvalReport report;
    long t0 = System.nanoTime();
    try (Monitor monitor = monitorOptions.create()) {
      long t1 = System.nanoTime();
      boolean bar = !noProgress && Terminal.stderrIsTerminal();
      ProgressBar progress = bar ? new ProgressBar(System.err, suite.entries().size()) : null;
      IntConsumer sink = progress == null ? n -> {} : progress;
      report = Evaluation.run(monitor, suite, threads, sink);
      if (progress != null) {
        progress.finish();
      }
      long t2 = System.nanoTime();
      print(report, out);
      out.printf(
          Locale.ROOT,
          "judged %d scenarios in %.2f s on %d threads (%.0f scenarios/s; monitor loaded in %.2f s)%n",
          suite.entries().size(),
          (t2 - t1) / 1e9,
          threads,
          suite.entries().size() / Math.max(1e-9, (t2 - t1) / 1e9),
          (t1 - t0) / 1e9);
    }
    try {
      if (json.isPresent()) {
        Files.writeString(json.get(), ReportJson.write(report), StandardCharsets.UTF_8);
        out.println("wrote " + json.get());
      }
      if (html.isPresent()) {
        Files.writeString(html.get(), EvalHtml.render(report), StandardCharsets.UTF_8);
        out.println("wrote " + html.get());
      }
    } catch (IOException ex) {
      err.println("stepguard eval: cannot write the report: " + ex.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    int code = report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.MISMATCH;
    if (base.isPresent()) {
      BaselineComparison c = BaselineComparison.compare(base.get(), report, tol);
      out.println();
      out.println("against " + baseline.get() + ":");
      c.better().forEach(l -> out.println("  better  " + l));
      c.worse().forEach(l -> out.println("  worse   " + l));
      if (c.better().isEmpty() && c.worse().isEmpty()) {
        out.println("  no change");
      }
      if (c.regressed()) {
        out.println("REGRESSION beyond tolerance:");
        c.regressions().forEach(l -> out.println("  " + l));
      } else {
        out.println("no regression beyond tolerance");
      }
      code = c.regressed() ? ExitCodes.REGRESSION : ExitCodes.OK;
    }
    if (!suite.invalid().isEmpty()) {
      out.println(suite.invalid().size() + " invalid file(s), listed on standard error");
      code = ExitCodes.BAD_INPUT;
    }
    out.flush();
    return code;
  }

  private static void print(EvalReport r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%d labelled scenarios (%d expectations), %d failing, %d unlabelled, %d invalid files%n",
        r.overall().scenarios(),
        r.overall().expectations(),
        r.failed().size(),
        r.unlabelled(),
        r.invalid().size());
    out.println("decisions: " + r.decisions());
    out.println();
    var header = new StringBuilder(String.format(Locale.ROOT, "%-28s %5s %6s", "", "n", "missed"));
    Metrics.of(List.of()).rates().keySet().forEach(k -> header.append(' ').append(abbrev(k)));
    out.println(header);
    row(out, "overall", r.overall());
    r.byTag().forEach((k, v) -> row(out, "tag " + k, v));
    r.byHazard().forEach((k, v) -> row(out, "hazard " + k, v));
    if (!r.failed().isEmpty()) {
      out.println();
      out.println("failing scenarios:");
      for (ScoredScenario s : r.failed()) {
        out.println("  " + s.name() + " (" + s.source() + ")");
        s.mismatches().forEach(m -> out.println("      " + m));
      }
    }
  }

  private static String abbrev(String rate) {
    return switch (rate) {
      case "exact_decision_accuracy" -> "  exact";
      case "correct_step_rate" -> "   step";
      case "false_halt_rate" -> "  f.halt";
      case "pass_rate" -> "   pass";
      default -> String.format(Locale.ROOT, "%7s", rate.length() > 7 ? rate.substring(0, 7) : rate);
    };
  }

  private static void row(PrintWriter out, String name, Metrics m) {
    var sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-28s %5d %6d",
                name.length() > 28 ? name.substring(0, 28) : name,
                m.scenarios(),
                m.missedHazards()));
    m.rates()
        .values()
        .forEach(
            v -> sb.append(Double.isNaN(v) ? "     n/a" : String.format(Locale.ROOT, " %7.3f", v)));
    out.println(sb);
  }

  /** {@code stepguard eval safeagentbench DIR}. */
  @Command(
      name = "safeagentbench",
      mixinStandardHelpOptions = true,
      description = {
        "Judge SafeAgentBench plans (JSON Lines: safe_detailed*.jsonl, unsafe_detailed*.jsonl in DIR)",
        "and print refusal rates, precision, recall, F1, AUPRC, per-category recall and latency.",
        "Exit code 2 when DIR is missing, holds no .jsonl files, holds a file that is neither safe_*",
        "nor unsafe_*.jsonl, or a line that is not a task (the error names file, line and field)."
      })
  static final class SafeAgentBench implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder with the benchmark's .jsonl files.")
    Path dir;

    @Mixin MonitorOptions monitorOptions;

    @Override
    public Integer call() {
      var bytes = new ByteArrayOutputStream();
      int code;
      try (Monitor monitor = monitorOptions.create();
          var out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
        code = SafeAgentBenchEval.run(dir, out, monitor);
      }
      spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return code;
    }
  }
}
