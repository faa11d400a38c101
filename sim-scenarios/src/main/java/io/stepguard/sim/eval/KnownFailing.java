package io.stepguard.sim.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios allowed to fail the gate ({@code sim-scenarios/corpus/known-failing.txt}): one line
 * each, {@code <name> <issue-tag> <one-line reason>}; blank lines and lines starting with {@code #}
 * are comments. The list may only shrink: the gate fails when a listed scenario passes.
 *
 * @param entries reason by scenario name, in file order
 * @param problems malformed lines, "line N: ..."
 */
public record KnownFailing(Map<String, Entry> entries, List<String> problems) {
  public KnownFailing {
    entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    problems = List.copyOf(problems);
  }

  /** One listed scenario: the issue that will fix it and why it fails. */
  public record Entry(String name, String issue, String reason) {}

  /** The entries of {@code file}; an absent file is an empty list. */
  public static KnownFailing read(Path file) {
    if (!Files.exists(file)) {
      return new KnownFailing(Map.of(), List.of());
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var entries = new LinkedHashMap<String, Entry>();
    var problems = new ArrayList<String>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+", 3);
      if (parts.length < 3 || !parts[1].matches("issue-\\d+")) {
        problems.add(
            "line " + (i + 1) + ": expected `<name> issue-<n> <reason>`, found `" + l + "`");
      } else if (entries.containsKey(parts[0])) {
        problems.add("line " + (i + 1) + ": " + parts[0] + " is listed twice");
      } else {
        entries.put(parts[0], new Entry(parts[0], parts[1], parts[2]));
      }
    }
    return new KnownFailing(entries, problems);
  }
}
