package io.stepguard.cli;

import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.Monitors;
import picocli.CommandLine.Option;

/** Options that choose the monitor, shared by subcommands. */
final class MonitorOptions {
  @Option(
      names = "--geometric-only",
      description =
          "Run only the geometric and consistency checks (no lexicon, encoder or hazard rules).")
  boolean geometricOnly;

  @Option(
      names = "--person-speed-policy",
      paramLabel = "directed|floor",
      description =
          "How a person's approach speed is taken: directed (ISO/TS 15066 5.5.4, default) or"
              + " floor (1.6 m/s or more for everyone).")
  void personSpeedPolicy(String value) {
    personSpeedPolicy =
        MonitorConfig.PersonSpeedPolicy.parse(value)
            .orElseThrow(
                () ->
                    new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--person-speed-policy must be directed or floor, was " + value));
  }

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  private MonitorConfig.PersonSpeedPolicy personSpeedPolicy =
      MonitorConfig.PersonSpeedPolicy.DIRECTED;

  Monitor create() {
    MonitorConfig config = MonitorConfig.DEFAULTS.withPersonSpeedPolicy(personSpeedPolicy);
    return geometricOnly ? Monitors.geometricOnly(config) : Monitors.create(config);
  }
}
