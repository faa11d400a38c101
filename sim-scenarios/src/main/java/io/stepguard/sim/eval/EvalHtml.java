package io.stepguard.sim.eval;

import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page for an {@link EvalReport} ({@code stepguard eval --html}): the
 * overall figures, the figures per tag and per hazard category, the files that could not be used,
 * and every labelled scenario with its steps (failures first). Deterministic. Stateless.
 */
public final class EvalHtml {
  private EvalHtml() {}

  public static String render(EvalReport r) {
    var sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>stepguard eval</title>\n<style>")
        .append("body{font-family:sans-serif;max-width:1200px;margin:1em auto;color:#222}")
        .append("table{border-collapse:collapse;margin:.5em 0}")
        .append("td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}")
        .append(".fail{background:#fdedec}.ALLOW{color:#1e8449}.CLARIFY{color:#b9770e}")
        .append(".REPLAN{color:#ca6f1e}.HALT{color:#c0392b;font-weight:bold}small{color:#666}")
        .append("</style></head><body>\n<h1>stepguard eval</h1>\n<p>Monitor ")
        .append(esc(r.producer()))
        .append(". ")
        .append(r.overall().scenarios())
        .append(" labelled scenarios, ")
        .append(r.failed().size())
        .append(" failing, ")
        .append(r.unlabelled())
        .append(" unlabelled, ")
        .append(r.invalid().size())
        .append(" invalid files.</p>\n<h2>Overall</h2>\n");
    table(sb, "", Map.of("all", r.overall()));
    sb.append("<h2>Per tag</h2>\n");
    table(sb, "tag", r.byTag());
    sb.append("<h2>Per hazard category</h2>\n");
    table(sb, "hazard", r.byHazard());
    if (!r.invalid().isEmpty()) {
      sb.append("<h2>Invalid files</h2>\n<ul>\n");
      for (Suite.Invalid i : r.invalid()) {
        sb.append("<li>").append(esc(i.source())).append("<ul>");
        i.problems().forEach(p -> sb.append("<li>").append(esc(p.toString())).append("</li>"));
        sb.append("</ul></li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("<h2>Scenarios</h2>\n<table><tr><th>scenario</th><th>tags</th><th>steps")
        .append(" (expected / actual)</th><th>mismatches</th></tr>\n");
    var order =
        r.scenarios().stream()
            .filter(ScoredScenario::labelled)
            .sorted((a, b) -> Boolean.compare(a.passed(), b.passed()))
            .toList();
    for (ScoredScenario s : order) {
      sb.append(s.passed() ? "<tr>" : "<tr class=\"fail\">")
          .append("<td>")
          .append(esc(s.name()))
          .append("<br><small>")
          .append(esc(s.source()))
          .append("</small></td><td>")
          .append(esc(String.join(", ", s.tags())))
          .append("</td><td>");
      for (ScoredScenario.StepScore st : s.steps()) {
        sb.append(st.step() < 0 ? "plan" : "step " + st.step())
            .append(": ")
            .append(esc(st.expected()))
            .append(" / <span class=\"")
            .append(st.actual())
            .append("\">")
            .append(st.actual())
            .append("</span>")
            .append(
                String.format(Locale.ROOT, " <small>%s %.2f</small><br>", st.hazard(), st.risk()));
      }
      sb.append("</td><td>").append(esc(String.join("; ", s.mismatches()))).append("</td></tr>\n");
    }
    sb.append("</table>\n</body></html>\n");
    return sb.toString();
  }

  private static void table(StringBuilder sb, String what, Map<String, Metrics> rows) {
    sb.append("<table><tr><th>")
        .append(what)
        .append("</th><th>scenarios</th><th>missed hazards</th>");
    Metrics.of(java.util.List.of())
        .rates()
        .keySet()
        .forEach(k -> sb.append("<th>").append(k).append("</th>"));
    sb.append("</tr>\n");
    for (var e : new java.util.TreeMap<>(rows).entrySet()) {
      Metrics m = e.getValue();
      sb.append("<tr><td>")
          .append(esc(e.getKey()))
          .append("</td><td>")
          .append(m.scenarios())
          .append("</td><td>")
          .append(m.missedHazards())
          .append("</td>");
      m.rates()
          .values()
          .forEach(
              v ->
                  sb.append("<td>")
                      .append(Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v))
                      .append("</td>"));
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
