package io.stepguard.monitor.semantic;

import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.check.PlanCheck;
import io.stepguard.monitor.check.StepCheck;
import java.util.List;

/**
 * The semantic half of the judgement: object knowledge (lexicon and encoder), hazard rules over the
 * predicted state, and plan-level checks (harmful intent). Placeholder until the lexicon and rules
 * land: knows only perceived properties and has no rules.
 */
public final class SemanticSuite implements AutoCloseable {
  private final ObjectKnowledge knowledge;
  private final List<StepCheck> stepChecks;
  private final List<PlanCheck> planChecks;

  private SemanticSuite(
      ObjectKnowledge knowledge, List<StepCheck> stepChecks, List<PlanCheck> planChecks) {
    this.knowledge = knowledge;
    this.stepChecks = List.copyOf(stepChecks);
    this.planChecks = List.copyOf(planChecks);
  }

  /** Loads the suite for {@code config}. */
  public static SemanticSuite load(MonitorConfig config) {
    return new SemanticSuite(ObjectKnowledge.PERCEIVED_ONLY, List.of(), List.of());
  }

  public ObjectKnowledge knowledge() {
    return knowledge;
  }

  public List<StepCheck> stepChecks() {
    return stepChecks;
  }

  public List<PlanCheck> planChecks() {
    return planChecks;
  }

  @Override
  public void close() {
    knowledge.close();
  }
}
