package io.stepguard.monitor.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FmtTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0.00",
    "0.625, 0.63",
    "1.875, 1.88",
    "-0.29, -0.29",
    "-0.004, 0.00",
    "12.3456, 12.35",
    "0.05, 0.05",
    "100, 100.00"
  })
  void formatsTwoDecimalsHalfAwayFromZero(double v, String expected) {
    assertThat(Fmt.n(v)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.1", "1.2345", "7.005", "3.14159", "0.995", "2.675"})
  void agreesWithStringFormatOnOrdinaryValues(double v) {
    assertThat(Fmt.n(v)).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", v));
  }

  @ParameterizedTest
  @CsvSource({"-0.3, 0.00 m", "-0.0001, 0.00 m", "0.3, 0.30 m"})
  void distancesAreNeverNegative(double v, String expected) {
    assertThat(Fmt.dist(v)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "0.4599, 0.46, 0.4599 m",
    "0.459999999, 0.46, 0.459999999 m",
    "1.149, 1.1504, 1.149 m",
    "0.5, 1.0, 0.50 m",
    "-0.3, 0.46, 0.00 m"
  })
  void aShortfallIsPrintedWithEnoughDecimalsToShowIt(double sep, double limit, String shown) {
    String[] t = Fmt.shortOf(sep, limit);
    assertThat(t[0]).isNotEqualTo(t[1]);
    assertThat(t[0].startsWith(shown) || t[1].startsWith(shown)).isTrue();
  }
}
