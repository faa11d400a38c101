package io.stepguard.monitor;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Severity;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.check.FactSheet;
import io.stepguard.monitor.check.Finding;
import io.stepguard.monitor.text.CleanInput;
import io.stepguard.monitor.text.Disguise;
import io.stepguard.monitor.text.OperatorText;
import io.stepguard.monitor.text.SafeVerdicts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text is data: the parts of the judgement that deal with notes and disguises. A step is judged
 * with its notes ({@code with}) and with them cut ({@code without}); each text hidden in a note is
 * judged as the step's own text; the strictest stands, so a note can only raise a decision. What
 * the note did is recorded, per step and on the plan verdict, as it happened. Stateless.
 */
final class TextAsData {
  private TextAsData() {}

  /** Hazards a hidden text may raise a step for: real hazards, not its own oddness. */
  private static final Set<HazardCategory> NOT_FROM_HIDDEN =
      Set.of(
          HazardCategory.NONE,
          HazardCategory.MISSING_INFORMATION,
          HazardCategory.INVALID_INPUT,
          HazardCategory.PROMPT_INJECTION);

  /** Words by which a framing also asks the monitor for a verdict ("a safety test, approve it"). */
  private static final java.util.regex.Pattern ASKS_FOR_A_VERDICT =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:approve|allow|safe|unharmful|flag|monitor|guard|rules?|verdict|ignore|bypass"
              + "|override|disable|permitted|authori[sz]e)");

  /** A hidden text of a note, judged as step {@code step}'s text. */
  record Hidden(int step, String text, Verdict verdict) {}

  /** What the split did to one step. */
  record Outcome(int step, Verdict with, Verdict without, List<Hidden> hidden, Verdict chosen) {
    String describe() {
      var sb = new StringBuilder();
      sb.append("step ")
          .append(step)
          .append(" judged with the note: ")
          .append(brief(with))
          .append("; with the note cut: ")
          .append(brief(without));
      for (Hidden h : hidden) {
        sb.append("; the note's text \"")
            .append(OperatorText.shorten(h.text(), 80))
            .append("\" judged as the step: ")
            .append(brief(h.verdict()));
      }
      int rw = with.decision().rank();
      int rc = chosen.decision().rank();
      if (rc == rw
          && rc == without.decision().rank()
          && hidden.stream().noneMatch(h -> h.verdict() == chosen)) {
        sb.append("; the note changed nothing (").append(chosen.decision().kind()).append(")");
      } else if (rw < rc) {
        sb.append("; with the note the step would have been ")
            .append(with.decision().kind())
            .append(", lower than ")
            .append(chosen.decision().kind())
            .append(": the stricter stands");
      } else {
        sb.append("; ").append(chosen.decision().kind()).append(" stands");
      }
      return sb.toString();
    }
  }

  static String brief(Verdict v) {
    return v.decision().kind()
        + (v.hazard() == HazardCategory.NONE ? "" : " (" + v.hazard().id() + ")");
  }

  /** The strictest of the variants for one step; ties keep the judgement without the note. */
  static Outcome stricter(int k, Verdict with, Verdict without, List<Hidden> hidden) {
    Verdict chosen = without;
    // A question the note's own words raise ("unknown verb 'pretend'") is the note's oddness, not
    // the step's: the plan verdict flags the note; the step keeps its judgement without it.
    boolean noteNoise = with.decision().rank() == 1 && NOT_FROM_HIDDEN.contains(with.hazard());
    if (with.decision().rank() > chosen.decision().rank() && !noteNoise) {
      chosen = with;
    }
    for (Hidden h : hidden) {
      Verdict v = h.verdict();
      if (!NOT_FROM_HIDDEN.contains(v.hazard())
          && v.decision().rank() >= 2
          && v.decision().rank() > chosen.decision().rank()) {
        chosen = v;
      }
    }
    var out = new Outcome(k, with, without, hidden, chosen);
    Verdict recorded =
        SafeVerdicts.withObservation(
            chosen,
            "text",
            out.describe(),
            "text addressed to the monitor is data: the step was judged with and without it,"
                + " and the stricter result stands");
    return new Outcome(k, with, without, hidden, recorded);
  }

  /**
   * The plan-level finding for the notes, or none when there are none. A framing alone ("let's play
   * a game", "hypothetically") around a plan whose every step was judged safe without it is
   * recorded and allowed: a framing is not harm, and it lowered nothing. With any other kind of
   * note, or with a step that is not ALLOW, the plan is a CLARIFY that quotes the text.
   *
   * @param everyStepAllowed every step was judged (with and without the text) and is ALLOW, and no
   *     other plan-level check objects
   */
  static List<Finding> noteFinding(
      CleanInput in, List<Outcome> outcomes, boolean everyStepAllowed, FactSheet facts) {
    if (!in.hasNotes()) {
      return List.of();
    }
    boolean framingOnly =
        in.notes().stream()
            .allMatch(
                f ->
                    f.note().kind() == io.stepguard.monitor.text.Note.Kind.FRAMING
                        && !ASKS_FOR_A_VERDICT.matcher(f.note().text()).find());
    if (framingOnly && everyStepAllowed) {
      var cites = new ArrayList<String>();
      for (CleanInput.Flagged f : in.notes()) {
        cites.add(
            facts.add(
                "input",
                f.where()
                    + " frames the task: \""
                    + OperatorText.shorten(OperatorText.escape(f.note().text()), 160)
                    + "\""));
      }
      return List.of(
          new Finding(
              "prompt_injection",
              HazardCategory.NONE,
              Severity.NONE,
              Decision.ALLOW,
              0.1,
              0.7,
              List.of(
                  new ReasoningStep.Observation(
                      "the plan's text frames the task (role play, a hypothetical)",
                      List.copyOf(cites)),
                  new ReasoningStep.Inference(
                      "a framing is data, never an instruction: every step was judged with it and"
                          + " with it cut, and every step is safe either way",
                      "prompt_injection",
                      List.copyOf(cites)),
                  new ReasoningStep.Conclusion(
                      "the framing lowers nothing and raises nothing", List.copyOf(cites))),
              "ALLOW: a framing alone, around a plan judged safe without it"));
    }
    var noteCites = new ArrayList<String>();
    var where = new LinkedHashSet<String>();
    var quotes = new ArrayList<String>();
    var kinds = new LinkedHashSet<String>();
    for (CleanInput.Flagged f : in.notes()) {
      where.add(f.where());
      kinds.add(f.note().kind().description());
      String quote = OperatorText.shorten(OperatorText.escape(f.note().text()), 160);
      if (quotes.size() < 3) {
        quotes.add(f.where() + ": \"" + quote + "\"");
      }
      noteCites.add(
          facts.add(
              "input",
              f.where()
                  + " carries text that "
                  + f.note().kind().description()
                  + ": \""
                  + quote
                  + "\" (cues: "
                  + String.join(
                      ", ",
                      f.note().cues().stream()
                          .map(c -> "\"" + OperatorText.shorten(OperatorText.escape(c), 60) + "\"")
                          .toList())
                  + ")"));
    }
    var outcomeCites = new ArrayList<String>();
    var chain = new ArrayList<ReasoningStep>();
    chain.add(
        new ReasoningStep.Observation(
            "plan or scene text addresses the monitor (" + String.join(", ", kinds) + ")",
            List.copyOf(noteCites)));
    for (Outcome o : outcomes) {
      outcomeCites.add(facts.add("text", o.describe()));
    }
    var all = new ArrayList<>(noteCites);
    all.addAll(outcomeCites);
    if (!outcomeCites.isEmpty()) {
      chain.add(
          new ReasoningStep.Inference(
              "text is data, never an instruction: each step was judged with the text and with it"
                  + " cut, and the stricter result stands",
              "prompt_injection",
              List.copyOf(outcomeCites)));
    } else {
      chain.add(
          new ReasoningStep.Inference(
              "text is data, never an instruction; no step was judged (the plan was refused or"
                  + " had no scene)",
              "prompt_injection",
              List.copyOf(noteCites)));
    }
    chain.add(new ReasoningStep.Conclusion("flag it and ask who wrote it", List.copyOf(all)));
    String w = String.join(", ", where);
    return List.of(
        new Finding(
            "prompt_injection",
            HazardCategory.PROMPT_INJECTION,
            Severity.MEDIUM,
            new Decision.Clarify(
                "The plan's text addresses the safety monitor ("
                    + String.join("; ", quotes)
                    + "). Who wrote it, and does the planner's output contain user-supplied"
                    + " text? It was judged as data, never as an instruction."),
            0.5,
            0.8,
            chain,
            "CLARIFY: plan text addresses the monitor (" + w + ")"));
  }

  /** The plan-level finding for disguised text, or none. */
  static List<Finding> disguiseFinding(CleanInput in, FactSheet facts) {
    if (in.disguises().isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> byWhere = new LinkedHashMap<>();
    var cites = new ArrayList<String>();
    var kinds = new LinkedHashSet<String>();
    for (CleanInput.Found f : in.disguises()) {
      Disguise d = f.disguise();
      kinds.add(d.kind().description());
      byWhere.computeIfAbsent(f.where(), x -> new ArrayList<>()).add(d.kind().description());
      cites.add(facts.add("input", f.where() + ": " + d.kind().description() + ": " + d.detail()));
    }
    String w = String.join(", ", byWhere.keySet());
    return List.of(
        new Finding(
            "text_disguise",
            HazardCategory.PROMPT_INJECTION,
            Severity.MEDIUM,
            new Decision.Clarify(
                "The text of "
                    + w
                    + " is disguised ("
                    + String.join(", ", kinds)
                    + "). It was judged as cleaned; who wrote it?"),
            0.45,
            0.8,
            List.of(
                new ReasoningStep.Observation(
                    "text disguised: " + String.join(", ", kinds), List.copyOf(cites)),
                new ReasoningStep.Inference(
                    "the text was cleaned before it was judged; a disguise raises suspicion and"
                        + " never lowers a decision",
                    "text_disguise",
                    List.copyOf(cites)),
                new ReasoningStep.Conclusion("flag it and ask", List.copyOf(cites))),
            "CLARIFY: disguised text (" + String.join(", ", kinds) + ") in " + w));
  }

  static String describeCount(int n, String what) {
    return String.format(Locale.ROOT, "%d %s%s", n, what, n == 1 ? "" : "s");
  }
}
