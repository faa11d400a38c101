package io.stepguard.sim.inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.SceneState;
import io.stepguard.model.json.Parsed;
import io.stepguard.model.json.StepguardJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hazardous scenarios (any expected step not ALLOW) of the bundled scenarios and of the corpus
 * folder {@code sim-scenarios/corpus/**} as it is at run time. Reads the files' JSON directly
 * (scene, plan, expected, and the optional current_step and now), so that the scenario format may
 * grow without this test changing. A corpus file that does not read is skipped here (the corpus
 * gate reports it).
 */
final class HazardousScenarios {
  private HazardousScenarios() {}

  /** One hazardous scenario. */
  record Case(String name, SceneState scene, ActionPlan plan, double nowS, int currentStep) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> all() {
    var out = new ArrayList<Case>();
    for (String name : io.stepguard.sim.scenario.BundledScenarios.names()) {
      try (InputStream in =
          HazardousScenarios.class.getResourceAsStream(
              "/io/stepguard/sim/scenarios/" + name + ".json")) {
        read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)).ifPresent(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path corpus = Path.of("corpus");
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.walk(corpus)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          read("corpus/" + corpus.relativize(f), Files.readString(f)).ifPresent(out::add);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static java.util.Optional<Case> read(String name, String json) {
    if (!(StepguardJson.parseTree(json) instanceof Parsed.Ok<JsonNode> ok)) {
      return java.util.Optional.empty();
    }
    JsonNode n = ok.value();
    if (!(StepguardJson.readScene(n.path("scene"), "/scene") instanceof Parsed.Ok<SceneState> s)
        || !(StepguardJson.readPlan(n.path("plan"), "/plan") instanceof Parsed.Ok<ActionPlan> p)) {
      return java.util.Optional.empty();
    }
    boolean hazardous = false;
    for (JsonNode e : n.path("expected")) {
      hazardous |= !e.path("decision").asText("ALLOW").equals("ALLOW") && e.has("decision");
      for (JsonNode d : e.path("decision_any_of")) {
        hazardous |= !d.asText().equals("ALLOW");
      }
    }
    if (!hazardous) {
      return java.util.Optional.empty();
    }
    SceneState scene = s.value();
    double now = n.path("now").isNumber() ? n.path("now").asDouble() : scene.stampS();
    int current = n.path("current_step").asInt(0);
    return java.util.Optional.of(new Case(name, scene, p.value(), now, current));
  }
}
