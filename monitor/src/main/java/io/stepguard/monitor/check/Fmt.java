package io.stepguard.monitor.check;

/**
 * Number formatting for facts and summaries: two decimals, half away from zero, '.' as the decimal
 * separator whatever the locale. Hand-rolled because facts are built on the hot path and {@link
 * String#format} costs about a microsecond a call.
 */
public final class Fmt {
  private Fmt() {}

  /** Metres to 2 decimals: "0.40 m". */
  public static String m(double v) {
    return n(v) + " m";
  }

  /** Speed to 2 decimals: "1.60 m/s". */
  public static String mps(double v) {
    return n(v) + " m/s";
  }

  /** Seconds to 2 decimals: "0.25 s". */
  public static String s(double v) {
    return n(v) + " s";
  }

  /** A point "(1.00, 2.00)" in metres. */
  public static String xy(double x, double y) {
    return "(" + n(x) + ", " + n(y) + ")";
  }

  /**
   * A distance that is never shown negative: "0.30 m", and "0.00 m" for a separation at or below
   * zero (an overlap). Use for every separation an operator reads.
   */
  public static String dist(double v) {
    return m(Math.max(0, v));
  }

  /**
   * A separation and the limit it falls short of, both non-negative, with as many decimals (2 to 9)
   * as it takes for the printed separation to be smaller than the printed limit, so that the text
   * never contradicts a decision: {"1.149 m", "1.150 m"} rather than "1.15 m" twice. Returns
   * {separation, limit}.
   */
  public static String[] shortOf(double separation, double limit) {
    double a = Math.max(0, separation);
    double b = Math.max(0, limit);
    for (int d = 2; d <= 9; d++) {
      double scale = Math.pow(10, d);
      if (Math.round(a * scale) < Math.round(b * scale)) {
        return new String[] {fixed(a, d) + " m", fixed(b, d) + " m"};
      }
    }
    return new String[] {fixed(a, 9) + " m", fixed(b, 9) + " m"};
  }

  private static String fixed(double v, int decimals) {
    if (decimals == 2) {
      return n(v);
    }
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
  }

  /** A number to 2 decimals ("-0.29", "1.00"); non-finite values as Java prints them. */
  public static String n(double v) {
    if (!Double.isFinite(v) || Math.abs(v) >= 1e15) {
      return Double.toString(v);
    }
    long hundredths = Math.round(Math.abs(v) * 100);
    if (hundredths == 0) {
      return "0.00";
    }
    long whole = hundredths / 100;
    long frac = hundredths % 100;
    return (v < 0 ? "-" : "") + whole + "." + (frac < 10 ? "0" : "") + frac;
  }
}
