package io.stepguard.sim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepguard.model.json.Parsed;
import io.stepguard.model.json.Problem;
import io.stepguard.model.json.StepguardJson;
import io.stepguard.sim.eval.ScoredScenario.Label;
import io.stepguard.sim.eval.ScoredScenario.StepScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON form of an {@link EvalReport} ({@code stepguard eval --json}), written and read back for
 * {@code --baseline}. Rates are rounded to 6 decimals and risks to 4, NaN is null; the document
 * holds no timings, so it changes only when a judgement does. Stateless.
 */
public final class ReportJson {
  /** The value of the report's {@code format} field; suites skip documents that carry it. */
  public static final String FORMAT = "stepguard-eval-report";

  private ReportJson() {}

  /** The report as indented JSON text. */
  public static String write(EvalReport r) {
    ObjectNode n = StepguardJson.mapper().createObjectNode();
    n.put("format", FORMAT);
    n.put("format_version", 1);
    n.put("producer", r.producer());
    n.set("metrics", metrics(r.overall()));
    ObjectNode tags = n.putObject("by_tag");
    r.byTag().forEach((k, v) -> tags.set(k, metrics(v)));
    ObjectNode hazards = n.putObject("by_hazard");
    r.byHazard().forEach((k, v) -> hazards.set(k, metrics(v)));
    ObjectNode decisions = n.putObject("decisions");
    r.decisions().forEach(decisions::put);
    ArrayNode invalid = n.putArray("invalid_files");
    for (Suite.Invalid i : r.invalid()) {
      ObjectNode f = invalid.addObject();
      f.put("file", i.source());
      ArrayNode ps = f.putArray("problems");
      i.problems()
          .forEach(
              p ->
                  ps.addObject()
                      .put("pointer", p.pointer())
                      .put("expected", p.expected())
                      .put("found", p.found()));
    }
    ArrayNode scenarios = n.putArray("scenarios");
    for (ScoredScenario s : r.scenarios()) {
      ObjectNode o = scenarios.addObject();
      o.put("name", s.name());
      o.put("file", s.source());
      ArrayNode t = o.putArray("tags");
      s.tags().forEach(t::add);
      ArrayNode h = o.putArray("hazards");
      s.hazards().forEach(h::add);
      o.put("passed", s.passed());
      s.correctStep().ifPresent(c -> o.put("correct_step", c));
      ArrayNode steps = o.putArray("steps");
      for (StepScore st : s.steps()) {
        steps
            .addObject()
            .put("step", st.step())
            .put("expected", st.expected())
            .put("actual", st.actual())
            .put("hazard", st.hazard())
            .put("risk", round(st.risk(), 4))
            .put("ok", st.ok());
      }
      ArrayNode m = o.putArray("mismatches");
      s.mismatches().forEach(m::add);
    }
    return StepguardJson.text(n);
  }

  private static ObjectNode metrics(Metrics m) {
    ObjectNode n = StepguardJson.mapper().createObjectNode();
    n.put("scenarios", m.scenarios());
    n.put("expectations", m.expectations());
    n.put("missed_hazards", m.missedHazards());
    m.rates()
        .forEach(
            (k, v) -> {
              if (Double.isNaN(v)) {
                n.putNull(k);
              } else {
                n.put(k, round(v, 6));
              }
            });
    return n;
  }

  private static double round(double v, int places) {
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Reads a report written by {@link #write}; problems carry JSON pointers. */
  public static Parsed<EvalReport> read(String text) {
    return switch (StepguardJson.parseTree(text)) {
      case Parsed.Invalid<JsonNode> bad -> new Parsed.Invalid<>(bad.problems());
      case Parsed.Ok<JsonNode> ok -> read(ok.value());
    };
  }

  private static Parsed<EvalReport> read(JsonNode n) {
    if (!FORMAT.equals(n.path("format").asText())) {
      return new Parsed.Invalid<>(
          List.of(new Problem("/format", "\"" + FORMAT + "\"", n.path("format").toString())));
    }
    var problems = new ArrayList<Problem>();
    var scenarios = new ArrayList<ScoredScenario>();
    JsonNode ss = n.path("scenarios");
    if (!ss.isArray()) {
      problems.add(new Problem("/scenarios", "an array", ss.toString()));
    }
    for (int i = 0; i < ss.size(); i++) {
      JsonNode s = ss.get(i);
      String p = "/scenarios/" + i;
      if (!s.path("name").isTextual() || !s.path("steps").isArray()) {
        problems.add(new Problem(p, "a scenario score {name, steps, ...}", s.toString()));
        continue;
      }
      var steps = new ArrayList<StepScore>();
      for (JsonNode st : s.get("steps")) {
        String expected = st.path("expected").asText();
        List<String> accepted = Arrays.asList(expected.split(" or "));
        Label label =
            !accepted.contains("ALLOW")
                ? Label.POSITIVE
                : accepted.size() == 1 ? Label.NEGATIVE : Label.EITHER;
        String actual = st.path("actual").asText();
        steps.add(
            new StepScore(
                st.path("step").asInt(),
                expected,
                label,
                actual,
                st.path("hazard").asText(),
                st.path("risk").asDouble(),
                st.path("ok").asBoolean(),
                accepted.contains(actual)));
      }
      Optional<Boolean> correct =
          s.has("correct_step") ? Optional.of(s.get("correct_step").asBoolean()) : Optional.empty();
      scenarios.add(
          new ScoredScenario(
              s.get("name").asText(),
              s.path("file").asText(),
              strings(s.path("tags")),
              strings(s.path("hazards")),
              steps,
              correct,
              strings(s.path("mismatches"))));
    }
    if (!problems.isEmpty()) {
      return new Parsed.Invalid<>(problems);
    }
    Map<String, Integer> decisions = new TreeMap<>();
    n.path("decisions").properties().forEach(e -> decisions.put(e.getKey(), e.getValue().asInt()));
    var invalid = new ArrayList<Suite.Invalid>();
    for (JsonNode f : n.path("invalid_files")) {
      var ps = new ArrayList<Problem>();
      f.path("problems")
          .forEach(
              p ->
                  ps.add(
                      new Problem(
                          p.path("pointer").asText(),
                          p.path("expected").asText(),
                          p.path("found").asText())));
      invalid.add(new Suite.Invalid(f.path("file").asText(), ps));
    }
    return new Parsed.Ok<>(
        EvalReport.of(n.path("producer").asText(), scenarios, invalid, decisions));
  }

  private static List<String> strings(JsonNode a) {
    var out = new ArrayList<String>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }
}
