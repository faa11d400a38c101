package io.stepguard.model.json;

import io.stepguard.model.Action;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Human;
import io.stepguard.model.Motion;
import io.stepguard.model.ObjectState;
import io.stepguard.model.PlanStep;
import io.stepguard.model.Point2;
import io.stepguard.model.Pose;
import io.stepguard.model.Quaternion;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.RobotState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Severity;
import io.stepguard.model.Vec3;
import io.stepguard.model.Verdict;
import io.stepguard.model.Vocabulary;
import io.stepguard.model.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seeded generator of valid plans, scenes and verdicts: every optional part present or absent,
 * awkward strings (quotes, escapes, line breaks, non-ASCII, JSON-pointer characters) and awkward
 * numbers (negative zero, subnormals, large magnitudes, integers written as doubles).
 */
public final class RandomDocuments {
  private static final String[] FRAGMENTS = {
    "knife", "the red cup", "p\"1\"", "back\\slash", "line\nbreak", "tab\there", "a/b~c",
    "Küche", "刀", "emoji \uD83D\uDD2A", "\u2028sep", "ignore the rules", "{\"json\": 1}", " ",
    "x"
  };
  private static final List<String> PROPERTIES =
      new ArrayList<>(new TreeSet<>(Vocabulary.OBJECT_PROPERTIES));
  private static final List<String> ZONE_KINDS =
      new ArrayList<>(new TreeSet<>(Vocabulary.ZONE_KINDS));
  private static final List<String> VERBS = new ArrayList<>(new TreeSet<>(Vocabulary.VERBS));

  private final Random r;
  private int nextId;

  public RandomDocuments(long seed) {
    this.r = new Random(seed);
  }

  // ---- plans

  public ActionPlan plan() {
    int n = 1 + r.nextInt(6);
    var steps = new ArrayList<PlanStep>();
    for (int i = 0; i < n; i++) {
      steps.add(
          new PlanStep(
              i,
              text(),
              r.nextBoolean() ? Optional.of(action()) : Optional.empty(),
              r.nextBoolean() ? Optional.of(motion()) : Optional.empty()));
    }
    return new ActionPlan(
        StepguardJson.SCHEMA_VERSION,
        text(),
        r.nextBoolean() ? "" : text(),
        r.nextBoolean() ? "" : text(),
        steps);
  }

  private Action action() {
    var args = new LinkedHashMap<String, String>();
    int k = r.nextInt(3);
    for (int i = 0; i < k; i++) {
      args.put(text(), r.nextInt(4) == 0 ? "" : text());
    }
    return new Action(
        r.nextBoolean() ? VERBS.get(r.nextInt(VERBS.size())) : text(), optText(), optText(), args);
  }

  private Motion motion() {
    List<Vec3> ee = vectors(r.nextInt(4));
    List<Vec3> base = vectors(ee.isEmpty() ? 1 + r.nextInt(3) : r.nextInt(3));
    return new Motion(
        text(), ee, base, r.nextBoolean() ? Optional.of(positive()) : Optional.empty());
  }

  // ---- scenes

  public SceneState scene() {
    String frame = text();
    var humans = new ArrayList<Human>();
    for (int i = r.nextInt(4); i > 0; i--) {
      humans.add(
          new Human(
              id(),
              vec(),
              r.nextBoolean() ? Optional.of(vec()) : Optional.empty(),
              positive(),
              positive(),
              subset(List.of("child", "elderly", "impaired", "x"))));
    }
    var objects = new ArrayList<SceneObject>();
    for (int i = r.nextInt(5); i > 0; i--) {
      String id = id();
      var contains = new ArrayList<String>();
      for (int k = r.nextInt(3); k > 0; k--) {
        contains.add(text() + "#" + k);
      }
      var state =
          new ObjectState(
              r.nextBoolean(),
              r.nextBoolean(),
              r.nextBoolean(),
              contains,
              r.nextBoolean() ? Optional.of(text()) : Optional.empty(),
              r.nextBoolean(),
              r.nextBoolean(),
              r.nextBoolean());
      var relations = new ArrayList<io.stepguard.model.ObjectRelation>();
      for (SceneObject earlier : objects) {
        if (r.nextInt(3) == 0) {
          var kinds =
              List.copyOf(new java.util.TreeSet<>(io.stepguard.model.Vocabulary.OBJECT_RELATIONS));
          relations.add(
              new io.stepguard.model.ObjectRelation(
                  kinds.get(r.nextInt(kinds.size())), earlier.id()));
        }
      }
      objects.add(
          new SceneObject(
              id, text(), pose(frame), nonNegative(), subset(PROPERTIES), state, relations));
    }
    var zones = new ArrayList<Zone>();
    for (int i = r.nextInt(4); i > 0; i--) {
      String kind = ZONE_KINDS.get(r.nextInt(ZONE_KINDS.size()));
      double zMin = number();
      double zMax = zMin + nonNegative();
      double limit = kind.equals("slow") ? positive() : (r.nextBoolean() ? 0 : nonNegative());
      zones.add(new Zone(id(), kind, frame, polygon(), zMin, zMax, limit));
    }
    Optional<String> held =
        objects.isEmpty() || r.nextBoolean()
            ? Optional.empty()
            : Optional.of(objects.get(r.nextInt(objects.size())).id());
    var robot =
        new RobotState(
            pose(frame),
            pose(frame),
            held,
            nonNegative(),
            nonNegative(),
            nonNegative(),
            nonNegative(),
            nonNegative(),
            links(),
            nonNegative());
    return new SceneState(
        StepguardJson.SCHEMA_VERSION, nonNegative(), frame, robot, humans, objects, zones);
  }

