package io.stepguard.monitor;

import io.stepguard.monitor.check.ActionCheck;
import io.stepguard.monitor.check.HeldObjectProximityCheck;
import io.stepguard.monitor.check.PersonZoneCheck;
import io.stepguard.monitor.check.SlowZoneCheck;
import io.stepguard.monitor.check.StepCheck;
import io.stepguard.monitor.check.WorkspaceCheck;
import io.stepguard.monitor.check.ZoneCheck;
import io.stepguard.monitor.semantic.SemanticSuite;
import io.stepguard.monitor.text.TextCleaner;
import java.util.ArrayList;
import java.util.List;

/** Factories for monitors. */
public final class Monitors {
  private Monitors() {}

  /** The geometric and consistency checks, in the order they run. */
  public static List<StepCheck> geometricChecks() {
    return List.of(
        new ActionCheck(),
        new PersonZoneCheck(),
        new HeldObjectProximityCheck(),
        new ZoneCheck(),
        new SlowZoneCheck(),
        new WorkspaceCheck());
  }

  /**
   * The default embedded monitor: geometric checks plus the semantic suite (lexicon, encoder,
   * hazard rules, intent). Loading the encoder takes up to a second or two.
   */
  public static Monitor create(MonitorConfig config) {
    SemanticSuite suite = SemanticSuite.load(config);
    var checks = new ArrayList<StepCheck>(geometricChecks());
    checks.addAll(suite.stepChecks());
    var words = new ArrayList<String>();
    io.stepguard.monitor.semantic.Lexicon.bundled()
        .entries()
        .forEach(e -> words.addAll(e.phrasings()));
    return new JudgementCore(
        config,
        suite.knowledge(),
        checks,
        suite.planChecks(),
        suite,
        TextCleaner.standard().withWords(words));
  }

  /** Geometric checks only, with perceived properties only: no model to load. For tests. */
  public static Monitor geometricOnly(MonitorConfig config) {
    return new JudgementCore(
        config,
        io.stepguard.monitor.semantic.ObjectKnowledge.PERCEIVED_ONLY,
        geometricChecks(),
        List.of(),
        () -> {},
        TextCleaner.standard());
  }
}
