package io.stepguard.cli;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.SceneState;
import io.stepguard.model.Verdict;
import io.stepguard.model.json.Parsed;
import io.stepguard.model.json.Problem;
import io.stepguard.model.json.StepguardJson;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.PlanJudgement;
import io.stepguard.monitor.geometry.SceneAcceptance;
import io.stepguard.sim.scenario.Scenario;
import io.stepguard.sim.scenario.ScenarioReader;
import io.stepguard.sim.scenario.ScenarioResult;
import io.stepguard.sim.scenario.ScenarioRunner;
import io.stepguard.sim.scenario.StepOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepguard check}: judges a plan in a scene, or scenario files against expectations. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Judge a plan in a scene (--plan P --scene S), or scenario files (--scenario FILE...).",
      "Exit codes: 0 every step ALLOW (scenarios: all as expected), 3 some step not ALLOW,",
      "1 a scenario differs from its expectations, 2 bad input (errors are listed with JSON pointers)."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--plan", description = "Plan JSON file.")
  Optional<Path> plan;

  @Option(names = "--scene", description = "Scene JSON file.")
  Optional<Path> scene;

  @Option(names = "--scenario", arity = "1..*", description = "Scenario JSON files.")
  List<Path> scenarios = new ArrayList<>();

  @Option(
      names = "--json",
      description = "Print the verdicts as a JSON array (plan-level verdict first).")
  boolean json;

  @Option(
      names = "--explain",
      paramLabel = "N",
      description = "Print the full reasoning chain of step N (-1: the plan-level verdict).")
  Optional<Integer> explain;

  @Mixin MonitorOptions monitorOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!scenarios.isEmpty()) {
      if (plan.isPresent() || scene.isPresent()) {
        err.println("stepguard check: give either --scenario or --plan with --scene, not both");
        return ExitCodes.BAD_INPUT;
      }
      return checkScenarios(out, err);
    }
    if (plan.isEmpty() || scene.isEmpty()) {
      err.println("stepguard check: --plan and --scene are both required (or use --scenario)");
      return ExitCodes.BAD_INPUT;
    }
    Optional<ActionPlan> p = read(plan.get(), StepguardJson::readPlan, err);
    Optional<SceneState> s = read(scene.get(), StepguardJson::readScene, err);
    if (s.isPresent()) {
      List<Problem> geometry = SceneAcceptance.problems(s.get());
      if (!geometry.isEmpty()) {
        geometry.forEach(pr -> err.println(scene.get() + ": " + pr));
        s = Optional.empty();
      }
    }
    if (p.isEmpty() || s.isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    if (explain.isPresent() && (explain.get() < -1 || explain.get() >= p.get().steps().size())) {
      err.println(
          "stepguard check: --explain "
              + explain.get()
              + " is not a step of this plan (0.."
              + (p.get().steps().size() - 1)
              + ", or -1)");
      return ExitCodes.BAD_INPUT;
    }
    try (Monitor monitor = monitorOptions.create()) {
      PlanJudgement j = monitor.judge(p.get(), s.get());
      if (json) {
        var all = new ArrayList<Verdict>();
        all.add(j.planVerdict());
        all.addAll(j.steps());
        out.print(StepguardJson.writeVerdicts(all));
      } else {
        out.println("plan " + p.get().planId() + ": " + p.get().instruction());
        VerdictText.table(j, out);
      }
      explain.ifPresent(
          n -> {
            Verdict v = n == -1 ? j.planVerdict() : j.steps().get(n);
            VerdictText.explain(v, n == -1 ? "" : p.get().steps().get(n).text(), out);
          });
      out.flush();
      return j.allAllowed() ? ExitCodes.OK : ExitCodes.NOT_ALLOWED;
    }
  }

  private int checkScenarios(PrintWriter out, PrintWriter err) {
    var loaded = new ArrayList<Scenario>();
    boolean bad = false;
    for (Path f : scenarios) {
      switch (ScenarioReader.read(f)) {
        case Parsed.Ok<Scenario> ok -> loaded.add(ok.value());
        case Parsed.Invalid<Scenario> inv -> {
          inv.problems().forEach(pr -> err.println(f + ": " + pr));
          bad = true;
        }
      }
    }
    if (bad) {
      return ExitCodes.BAD_INPUT;
    }
    if (explain.isPresent() && explain.get() < -1) {
      err.println("stepguard check: --explain " + explain.get() + " is not a step (N >= 0, or -1)");
      return ExitCodes.BAD_INPUT;
    }
    int mismatched = 0;
    try (Monitor monitor = monitorOptions.create()) {
      for (Scenario s : loaded) {
        ScenarioResult r = ScenarioRunner.run(monitor, s);
        out.println((r.matches() ? "ok        " : "MISMATCH  ") + s.name());
        r.planOutcome().ifPresent(o -> line(out, "plan", o));
        for (StepOutcome o : r.steps()) {
          line(out, "step " + o.expected().step(), o);
        }
        if (explain.isPresent()) {
          int n = explain.get();
          if (n == -1) {
            VerdictText.explain(r.judgement().planVerdict(), "", out);
          } else if (n >= 0 && n < s.plan().steps().size()) {
            VerdictText.explain(r.judgement().steps().get(n), s.plan().steps().get(n).text(), out);
          } else {
            out.println(
                "  --explain "
                    + n
                    + ": not a step of "
                    + s.name()
                    + " (0.."
                    + (s.plan().steps().size() - 1)
                    + ", or -1)");
          }
        }
        if (!r.matches()) {
          mismatched++;
        }
      }
    }
    out.println(loaded.size() - mismatched + "/" + loaded.size() + " scenarios as expected");
    out.flush();
    return mismatched == 0 ? ExitCodes.OK : ExitCodes.MISMATCH;
  }

  private static void line(PrintWriter out, String what, StepOutcome o) {
    out.printf(
        java.util.Locale.ROOT,
        "  %-7s %-8s expected %-8s %s%n",
        what,
        o.actual().decision().kind(),
        o.expected().decision(),
        o.matches() ? "ok" : "MISMATCH: " + String.join("; ", o.mismatches()));
  }

  private static <T> Optional<T> read(
      Path file, java.util.function.Function<String, Parsed<T>> reader, PrintWriter err) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      return Optional.empty();
    }
    return switch (reader.apply(text)) {
      case Parsed.Ok<T> ok -> Optional.of(ok.value());
      case Parsed.Invalid<T> bad -> {
        bad.problems().forEach(pr -> err.println(file + ": " + pr));
        yield Optional.empty();
      }
    };
  }
}
