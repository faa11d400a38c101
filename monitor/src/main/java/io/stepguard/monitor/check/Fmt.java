package io.stepguard.monitor.check;

import java.util.Locale;

/** Number formatting for facts and summaries: fixed precision, Locale.ROOT. */
public final class Fmt {
  private Fmt() {}

  /** Metres to 2 decimals: "0.40 m". */
  public static String m(double v) {
    return String.format(Locale.ROOT, "%.2f m", v);
  }

  /** Speed to 2 decimals: "1.60 m/s". */
  public static String mps(double v) {
    return String.format(Locale.ROOT, "%.2f m/s", v);
  }

  /** Seconds to 2 decimals: "0.25 s". */
  public static String s(double v) {
    return String.format(Locale.ROOT, "%.2f s", v);
  }

  /** A point "(1.00, 2.00)" in metres. */
  public static String xy(double x, double y) {
    return String.format(Locale.ROOT, "(%.2f, %.2f)", x, y);
  }

  /** A number to 2 decimals. */
  public static String n(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
