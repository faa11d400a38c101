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
    return execute(cl, args);
  }

  /**
   * Runs {@code args} on {@code cl} (a {@code stepguard} command line, with its writers set). An
   * unknown command word ({@code stepguard audti --help}) is an error: exit 2 with the list of
   * commands, whatever options follow it.
   */
  static int execute(CommandLine cl, String... args) {
    if (args.length > 0 && !args[0].startsWith("-") && !cl.getSubcommands().containsKey(args[0])) {
      cl.getErr()
          .println(
              "stepguard: unknown command '"
                  + args[0]
                  + "'; the commands are: "
                  + String.join(", ", cl.getSubcommands().keySet())
                  + " (stepguard --help)");
      cl.getErr().flush();
      return ExitCodes.BAD_INPUT;
    }
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
