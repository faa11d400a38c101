package io.stepguard.monitor.text;

import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Verdict helpers for text from the input: escaping every string an operator reads, and adding a
 * fact with the reasoning step that cites it. Stateless.
 */
public final class SafeVerdicts {
  private SafeVerdicts() {}

  /**
   * {@code v} with its summary, question, constraints, facts and reasoning escaped ({@link
   * OperatorText#escape}): no control character reaches an operator.
   */
  public static Verdict escaped(Verdict v) {
    var facts = new ArrayList<Fact>();
    for (Fact f : v.facts()) {
      facts.add(
          new Fact(f.id(), f.kind(), OperatorText.escape(f.statement()), f.value(), f.unit()));
    }
    var chain = new ArrayList<ReasoningStep>();
    for (ReasoningStep r : v.reasoning()) {
      chain.add(
          switch (r) {
            case ReasoningStep.Observation o ->
                new ReasoningStep.Observation(OperatorText.escape(o.text()), o.cites());
            case ReasoningStep.Inference i ->
                new ReasoningStep.Inference(
                    OperatorText.escape(i.text()), OperatorText.escape(i.rule()), i.cites());
            case ReasoningStep.Conclusion c ->
                new ReasoningStep.Conclusion(OperatorText.escape(c.text()), c.cites());
          });
    }
    Decision d =
        switch (v.decision()) {
          case Decision.Clarify c -> new Decision.Clarify(OperatorText.escape(c.question()));
          case Decision.Replan r ->
              new Decision.Replan(r.constraints().stream().map(OperatorText::escape).toList());
          default -> v.decision();
        };
    return new Verdict(
        v.planId(),
        v.stepIndex(),
        d,
        v.hazard(),
        v.severity(),
        v.risk(),
        v.confidence(),
        facts,
        chain,
        OperatorText.escape(v.summary()),
        v.producer(),
        v.latencyNanos());
  }

  /**
   * {@code v} with one more fact ({@code kind}, {@code statement}) and an observation citing it,
   * placed before the final conclusion.
   */
  public static Verdict withObservation(
      Verdict v, String kind, String statement, String observation) {
    var ids = new HashSet<String>();
    v.facts().forEach(f -> ids.add(f.id()));
    int n = v.facts().size() + 1;
    while (ids.contains("f" + n)) {
      n++;
    }
    String id = "f" + n;
    var facts = new ArrayList<>(v.facts());
    facts.add(Fact.text(id, kind, statement));
    var chain = new ArrayList<>(v.reasoning());
    int at = chain.isEmpty() ? 0 : chain.size() - 1;
    chain.add(at, new ReasoningStep.Observation(observation, List.of(id)));
    return new Verdict(
        v.planId(),
        v.stepIndex(),
        v.decision(),
        v.hazard(),
        v.severity(),
        v.risk(),
        v.confidence(),
        facts,
        chain,
        v.summary(),
        v.producer(),
        v.latencyNanos());
  }
}
