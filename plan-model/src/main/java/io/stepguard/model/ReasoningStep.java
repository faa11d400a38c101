package io.stepguard.model;

import java.util.List;

/**
 * One step of a verdict's reasoning chain. Every step cites the ids of the {@link Fact}s it rests
 * on; a step that cites nothing is not allowed, so that the chain stays faithful to what was
 * computed.
 */
public sealed interface ReasoningStep {
  String text();

  List<String> cites();

  /** States computed facts. */
  record Observation(String text, List<String> cites) implements ReasoningStep {
    public Observation {
      Require.nonEmpty(text, "text");
      cites = nonEmptyCites(cites);
    }
  }

  /** Draws a conclusion from facts with a named rule or check. */
  record Inference(String text, String rule, List<String> cites) implements ReasoningStep {
    public Inference {
      Require.nonEmpty(text, "text");
      Require.nonEmpty(rule, "rule");
      cites = nonEmptyCites(cites);
    }
  }

  /** The final step: the decision and why. */
  record Conclusion(String text, List<String> cites) implements ReasoningStep {
    public Conclusion {
      Require.nonEmpty(text, "text");
      cites = nonEmptyCites(cites);
    }
  }

  private static List<String> nonEmptyCites(List<String> cites) {
    List<String> copy = Require.list(cites, "cites");
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a reasoning step must cite at least one fact");
    }
    return copy;
  }
}
