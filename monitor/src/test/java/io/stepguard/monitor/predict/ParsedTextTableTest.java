package io.stepguard.monitor.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text-step grammar as a table: each row of {@code phrasings.psv} is an ordinary household
 * phrasing and the parse it must yield (verb, target, destination, arguments).
 */
class ParsedTextTableTest {
  private static final String TABLE = "phrasings.psv";

  record Row(String text, String verb, String target, String destination, String arguments) {
    @Override
    public String toString() {
      return text;
    }
  }

  static List<Row> rows() throws IOException {
    var out = new ArrayList<Row>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(ParsedTextTableTest.class.getResourceAsStream(TABLE)),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\\|", -1);
        if (c.length != 5) {
          throw new IllegalStateException("bad row (5 cells expected): " + line);
        }
        out.add(new Row(c[0], c[1].trim(), c[2].trim(), c[3].trim(), c[4].trim()));
      }
    }
    return out;
  }

  static Stream<Arguments> table() throws IOException {
    return rows().stream().map(Arguments::of);
  }

  @Test
  void theTableHoldsAtLeastAHundredPhrasings() throws IOException {
    assertThat(rows()).hasSizeGreaterThanOrEqualTo(100);
    assertThat(rows().stream().map(Row::text).distinct().count()).isEqualTo(rows().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void parsesOrdinaryPhrasing(Row row) {
    ParsedText p = ParsedText.parse(row.text());
    if (row.verb().startsWith("?")) {
      assertThat(p.verb()).as("verb of '%s'", row.text()).isEmpty();
      assertThat(p.verbWords()).isEqualTo(row.verb().substring(1));
    } else {
      assertThat(p.verb().map(Verb::id)).as("verb of '%s'", row.text()).contains(row.verb());
    }
    assertThat(p.target()).as("target of '%s'", row.text()).isEqualTo(opt(row.target()));
    assertThat(p.destination())
        .as("destination of '%s'", row.text())
        .isEqualTo(opt(row.destination()));
    if (!row.arguments().isEmpty()) {
      for (String kv : row.arguments().split(" ")) {
        int eq = kv.indexOf('=');
        String key = kv.substring(0, eq);
        String value = kv.substring(eq + 1).replace('_', ' ');
        String actual = key.equals("with") ? p.with().orElse(null) : p.arguments().get(key);
        assertThat(actual)
            .as("argument %s of '%s' (all: %s)", key, row.text(), p.arguments())
            .isEqualTo(value);
      }
    }
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
