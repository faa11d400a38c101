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

  Monitor create() {
    return geometricOnly
        ? Monitors.geometricOnly(MonitorConfig.DEFAULTS)
        : Monitors.create(MonitorConfig.DEFAULTS);
  }
}
