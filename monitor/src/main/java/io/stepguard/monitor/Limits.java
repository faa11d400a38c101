package io.stepguard.monitor;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work one judgement may cost, defined once here and used alike by the command line
 * and the ROS 2 node (DECISIONS.md: "Limits ... and the judgement deadline are defined once in
 * {@code monitor}"). Input beyond a limit is refused with a verdict or error that names the limit;
 * a judgement that runs past its deadline fails closed with that reason.
 *
 * @param maxSteps most steps a plan may have
 * @param maxTextChars most characters (UTF-16 units) in any one text field of a plan or scene (an
 *     instruction, a step text, a name)
 * @param maxDocumentBytes most bytes of one JSON document (a plan, a scene, a scenario file, a
 *     message on the wire)
 * @param judgementDeadline wall-clock time one plan judgement may take before it fails closed
 */
public record Limits(
    int maxSteps, int maxTextChars, long maxDocumentBytes, Duration judgementDeadline) {

  /**
   * 10,000 steps; 16,384 characters per text; 16 MiB per document; 10 s per plan judgement. A
   * household plan has tens of steps and a step text tens of words, so these leave two orders of
   * magnitude of headroom while keeping the worst case bounded.
   */
  public static final Limits DEFAULTS =
      new Limits(10_000, 16_384, 16L << 20, Duration.ofSeconds(10));

  public Limits {
    Objects.requireNonNull(judgementDeadline, "judgementDeadline");
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be >= 1: " + maxSteps);
    }
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("maxTextChars must be >= 1: " + maxTextChars);
    }
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be >= 1: " + maxDocumentBytes);
    }
    if (judgementDeadline.isNegative() || judgementDeadline.isZero()) {
      throw new IllegalArgumentException("judgementDeadline must be > 0: " + judgementDeadline);
    }
  }

  /** These limits with another step count. */
  public Limits withMaxSteps(int steps) {
    return new Limits(steps, maxTextChars, maxDocumentBytes, judgementDeadline);
  }

  /** These limits with another text length. */
  public Limits withMaxTextChars(int chars) {
    return new Limits(maxSteps, chars, maxDocumentBytes, judgementDeadline);
  }

  /** These limits with another document size. */
  public Limits withMaxDocumentBytes(long bytes) {
    return new Limits(maxSteps, maxTextChars, bytes, judgementDeadline);
  }

  /** These limits with another judgement deadline. */
  public Limits withJudgementDeadline(Duration deadline) {
    return new Limits(maxSteps, maxTextChars, maxDocumentBytes, deadline);
  }
}
