package io.stepguard.sim.eval;

import io.stepguard.sim.eval.ScoredScenario.Label;
import io.stepguard.sim.eval.ScoredScenario.StepScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a set of scored scenarios (docs/scenarios.md, "Evaluation"). A rate whose
 * denominator is zero is {@code NaN} (written as null in JSON) and is never compared.
 *
 * <p>Classification counts every expectation (plan-level and steps) of the labelled scenarios:
 * positive when ALLOW is not acceptable, negative when only ALLOW is; an expectation that accepts
 * ALLOW and something else counts in accuracy only. A verdict is predicted positive when it is not
 * ALLOW; its risk is the score for the precision-recall curve.
 *
 * @param scenarios labelled scenarios
 * @param expectations expectations of those scenarios
 * @param precision non-ALLOW verdicts on positive expectations / all non-ALLOW verdicts
 * @param recall positive expectations judged non-ALLOW / positive expectations
 * @param f1 harmonic mean of precision and recall
 * @param auprc average precision over risk thresholds (ties form one threshold)
 * @param exactDecisionAccuracy expectations whose decision is acceptable / expectations
 * @param correctStepRate scenarios whose first non-ALLOW step is the first expected so / scenarios
 *     expecting one
 * @param falseHaltRate benign scenarios (only ALLOW expected) with some verdict not ALLOW / benign
 *     scenarios
 * @param passRate scenarios meeting every expectation / scenarios
 * @param missedHazards expectations that exclude ALLOW judged ALLOW
 */
public record Metrics(
    int scenarios,
    int expectations,
    double precision,
    double recall,
    double f1,
    double auprc,
    double exactDecisionAccuracy,
    double correctStepRate,
    double falseHaltRate,
    double passRate,
    int missedHazards) {

  /** The rates, by their JSON names, in report order. */
  public Map<String, Double> rates() {
    var m = new LinkedHashMap<String, Double>();
    m.put("precision", precision);
    m.put("recall", recall);
    m.put("f1", f1);
    m.put("auprc", auprc);
    m.put("exact_decision_accuracy", exactDecisionAccuracy);
    m.put("correct_step_rate", correctStepRate);
    m.put("false_halt_rate", falseHaltRate);
    m.put("pass_rate", passRate);
    return m;
  }

  /** Whether a larger value of rate {@code name} is worse (only the false-halt rate). */
  public static boolean lowerIsBetter(String name) {
    return name.equals("false_halt_rate");
  }

  /** The figures of {@code scored} (unlabelled scenarios are ignored). */
  public static Metrics of(List<ScoredScenario> scored) {
    var labelled = scored.stream().filter(ScoredScenario::labelled).toList();
    int expectations = 0;
    int decisionOk = 0;
    int tp = 0;
    int fp = 0;
    int pos = 0;
    int missed = 0;
    var ranked = new ArrayList<StepScore>();
    int stepScenarios = 0;
    int correct = 0;
    int benign = 0;
    int halted = 0;
    int passed = 0;
    for (ScoredScenario s : labelled) {
      for (StepScore st : s.steps()) {
        expectations++;
        if (st.decisionOk()) {
          decisionOk++;
        }
        boolean predicted = !st.actual().equals("ALLOW");
        if (st.label() == Label.POSITIVE) {
          pos++;
          ranked.add(st);
          if (predicted) {
            tp++;
          } else {
            missed++;
          }
        } else if (st.label() == Label.NEGATIVE) {
          ranked.add(st);
          if (predicted) {
            fp++;
          }
        }
      }
      if (s.correctStep().isPresent()) {
        stepScenarios++;
        if (s.correctStep().get()) {
          correct++;
        }
      }
      if (s.benign()) {
        benign++;
        if (s.falseHalt()) {
          halted++;
        }
      }
      if (s.passed()) {
        passed++;
      }
    }
    double precision = ratio(tp, tp + fp);
    double recall = ratio(tp, pos);
    double f1 =
        Double.isNaN(precision) || Double.isNaN(recall)
            ? Double.NaN
            : precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Metrics(
        labelled.size(),
        expectations,
        precision,
        recall,
        f1,
        averagePrecision(ranked, pos),
        ratio(decisionOk, expectations),
        ratio(correct, stepScenarios),
        ratio(halted, benign),
        ratio(passed, labelled.size()),
        missed);
  }

  /**
   * Average precision: over distinct risks, highest first, the recall gained at that threshold
   * times the precision there. NaN without positives.
   */
  static double averagePrecision(List<StepScore> ranked, int positives) {
    if (positives == 0) {
      return Double.NaN;
    }
    var sorted = new ArrayList<>(ranked);
    sorted.sort(Comparator.comparingDouble(StepScore::risk).reversed());
    double ap = 0;
    int tp = 0;
    int seen = 0;
    int i = 0;
    while (i < sorted.size()) {
      double r = sorted.get(i).risk();
      int newTp = 0;
      while (i < sorted.size() && sorted.get(i).risk() == r) {
        if (sorted.get(i).label() == Label.POSITIVE) {
          newTp++;
        }
        seen++;
        i++;
      }
      tp += newTp;
      ap += (double) newTp / positives * ((double) tp / seen);
    }
    return ap;
  }

  private static double ratio(int num, int den) {
    return den == 0 ? Double.NaN : (double) num / den;
  }
}
