package io.stepguard.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar redrawn in place with carriage returns, at most once per percent.
 * Thread-safe: {@link #accept} may be called from several threads at once.
 */
final class ProgressBar implements IntConsumer {
  private static final int WIDTH = 40;
  private final PrintStream out;
  private final int total;
  private int shownPercent = -1;

  ProgressBar(PrintStream out, int total) {
    this.out = out;
    this.total = Math.max(1, total);
  }

  @Override
  public synchronized void accept(int done) {
    int percent = (int) (100L * done / total);
    if (percent <= shownPercent) {
      return;
    }
    shownPercent = percent;
    int filled = WIDTH * percent / 100;
    out.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %3d%% %d/%d",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            percent,
            Math.min(done, total),
            total));
    out.flush();
  }

  /** Clears the bar's line. */
  synchronized void finish() {
    out.print("\r" + " ".repeat(WIDTH + 30) + "\r");
    out.flush();
  }
}
