package io.stepguard.cli;

import io.stepguard.monitor.Monitor;
import io.stepguard.sim.safeagentbench.SafeAgentBenchEval;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepguard eval}: scores the monitor on external evaluation data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score the monitor on an external benchmark.",
    subcommands = {EvalCommand.SafeAgentBench.class})
final class EvalCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code stepguard eval safeagentbench DIR}. */
  @Command(
      name = "safeagentbench",
      mixinStandardHelpOptions = true,
      description = {
        "Judge SafeAgentBench plans (JSON Lines: safe_detailed*.jsonl, unsafe_detailed*.jsonl in DIR)",
        "and print refusal rates, precision, recall, F1, AUPRC, per-category recall and latency.",
        "Exit code 2 when DIR is missing or holds no .jsonl files."
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
