package io.stepguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stepguard} command. */
@Command(
    name = "stepguard",
    mixinStandardHelpOptions = true,
    version = "stepguard 0.1.0",
    description = "Safety monitor between an LLM planner and a robot executor.",
    subcommands = {
      DemoCommand.class,
      CheckCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      RunCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int execute(String... args) {
    var cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("stepguard: " + e.getMessage());
          return ExitCodes.BAD_INPUT;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
