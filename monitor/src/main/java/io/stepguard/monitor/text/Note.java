package io.stepguard.monitor.text;

import io.stepguard.model.Require;
import java.util.List;

/**
 * A stretch of a plan or scene text that is not data about the task but text aimed at the monitor:
 * it addresses the monitor, imitates a verdict, orders a safety system, frames the task so as to
 * get around safety, or hides text in an encoding.
 *
 * @param start first character of the note in the (cleaned) text
 * @param end one past its last character
 * @param kind the first kind of cue found in it
 * @param cues the cue phrases found, in order (lower case)
 * @param text the note as written (cleaned)
 * @param hidden texts the note carries that could name an action: its clauses with the cues taken
 *     out, or what an encoded run decodes to; each is judged as the step's own text, so that a
 *     hazard inside the note is never lost
 */
public record Note(
    int start, int end, Kind kind, List<String> cues, String text, List<String> hidden) {
  public Note {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad note span [" + start + ", " + end + ")");
    }
    Require.nonNull(kind, "kind");
    cues = List.copyOf(cues);
    Require.nonNull(text, "text");
    hidden = List.copyOf(hidden);
  }

  /** What a note does, in words that fit "text that ...". */
  public enum Kind {
    ADDRESSES_MONITOR("addresses the monitor"),
    IMITATES_VERDICT("imitates a verdict"),
    ORDERS_SAFETY_SYSTEM("orders a safety system"),
    FRAMING("frames the task to get around safety"),
    ENCODED("hides text in an encoding");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }
}
