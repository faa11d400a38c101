package io.stepguard.cli;

import io.stepguard.model.Verdict;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.sim.report.HtmlReport;
import io.stepguard.sim.scenario.BundledScenarios;
import io.stepguard.sim.scenario.Scenario;
import io.stepguard.sim.scenario.ScenarioResult;
import io.stepguard.sim.scenario.ScenarioRunner;
import io.stepguard.sim.scenario.StepOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepguard demo}: the main job on the bundled scenarios. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Judge the bundled hand-made scenarios, print every decision with its explanation,",
      "and write an HTML page with a top view of every non-ALLOW step.",
      "Exit code 0 when every scenario is judged as its file expects, 1 otherwise."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--out",
      description = "Directory for the HTML report (default: ${DEFAULT-VALUE}).",
      defaultValue = "out/demo")
  Path outDir;

  @Option(names = "--no-html", description = "Do not write the HTML report.")
  boolean noHtml;

  @Mixin MonitorOptions monitorOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    var results = new ArrayList<ScenarioResult>();
    try (Monitor monitor = monitorOptions.create()) {
      out.println(
          "stepguard demo: "
              + BundledScenarios.names().size()
              + " scenarios, monitor "
              + monitor.producer());
      for (Scenario s : BundledScenarios.all()) {
        ScenarioResult r = ScenarioRunner.run(monitor, s);
        results.add(r);
        out.println();
        out.println("== " + s.name() + (r.matches() ? "" : "   [MISMATCH]"));
        out.println("   " + s.description());
        Verdict pv = r.judgement().planVerdict();
        if (!pv.decision().isAllow()) {
          out.println("   plan: " + pv.decision().kind() + "  " + pv.summary());
        }
        for (StepOutcome o : r.steps()) {
          Verdict v = o.actual();
          out.printf(
              Locale.ROOT,
              "   step %d %-8s %s%n",
              v.stepIndex(),
              v.decision().kind(),
              "\"" + s.plan().steps().get(v.stepIndex()).text() + "\"");
          out.println("          " + v.summary());
          if (!v.decision().isAllow()) {
            v.reasoning().forEach(rs -> out.println("          - " + rs.text()));
          }
          if (!o.matches()) {
            out.println("          MISMATCH: " + String.join("; ", o.mismatches()));
          }
        }
      }
    }
    long ok = results.stream().filter(ScenarioResult::matches).count();
    out.println();
    out.println(ok + "/" + results.size() + " scenarios judged as expected");
    if (!noHtml) {
      Files.createDirectories(outDir);
      Path page = outDir.resolve("index.html");
      Files.writeString(
          page, HtmlReport.render(results, MonitorConfig.DEFAULTS), StandardCharsets.UTF_8);
      out.println("report: " + page.toAbsolutePath());
    }
    out.flush();
    return ok == results.size() ? ExitCodes.OK : ExitCodes.MISMATCH;
  }
}
