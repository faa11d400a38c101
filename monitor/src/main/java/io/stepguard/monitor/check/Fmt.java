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
