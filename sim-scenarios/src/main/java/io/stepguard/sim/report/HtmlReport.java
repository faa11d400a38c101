package io.stepguard.sim.report;

import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.predict.PredictedStep;
import io.stepguard.monitor.predict.WorldPredictor;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import io.stepguard.sim.scenario.ScenarioResult;
import io.stepguard.sim.scenario.StepOutcome;
import java.util.List;

/**
 * One HTML page for judged scenarios: per scenario its steps, decisions and summaries, and for
 * every non-ALLOW step the reasoning chain, the facts it cites and a top-view SVG of the scene at
 * that step. Self-contained (inline CSS and SVG); deterministic except for latencies.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(List<ScenarioResult> results, MonitorConfig config) {
    var sb = new StringBuilder();
    sb.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>stepguard demo</title>\n<style>")
        .append("body{font-family:sans-serif;max-width:1100px;margin:1em auto;color:#222}")
        .append(
            "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}")
        .append(
            ".ALLOW{color:#1e8449}.CLARIFY{color:#b9770e}.REPLAN{color:#ca6f1e}.HALT{color:#c0392b;font-weight:bold}")
        .append(
            ".miss{background:#fdedec}.step{display:flex;gap:1em;align-items:flex-start;margin:1em 0;border-top:1px solid #eee;padding-top:.5em}")
        .append("ol{margin:.2em 0}small{color:#666}</style></head><body>\n");
    long ok = results.stream().filter(ScenarioResult::matches).count();
    sb.append("<h1>stepguard demo</h1><p>")
        .append(ok)
        .append(" of ")
        .append(results.size())
        .append(" scenarios judged as expected.</p>\n");
    for (ScenarioResult r : results) {
      var s = r.scenario();
      sb.append("<h2 id=\"")
          .append(esc(s.name()))
          .append("\">")
          .append(esc(s.name()))
          .append(r.matches() ? "" : " (MISMATCH)")
          .append("</h2>\n");
      sb.append("<p>")
          .append(esc(s.description()))
          .append("</p><p><i>Instruction:</i> ")
          .append(esc(s.plan().instruction()))
          .append("</p>\n");
      sb.append(
          "<table><tr><th>step</th><th>text</th><th>decision</th><th>expected</th><th>summary</th></tr>\n");
      for (StepOutcome o : r.steps()) {
        Verdict v = o.actual();
        sb.append("<tr")
            .append(o.matches() ? "" : " class=\"miss\"")
            .append("><td>")
            .append(v.stepIndex())
            .append("</td><td>")
            .append(esc(s.plan().steps().get(v.stepIndex()).text()))
            .append("</td><td class=\"")
            .append(v.decision().kind())
            .append("\">")
            .append(v.decision().kind())
            .append("</td><td>")
            .append(o.expected().decision())
            .append(
                o.matches()
                    ? ""
                    : "<br><small>" + esc(String.join("; ", o.mismatches())) + "</small>")
            .append("</td><td>")
            .append(esc(v.summary()))
            .append("</td></tr>\n");
      }
      sb.append("</table>\n");
      if (!r.judgement().planVerdict().decision().isAllow()) {
        sb.append("<div class=\"step\"><div>")
            .append(chain(r.judgement().planVerdict()))
            .append("</div></div>\n");
      }
      List<PredictedStep> predicted =
          new WorldPredictor(ObjectKnowledge.PERCEIVED_ONLY).predict(s.plan(), s.scene());
      for (Verdict v : r.judgement().steps()) {
        if (v.decision().isAllow()) {
          continue;
        }
        PredictedStep p = predicted.get(v.stepIndex());
        String svg =
            TopViewSvg.render(
                p.before().withHumans(s.scene().humans()),
                p.action().eePath(),
                p.action().speedMps(),
                config,
                s.name() + " step " + v.stepIndex());
        sb.append("<div class=\"step\"><div>")
            .append(svg)
            .append("</div><div>")
            .append(chain(v))
            .append("</div></div>\n");
      }
    }
    sb.append("</body></html>\n");
    return sb.toString();
  }

  private static String chain(Verdict v) {
    var sb = new StringBuilder();
    sb.append("<h3>")
        .append(v.isPlanLevel() ? "plan" : "step " + v.stepIndex())
        .append(": <span class=\"")
        .append(v.decision().kind())
        .append("\">")
        .append(v.decision().kind())
        .append("</span></h3>");
    sb.append("<p>").append(esc(v.summary())).append("</p>");
    switch (v.decision()) {
      case Decision.Clarify c ->
          sb.append("<p><i>Question:</i> ").append(esc(c.question())).append("</p>");
      case Decision.Replan rp -> {
        sb.append("<p><i>Constraints for the planner:</i></p><ul>");
        rp.constraints().forEach(c -> sb.append("<li>").append(esc(c)).append("</li>"));
        sb.append("</ul>");
      }
      default -> {}
    }
    sb.append("<p><i>Reasoning:</i></p><ol>");
    for (ReasoningStep r : v.reasoning()) {
      sb.append("<li>")
          .append(esc(r.text()))
          .append(" <small>[")
          .append(String.join(", ", r.cites()))
          .append("]</small></li>");
    }
    sb.append("</ol><p><i>Facts:</i></p><ul>");
    for (Fact f : v.facts()) {
      sb.append("<li><small>")
          .append(f.id())
          .append("</small> ")
          .append(esc(f.statement()))
          .append("</li>");
    }
    sb.append("</ul><p><small>hazard ")
        .append(v.hazard().id())
        .append(", severity ")
        .append(v.severity().id())
        .append(", risk ")
        .append(String.format(java.util.Locale.ROOT, "%.2f", v.risk()))
        .append(", by ")
        .append(esc(v.producer()))
        .append("</small></p>");
    return sb.toString();
  }

  static String esc(String s) {
    return TopViewSvg.esc(s);
  }
}
