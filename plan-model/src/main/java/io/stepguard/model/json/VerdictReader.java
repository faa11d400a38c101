package io.stepguard.model.json;

import static io.stepguard.model.json.Walker.child;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Severity;
import io.stepguard.model.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    boolean kindRead = !w.hasProblemAt(child(p, "decision"));
    boolean kindKnown = kindRead && Set.of("ALLOW", "CLARIFY", "REPLAN", "HALT").contains(kind);
    Decision decision =
        switch (kindRead ? kind : "?") {
          case "ALLOW" -> Decision.ALLOW;
          case "HALT" -> Decision.HALT;
          case "CLARIFY" -> new Decision.Clarify(w.string(n, p, "question"));
          case "REPLAN" -> {
            var c = w.strings(n, p, "constraints");
            if (c.isEmpty() && !w.hasProblemAt(child(p, "constraints"))) {
              w.problem(
                  child(p, "constraints"),
                  "at least one constraint for REPLAN",
                  n.has("constraints") ? "an empty array" : "nothing (missing)");
            }
            yield c.isEmpty() ? Decision.HALT : new Decision.Replan(c);
          }
          default -> {
            if (kindRead) {
              w.problem(child(p, "decision"), "ALLOW, CLARIFY, REPLAN or HALT", "\"" + kind + "\"");
            }
            yield Decision.HALT;
          }
        };
    if (kindKnown && !kind.equals("CLARIFY") && n.has("question")) {
      w.problem(child(p, "question"), "a question only with decision CLARIFY", "a question");
    }
    if (kindKnown && !kind.equals("REPLAN") && n.has("constraints")) {
      w.problem(child(p, "constraints"), "constraints only with decision REPLAN", "constraints");
    }
    String h = w.string(n, p, "hazard");
    var hazard = HazardCategory.parse(h);
    if (hazard.isEmpty() && !w.hasProblemAt(child(p, "hazard"))) {
      w.problem(child(p, "hazard"), "a hazard category id", "\"" + h + "\"");
    }
    String s = w.string(n, p, "severity");
    var severity = Severity.parse(s);
    if (severity.isEmpty() && !w.hasProblemAt(child(p, "severity"))) {
      w.problem(child(p, "severity"), "none, low, medium, high or critical", "\"" + s + "\"");
    }
    double risk = w.number(n, p, "risk", Walker.Range.UNIT);
    double confidence = w.number(n, p, "confidence", Walker.Range.UNIT);
    List<Fact> facts = w.array(n, p, "facts", true, (f, fp) -> fact(w, f, fp));
    List<ReasoningStep> reasoning =
        w.array(n, p, "reasoning", true, (r, rp) -> reasoning(w, r, rp));
    checkCitations(w, n, p);
    String summary = w.string(n, p, "summary");
    String producer = w.stringOr(n, p, "producer", "", true);
    long latency = w.longOr(n, p, "latency_ns", 0, 0);
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
        latency);
  }

  /**
   * Fact ids are unique and every cited id names a fact; read from the tree so that each pointer
   * names the element it reports.
   */
  private static void checkCitations(Walker w, JsonNode n, String p) {
    Map<String, String> ids = new HashMap<>();
    JsonNode facts = n.get("facts");
    if (facts != null && facts.isArray()) {
      for (int i = 0; i < facts.size(); i++) {
        JsonNode id = facts.get(i).get("id");
        String ip = child(child(child(p, "facts"), i), "id");
        if (id != null && id.isTextual() && !id.asText().isEmpty()) {
          String first = ids.putIfAbsent(id.asText(), ip);
          if (first != null) {
            w.problem(
                ip,
                "a fact id unique in the verdict",
                "\"" + id.asText() + "\", already used at " + first);
          }
        }
      }
    }
    JsonNode reasoning = n.get("reasoning");
    if (reasoning == null || !reasoning.isArray()) {
      return;
    }
    for (int i = 0; i < reasoning.size(); i++) {
      JsonNode cites = reasoning.get(i).get("cites");
      if (cites == null || !cites.isArray()) {
        continue;
      }
      for (int j = 0; j < cites.size(); j++) {
        JsonNode c = cites.get(j);
        if (c.isTextual() && !c.asText().isEmpty() && !ids.containsKey(c.asText())) {
          w.problem(
              child(child(child(child(p, "reasoning"), i), "cites"), j),
              "the id of a fact in /facts",
              "\"" + c.asText() + "\"");
        }
      }
    }
  }

  private static Fact fact(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("id", "kind", "statement", "value", "unit"))) {
      return null;
    }
    double value = w.numberOr(n, p, "value", Double.NaN, Walker.Range.ANY);
    String unit = w.stringOr(n, p, "unit", "", true);
    var fact =
        new Fact(
            w.string(n, p, "id"),
            w.string(n, p, "kind"),
            w.string(n, p, "statement"),
            value,
            Double.isNaN(value) ? "" : unit);
    if (n.has("unit") && !n.has("value")) {
      // The writer drops a unit without a value; accepting one would break read(write(x)) == x.
      w.problem(child(p, "unit"), "a unit only together with a value", "a unit without a value");
    }
    return fact;
  }

  private static ReasoningStep reasoning(Walker w, JsonNode n, String p) {
    if (!w.object(n, p, Set.of("type", "text", "rule", "cites"))) {
      return null;
    }
    String type = w.string(n, p, "type");
    boolean typeRead = !w.hasProblemAt(child(p, "type"));
    String text = w.string(n, p, "text");
    var cites = w.strings(n, p, "cites");
    if (cites.isEmpty() && !w.hasProblemAt(child(p, "cites"))) {
      w.problem(
          child(p, "cites"),
          "at least one fact id",
          n.has("cites") ? "an empty array" : "nothing (missing)");
    }
    if (typeRead && !type.equals("inference") && n.has("rule")) {
      w.problem(child(p, "rule"), "a rule only with type inference", "a rule");
    }
    if (!typeRead) {
      return null;
    }
    ReasoningStep step =
        switch (type) {
          case "observation" -> cites.isEmpty() ? null : new ReasoningStep.Observation(text, cites);
          case "inference" -> {
            String rule = w.string(n, p, "rule");
            yield cites.isEmpty() ? null : new ReasoningStep.Inference(text, rule, cites);
          }
          case "conclusion" -> cites.isEmpty() ? null : new ReasoningStep.Conclusion(text, cites);
          default -> {
            w.problem(child(p, "type"), "observation, inference or conclusion", "\"" + type + "\"");
            yield null;
          }
        };
    return step;
  }
}
