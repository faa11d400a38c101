package io.stepguard.monitor.semantic;

import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.check.PlanCheck;
import io.stepguard.monitor.check.StepCheck;
import java.util.List;
import java.util.Optional;

/**
 * The semantic half of the judgement: object knowledge (the lexicon, then the all-MiniLM-L6-v2
 * encoder for names the lexicon lacks), hazard rules over the predicted state, and plan-level
 * checks (harmful intent, text that addresses the monitor).
 *
 * <p>Fail closed: if the lexicon, the exemplars or the encoder cannot be loaded, {@link #load}
 * throws {@link SemanticModelException} with the reason, and no monitor is built.
 */
public final class SemanticSuite implements AutoCloseable {
  /** Intra-op threads for the encoder (the latency target is set on 2 cores). */
  public static final int ENCODER_THREADS = 2;

  private final ObjectKnowledge knowledge;
  private final List<StepCheck> stepChecks;
  private final List<PlanCheck> planChecks;

  private SemanticSuite(
      ObjectKnowledge knowledge, List<StepCheck> stepChecks, List<PlanCheck> planChecks) {
    this.knowledge = knowledge;
    this.stepChecks = List.copyOf(stepChecks);
    this.planChecks = List.copyOf(planChecks);
  }

  /**
   * Loads the lexicon and the encoder and builds the rules.
   *
   * @throws SemanticModelException when a resource or the model cannot be loaded
   */
  public static SemanticSuite load(MonitorConfig config) {
    Lexicon lexicon = Lexicon.bundled();
    MiniLmEncoder encoder = MiniLmEncoder.load(ENCODER_THREADS);
    try {
      return of(lexicon, Optional.of(encoder), LexiconKnowledge.DEFAULT_THRESHOLD);
    } catch (RuntimeException e) {
      encoder.close();
      throw e;
    }
  }

  /**
   * A suite over {@code lexicon} with an optional encoder (without one, unknown names stay unknown
   * and intent is judged by lexical cues only). For tests and tools.
   */
  public static SemanticSuite of(
      Lexicon lexicon, Optional<SentenceEncoder> encoder, double threshold) {
    var knowledge = new LexiconKnowledge(lexicon, encoder, threshold);
    var sem = new Semantics(lexicon);
    var scorer = new IntentScorer(encoder);
    return new SemanticSuite(
        knowledge,
        List.of(
            new FireRule(sem),
            new ExplosionRule(sem),
            new ElectricalShockRule(sem),
            new BurnRule(sem),
            new CutRule(sem),
            new PoisoningRule(sem),
            new SlipRule(sem),
            new LiquidDamageRule(sem),
            new BreakageRule(sem),
            new FurnitureDamageRule(sem),
            new ApplianceMisuseRule(sem),
            new UnknownObjectRule(sem),
            new PersonAttributeRule(sem),
            new GroundingCheck(sem)),
        List.of(new HarmfulIntentCheck(scorer), new PromptInjectionCheck(scorer)));
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
