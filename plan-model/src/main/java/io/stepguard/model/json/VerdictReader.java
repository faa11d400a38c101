package io.stepguard.model.json;

import static io.stepguard.model.json.Walker.child;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Severity;
import io.stepguard.model.Verdict;
import java.util.List;
import java.util.Set;

/** Reads and validates a verdict document. */
final class VerdictReader {
  private VerdictReader() {}

  static Verdict read(Walker w, JsonNode n, String p) {
    if (!w.object(
        n,
        p,
        Set.of(
            "schema_version",
            "plan_id",
            "step_index",
            "decision",
            "question",
            "constraints",
            "hazard",
            "severity",
            "risk",
            "confidence",
            "facts",
            "reasoning",
            "summary",
            "producer",
            "latency_ns"))) {
      return null;
    }
    w.schemaVersion(n, p);
    String planId = w.string(n, p, "plan_id");
    int step = w.integer(n, p, "step_index", Verdict.PLAN_LEVEL);
    String kind = w.string(n, p, "decision");
    Decision decision =
        switch (kind) {
          case "ALLOW" -> Decision.ALLOW;
          case "HALT" -> Decision.HALT;
          case "CLARIFY" -> new Decision.Clarify(w.string(n, p, "question"));
          case "REPLAN" -> {
            var c = w.strings(n, p, "constraints");
            if (c.isEmpty()) {
              w.problem(child(p, "constraints"), "at least one constraint for REPLAN", "none");
              yield Decision.HALT;
            }
            yield new Decision.Replan(c);
          }
          default -> {
            w.problem(child(p, "decision"), "ALLOW, CLARIFY, REPLAN or HALT", "\"" + kind + "\"");
            yield Decision.HALT;
          }
        };
    String h = w.string(n, p, "hazard");
    var hazard = HazardCategory.parse(h);
    if (hazard.isEmpty()) {
      w.problem(child(p, "hazard"), "a hazard category id", "\"" + h + "\"");
    }
    String s = w.string(n, p, "severity");
    var severity = Severity.parse(s);
    if (severity.isEmpty()) {
      w.problem(child(p, "severity"), "none, low, medium, high or critical", "\"" + s + "\"");
    }
    double risk = w.number(n, p, "risk", Walker.Range.UNIT);
    double confidence = w.number(n, p, "confidence", Walker.Range.UNIT);
    List<Fact> facts = w.array(n, p, "facts", true, (f, fp) -> fact(w, f, fp));
    List<ReasoningStep> reasoning =
        w.array(n, p, "reasoning", true, (r, rp) -> reasoning(w, r, rp));
    String summary = w.string(n, p, "summary");
    String producer = w.stringOr(n, p, "producer", "", true);
    double latency = w.numberOr(n, p, "latency_ns", 0, Walker.Range.NON_NEGATIVE);
    if (!w.problems().isEmpty()) {
      return null;
    }
    return new Verdict(
        planId,
        step,
        decision,
        hazard.orElseThrow(),
        severity.orElseThrow(),
        risk,
        confidence,
        facts,
        reasoning,
        summary,
        producer,
        (long) latency);
  }

  private static Fact fact(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("id", "kind", "statement", "value", "unit"))) {
      return null;
    }
    return new Fact(
        w.string(n, p, "id"),
        w.string(n, p, "kind"),
        w.string(n, p, "statement"),
        w.numberOr(n, p, "value", Double.NaN, Walker.Range.ANY),
        w.stringOr(n, p, "unit", "", true));
  }

  private static ReasoningStep reasoning(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("type", "text", "rule", "cites"))) {
      return null;
    }
    String type = w.string(n, p, "type");
    String text = w.string(n, p, "text");
    var cites = w.strings(n, p, "cites");
    if (cites.isEmpty()) {
      w.problem(child(p, "cites"), "at least one fact id", "none");
      return null;
    }
    return switch (type) {
      case "observation" -> new ReasoningStep.Observation(text, cites);
      case "inference" -> new ReasoningStep.Inference(text, w.string(n, p, "rule"), cites);
      case "conclusion" -> new ReasoningStep.Conclusion(text, cites);
      default -> {
        w.problem(child(p, "type"), "observation, inference or conclusion", "\"" + type + "\"");
        yield null;
      }
    };
  }
}
