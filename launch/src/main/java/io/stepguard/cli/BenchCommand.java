package io.stepguard.cli;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.SceneState;
import io.stepguard.monitor.Monitor;
import io.stepguard.monitor.PlanJudgement;
import io.stepguard.sim.generate.SyntheticScenes;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stepguard bench}: times the judgement of a seeded synthetic plan in a crowded scene.
 * Prints the median and p99 per plan and per step after a warm-up; a benchmark, not a test.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Time judging a seeded synthetic plan (default 20 steps) in a scene with 10 people, 50 objects, 20 zones.")
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--steps",
      defaultValue = "20",
      description = "Steps per plan (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--people", defaultValue = "10")
  int people;

  @Option(names = "--objects", defaultValue = "50")
  int objects;

  @Option(names = "--zones", defaultValue = "20")
  int zones;

  @Option(
      names = "--warmup",
      defaultValue = "2000",
      description = "Warm-up plan judgements (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--iterations",
      defaultValue = "5000",
      description = "Measured plan judgements (default ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Mixin MonitorOptions monitorOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SceneState scene = SyntheticScenes.scene(seed, people, objects, zones, 8.0);
    ActionPlan plan = SyntheticScenes.plan(seed, scene, steps);
    try (Monitor monitor = monitorOptions.create()) {
      long sink = 0;
      for (int i = 0; i < warmup; i++) {
        sink += monitor.judge(plan, scene).worstRank();
      }
      long[] planNs = new long[iterations];
      long[] stepNs = new long[iterations * steps];
      int si = 0;
      for (int i = 0; i < iterations; i++) {
        long t0 = System.nanoTime();
        PlanJudgement j = monitor.judge(plan, scene);
        planNs[i] = System.nanoTime() - t0;
        for (var v : j.steps()) {
          stepNs[si++] = v.latencyNanos();
        }
        sink += j.worstRank();
      }
      Arrays.sort(planNs);
      Arrays.sort(stepNs, 0, si);
      out.printf(
          Locale.ROOT,
          "scene: %d people, %d objects, %d zones; plan: %d steps; monitor %s%n",
          people,
          objects,
          zones,
          steps,
          monitor.producer());
      out.printf(
          Locale.ROOT,
          "java %s, %d cpus, %d warm-up + %d measured plans%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          warmup,
          iterations);
      out.printf(
          Locale.ROOT,
          "per step : median %8.1f us   p99 %8.1f us%n",
          stepNs[si / 2] / 1e3,
          stepNs[(int) (si * 0.99)] / 1e3);
      out.printf(
          Locale.ROOT,
          "per plan : median %8.1f us   p99 %8.1f us%n",
          planNs[iterations / 2] / 1e3,
          planNs[(int) (iterations * 0.99)] / 1e3);
      out.println("(checksum " + sink + ")");
      out.flush();
    }
    return ExitCodes.OK;
  }
}
