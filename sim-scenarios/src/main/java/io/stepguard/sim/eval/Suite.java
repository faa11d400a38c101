package io.stepguard.sim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.json.Parsed;
import io.stepguard.model.json.Problem;
import io.stepguard.model.json.StepguardJson;
import io.stepguard.sim.scenario.Scenario;
import io.stepguard.sim.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenarios of an evaluation, read from files and folders. Folders are walked recursively and
 * every {@code *.json} file in them is read, in path order; a file named on its own is read
 * whatever its name. A file that does not parse or validate is kept as an {@link Invalid} with its
 * JSON pointers and the rest of the suite is still read. An evaluation report found in a folder (a
 * document whose {@code format} is {@value ReportJson#FORMAT}, such as a committed baseline) is
 * skipped, not an error.
 *
 * @param entries the scenarios that were read, in path order
 * @param invalid the files that could not be used
 * @param skipped the report files skipped
 */
public record Suite(List<Entry> entries, List<Invalid> invalid, List<Path> skipped) {
  public Suite {
    entries = List.copyOf(entries);
    invalid = List.copyOf(invalid);
    skipped = List.copyOf(skipped);
  }

  /** A scenario and where it came from ({@code source} is a path, or "generated:..." text). */
  public record Entry(String source, Scenario scenario) {}

  /** A file that could not be used, with every problem found in it. */
  public record Invalid(String source, List<Problem> problems) {
    public Invalid {
      problems = List.copyOf(problems);
    }
  }

  /** The scenarios alone. */
  public List<Scenario> scenarios() {
    return entries.stream().map(Entry::scenario).toList();
  }

  /** This suite followed by {@code more} (generated or bundled scenarios). */
  public Suite plus(List<Entry> more) {
    var all = new ArrayList<>(entries);
    all.addAll(more);
    return new Suite(all, invalid, skipped);
  }

  /**
   * Reads every scenario under {@code roots}. A missing root is an {@link Invalid}. Two scenarios
   * of the same name, or a scenario whose name differs from its file's base name, are invalid (the
   * later file in path order is the one reported). Cost: one parse per file.
   */
  public static Suite load(List<Path> roots) {
    var files = new ArrayList<Path>();
    var invalid = new ArrayList<Invalid>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          invalid.add(
              new Invalid(
                  root.toString(), List.of(new Problem("", "a readable folder", e.toString()))));
        }
      } else if (Files.isRegularFile(root)) {
        files.add(root);
      } else {
        invalid.add(
            new Invalid(
                root.toString(),
                List.of(new Problem("", "a scenario file or a folder of them", "nothing there"))));
      }
    }
    var entries = new ArrayList<Entry>();
    var skipped = new ArrayList<Path>();
    Map<String, String> seen = new HashMap<>();
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        invalid.add(
            new Invalid(f.toString(), List.of(new Problem("", "a readable file", e.toString()))));
        continue;
      }
      if (isReport(text)) {
        skipped.add(f);
        continue;
      }
      switch (ScenarioReader.read(text)) {
        case Parsed.Invalid<Scenario> bad -> invalid.add(new Invalid(f.toString(), bad.problems()));
        case Parsed.Ok<Scenario> ok -> {
          Scenario s = ok.value();
          String base = f.getFileName().toString().replaceFirst("\\.json$", "");
          String first = seen.putIfAbsent(s.name(), f.toString());
          if (first != null) {
            invalid.add(
                new Invalid(
                    f.toString(),
                    List.of(
                        new Problem(
                            "/name",
                            "a name no other scenario of the suite has (" + first + " has it)",
                            "\"" + s.name() + "\""))));
          } else if (!base.equals(s.name())) {
            invalid.add(
                new Invalid(
                    f.toString(),
                    List.of(
                        new Problem(
                            "/name",
                            "the file's base name \"" + base + "\"",
                            "\"" + s.name() + "\""))));
          } else {
            entries.add(new Entry(f.toString(), s));
          }
        }
      }
    }
    return new Suite(entries, invalid, skipped);
  }

  private static boolean isReport(String text) {
    if (!text.contains(ReportJson.FORMAT)) {
      return false;
    }
    return switch (StepguardJson.parseTree(text)) {
      case Parsed.Ok<JsonNode> ok -> ReportJson.FORMAT.equals(ok.value().path("format").asText());
      case Parsed.Invalid<JsonNode> bad -> false;
    };
  }
}
