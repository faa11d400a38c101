package io.stepguard.sim.scenario;

import io.stepguard.model.json.Parsed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-made scenarios shipped in this jar (resources under io/stepguard/sim/scenarios, listed
 * in index.txt). A bundled scenario that does not parse is a build error, reported with its
 * problems.
 */
public final class BundledScenarios {
  private static final String DIR = "/io/stepguard/sim/scenarios/";

  private BundledScenarios() {}

  public static List<String> names() {
    try (InputStream in = open("index.txt");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Scenario> all() {
    var out = new ArrayList<Scenario>();
    for (String name : names()) {
      out.add(load(name));
    }
    return out;
  }

  public static Scenario load(String name) {
    try (InputStream in = open(name + ".json")) {
      return switch (ScenarioReader.read(in)) {
        case Parsed.Ok<Scenario> ok -> ok.value();
        case Parsed.Invalid<Scenario> bad ->
            throw new IllegalStateException(
                "bundled scenario " + name + " is invalid:\n" + bad.describe());
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = BundledScenarios.class.getResourceAsStream(DIR + resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + DIR + resource);
    }
    return in;
  }
}