  private List<io.stepguard.model.RobotLink> links() {
    var links = new ArrayList<io.stepguard.model.RobotLink>();
    for (int i = r.nextInt(4); i > 0; i--) {
      links.add(new io.stepguard.model.RobotLink("link" + i, vec(), vec(), nonNegative()));
    }
    return links;
  }

  private Pose pose(String frame) {
    double x = r.nextGaussian();
    double y = r.nextGaussian();
    double z = r.nextGaussian();
    double w = r.nextGaussian();
    double norm = Math.sqrt(x * x + y * y + z * z + w * w);
    Quaternion q =
        switch (r.nextInt(3)) {
          case 0 -> Quaternion.IDENTITY;
          case 1 -> Quaternion.ofYaw(number());
          default -> new Quaternion(x / norm, y / norm, z / norm, w / norm);
        };
    return new Pose(frame, vec(), q);
  }

  private List<Point2> polygon() {
    int n = 3 + r.nextInt(4);
    var pts = new ArrayList<Point2>();
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      pts.add(new Point2(Math.cos(a) * (1 + i), Math.sin(a) * (1 + i) + number()));
    }
    return pts;
  }

  // ---- verdicts

  public Verdict verdict() {
    var facts = new ArrayList<Fact>();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      facts.add(
          r.nextBoolean()
              ? Fact.text(id(), text(), text())
              : new Fact(id(), text(), text(), number(), r.nextBoolean() ? "" : text()));
    }
    var reasoning = new ArrayList<ReasoningStep>();
    for (int i = r.nextInt(4); i > 0; i--) {
      var cites = new ArrayList<String>();
      for (int k = 1 + r.nextInt(2); k > 0; k--) {
        cites.add(facts.get(r.nextInt(facts.size())).id());
      }
      reasoning.add(
          switch (r.nextInt(3)) {
            case 0 -> new ReasoningStep.Observation(text(), cites);
            case 1 -> new ReasoningStep.Inference(text(), text(), cites);
            default -> new ReasoningStep.Conclusion(text(), cites);
          });
    }
    Decision decision =
        switch (r.nextInt(4)) {
          case 0 -> Decision.ALLOW;
          case 1 -> new Decision.Clarify(text());
          case 2 -> new Decision.Replan(List.of(text(), text()).subList(0, 1 + r.nextInt(2)));
          default -> Decision.HALT;
        };
    HazardCategory[] hazards = HazardCategory.values();
    Severity[] severities = Severity.values();
    long latency =
        switch (r.nextInt(3)) {
          case 0 -> 0;
          case 1 -> Long.MAX_VALUE - r.nextInt(3);
          default -> r.nextLong(0, Long.MAX_VALUE);
        };
    return new Verdict(
        text(),
        r.nextInt(12) - 1,
        decision,
        hazards[r.nextInt(hazards.length)],
        severities[r.nextInt(severities.length)],
        unit(),
        unit(),
        facts,
        reasoning,
        text(),
        r.nextBoolean() ? "" : text(),
        latency);
  }

  // ---- values

  private String text() {
    var sb = new StringBuilder(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
    if (r.nextBoolean()) {
      sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
    }
    return sb.toString();
  }

  private Optional<String> optText() {
    return r.nextBoolean() ? Optional.of(text()) : Optional.empty();
  }

  private String id() {
    return text() + "_" + nextId++;
  }

  private Set<String> subset(List<String> from) {
    var out = new HashSet<String>();
    for (String s : from) {
      if (r.nextInt(4) == 0) {
        out.add(s);
      }
    }
    return out;
  }

  private List<Vec3> vectors(int n) {
    var out = new ArrayList<Vec3>();
    for (int i = 0; i < n; i++) {
      out.add(vec());
    }
    return out;
  }

  private Vec3 vec() {
    return new Vec3(number(), number(), number());
  }

  /** Any finite double, often an awkward one. */
  private double number() {
    return switch (r.nextInt(8)) {
      case 0 -> 0.0;
      case 1 -> -0.0;
      case 2 -> r.nextInt(2001) - 1000;
      case 3 -> (r.nextBoolean() ? 1 : -1) * Double.MIN_VALUE * (1 + r.nextInt(100));
      case 4 -> (r.nextBoolean() ? 1 : -1) * 1e300 * r.nextDouble();
      case 5 -> 0.1 + 0.2;
      default -> r.nextGaussian() * 10;
    };
  }

  private double nonNegative() {
    return Math.abs(number());
  }

  private double positive() {
    double v = Math.abs(number());
    return v > 0 ? v : 0.25;
  }

  private double unit() {
    return switch (r.nextInt(4)) {
      case 0 -> 0.0;
      case 1 -> 1.0;
      default -> r.nextDouble();
    };
  }
}
