package io.stepguard.sim.safeagentbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.ObjectState;
import io.stepguard.model.PlanStep;
import io.stepguard.model.Pose;
import io.stepguard.model.RobotState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.monitor.predict.Verb;
import io.stepguard.monitor.semantic.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns SafeAgentBench lines into stepguard plans and scenes (DECISIONS.md): only {@code
 * instruction} and {@code step} are read; the scene is the set of objects named in the steps, in a
 * plain room with a robot and no people. Names are split at CamelCase and lower-cased, then written
 * in one canonical form (the lexicon's spelling when the name without spaces matches a lexicon
 * name, else the name without spaces), so that "GarbageCan" and "garbagecan" give the same scene
 * and casing cannot leak the label. Step texts are rewritten with the same names.
 */
public final class SafeAgentBenchAdapter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Verbs whose last word is a liquid, not an object ("fillLiquid Mug water"). */
  private static final Set<Verb> LIQUID_LAST = Set.of(Verb.FILL);

  private final Lexicon lexicon;

  public SafeAgentBenchAdapter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Reads every task of {@code dir}, files sorted by name. The folder may hold only {@code
   * safe_*.jsonl} and {@code unsafe_*.jsonl} files (the label comes from the name; hidden files are
   * ignored): any other file or folder is refused, so that nothing is scored under a label it does
   * not have. Each line is one task: {@code instruction} a string, {@code step} an array of
   * strings; a task needs at least one of them.
   *
   * @throws IllegalArgumentException naming the file, the line and the field of the first problem
   */
  public static List<SafeAgentBenchTask> read(Path dir) {
    var out = new ArrayList<SafeAgentBenchTask>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (!Files.isRegularFile(f)
          || !lower.endsWith(".jsonl")
          || !(lower.startsWith("safe_") || lower.startsWith("unsafe_"))) {
        throw new IllegalArgumentException(
            dir.resolve(name)
                + ": unknown file in a SafeAgentBench folder (expected only safe_*.jsonl and"
                + " unsafe_*.jsonl files: the label comes from the name; move it out)");
      }
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      boolean hazardous = name.toLowerCase(Locale.ROOT).startsWith("unsafe");
      List<String> lines;
      try {
        lines = Files.readAllLines(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        String where = name + ":" + (i + 1);
        JsonNode n;
        try {
          n = JSON.readTree(lines.get(i));
        } catch (IOException e) {
          throw new IllegalArgumentException(where + ": not JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
          throw new IllegalArgumentException(where + ": expected a task object, found " + n);
        }
        String instruction = "";
        if (n.hasNonNull("instruction")) {
          if (!n.get("instruction").isTextual()) {
            throw new IllegalArgumentException(
                where
                    + ": /instruction: expected a string, found "
                    + n.get("instruction").getNodeType().toString().toLowerCase(Locale.ROOT)
                    + " "
                    + n.get("instruction"));
          }
          instruction = n.get("instruction").asText();
        }
        var steps = new ArrayList<String>();
        if (n.hasNonNull("step")) {
          JsonNode st = n.get("step");
          if (!st.isArray()) {
            throw new IllegalArgumentException(
                where + ": /step: expected an array of strings, found " + st);
          }
          for (int k = 0; k < st.size(); k++) {
            if (!st.get(k).isTextual()) {
              throw new IllegalArgumentException(
                  where + ": /step/" + k + ": expected a string, found " + st.get(k));
            }
            steps.add(st.get(k).asText());
          }
        }
        if (steps.isEmpty() && instruction.isBlank()) {
          throw new IllegalArgumentException(
              where + ": expected an instruction or at least one step, found neither");
        }
        Optional<String> cat =
            n.hasNonNull("risk_category")
                ? Optional.of(n.get("risk_category").asText())
                : Optional.empty();
        out.add(new SafeAgentBenchTask(where, hazardous, instruction, steps, cat));
      }
    }
    return out;
  }

  /** A step split into verb words, object name and liquid (canonical names). */
  record StepWords(String verb, Optional<String> object, Optional<String> liquid) {
    String text() {
      return verb + object.map(o -> " " + o).orElse("") + liquid.map(l -> " " + l).orElse("");
    }
  }

  StepWords words(String step) {
    String w = Verb.normalize(step.replaceAll("[^A-Za-z0-9_ ]", " "));
    var m = Verb.leading(w);
    String verb;
    String rest;
    if (m.isPresent()) {
      verb = m.get().spelling();
      rest = w.substring(verb.length()).strip();
    } else {
      int sp = w.indexOf(' ');
      verb = sp < 0 ? w : w.substring(0, sp);
      rest = sp < 0 ? "" : w.substring(sp + 1).strip();
    }
    Optional<String> liquid = Optional.empty();
    if (m.isPresent() && LIQUID_LAST.contains(m.get().verb()) && rest.contains(" ")) {
      int last = rest.lastIndexOf(' ');
      liquid = Optional.of(rest.substring(last + 1));
      rest = rest.substring(0, last);
    }
    return new StepWords(
        verb, rest.isEmpty() ? Optional.empty() : Optional.of(canonical(rest)), liquid);
  }

  /** The canonical spelling of an object name (see the class comment). */
  String canonical(String name) {
    String n = Lexicon.normalize(name);
    String key = n.replace(" ", "");
    for (Lexicon.Entry e : lexicon.entries()) {
      for (String p : e.phrasings()) {
        if (p.replace(" ", "").equals(key)) {
          return p;
        }
      }
    }
    return key;
  }

  /**
   * The plan for a task: step texts rewritten with canonical names, no parsed actions. A task with
   * an instruction and no steps is judged on its instruction: the plan's one step is the
   * instruction's text, so that intent and the semantic checks read it.
   */
  public ActionPlan plan(SafeAgentBenchTask task) {
    if (task.steps().isEmpty()) {
      return new ActionPlan(
          1,
          task.id(),
          "safeagentbench",
          task.instruction(),
          List.of(new PlanStep(0, task.instruction(), Optional.empty(), Optional.empty())));
    }
    var steps = new ArrayList<PlanStep>();
    for (int i = 0; i < task.steps().size(); i++) {
      steps.add(
          new PlanStep(i, words(task.steps().get(i)).text(), Optional.empty(), Optional.empty()));
    }
    return new ActionPlan(1, task.id(), "safeagentbench", task.instruction(), steps);
  }

  /** The scene: one object per name used in the steps, on a 1 m grid in front of the robot. */
  public SceneState scene(SafeAgentBenchTask task) {
    Map<String, SceneObject> objects = new LinkedHashMap<>();
    for (String s : task.steps()) {
      Optional<String> o = words(s).object();
      if (o.isEmpty() || objects.containsKey(o.get())) {
        continue;
      }
      int k = objects.size();
      double x = 1.0 + (k % 4);
      double y = -1.5 + (k / 4);
      String id = o.get().replace(' ', '_');
      objects.put(
          o.get(),
          new SceneObject(
              id, o.get(), Pose.at("map", x, y, 0.9), 0.1, Set.of(), ObjectState.DEFAULT));
    }
    var robot =
        new RobotState(
            Pose.at("map", 0, 0, 0),
            Pose.at("map", 0.3, 0, 1.0),
            Optional.empty(),
            0.5,
            0.1,
            0.2,
            0.1,
            0.05);
    return new SceneState(
        1, 0.0, "map", robot, List.of(), List.copyOf(objects.values()), List.of());
  }
}
