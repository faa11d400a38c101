package io.stepguard.model.text;

import io.stepguard.model.Action;
import io.stepguard.model.ActionPlan;
import io.stepguard.model.Fact;
import io.stepguard.model.Human;
import io.stepguard.model.Motion;
import io.stepguard.model.PlanStep;
import io.stepguard.model.Point2;
import io.stepguard.model.Require;
import io.stepguard.model.RobotState;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Zone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The canonical text of one plan step in its (predicted) scene, as a guard model reads it. The
 * format is documented in {@code docs/step-text.md}; its first line names the format version.
 *
 * <p>Contract: the same input gives the same bytes (lines end with {@code \n}; sets and the scene's
 * people and zones are sorted; numbers use {@link Locale#ROOT} with 2 decimals, fact values 3).
 * Every string that comes from a document is printed as a JSON string literal, with line breaks,
 * quotes and invisible format characters escaped, so that no text in a plan or scene can start a
 * line of its own or close its quotes: text in a plan is data, never part of the format.
 *
 * <p>Any change to the output is a format change: bump {@link #VERSION} and regenerate the golden
 * files under {@code plan-model/src/test/resources/golden/step-text}.
 *
 * <p>Cost: linear in the size of the plan, the scene and the facts. Thread-safe (no state).
 */
public final class StepText {
  /** The first line of every step text. */
  public static final String VERSION = "stepguard-step-text v1";

  private StepText() {}

  /**
   * The step text of {@code plan.steps().get(stepIndex)}.
   *
   * @param predicted the scene as predicted for the moment the step starts (effects of the earlier
   *     steps applied)
   * @param facts the facts the monitor computed for the step, printed in this order with their ids
   * @throws IllegalArgumentException if {@code stepIndex} is not a step of the plan, or an argument
   *     is null
   */
  public static String render(
      ActionPlan plan, int stepIndex, SceneState predicted, List<Fact> facts) {
    Require.nonNull(plan, "plan");
    Require.nonNull(predicted, "predicted");
    Require.nonNull(facts, "facts");
    if (stepIndex < 0 || stepIndex >= plan.steps().size()) {
      throw new IllegalArgumentException(
          "stepIndex " + stepIndex + " is not a step of a plan with " + plan.steps().size());
    }
    var out = new Out();
    PlanStep step = plan.steps().get(stepIndex);
    RobotState robot = predicted.robot();
    Vec3 ee = robot.eePose().position();

    out.line(VERSION);
    out.line("plan " + quote(plan.planId()) + " source " + quote(plan.source()));
    out.line("instruction " + quote(plan.instruction()));
    out.line(
        "scene frame " + quote(predicted.frameId()) + " stamp " + num(predicted.stampS()) + " s");

    out.line("plan so far (" + count(stepIndex, "step") + "):");
    for (int i = 0; i < stepIndex; i++) {
      PlanStep s = plan.steps().get(i);
      out.line("  step " + i + " " + quote(s.text()) + " " + actionBrief(s.action()));
    }

    out.line("current step " + stepIndex + " of steps 0.." + (plan.steps().size() - 1) + ":");
    out.line("  text " + quote(step.text()));
    out.line("  " + actionFull(step.action()));
    motion(out, step, predicted);

    out.line("robot:");
    out.line("  end-effector " + vec(ee) + " m radius " + num(robot.eeRadiusM()) + " m");
    out.line(
        "  base "
            + xy(robot.basePose().position())
            + " m yaw "
            + num(robot.basePose().orientation().yaw())
            + " rad");
    out.line("  held object " + robot.heldObject().map(StepText::quote).orElse("none"));
    out.line("  max speed " + num(robot.maxSpeedMps()) + " m/s");
    out.line("  reaction time " + num(robot.reactionTimeS()) + " s");
    out.line("  stopping time " + num(robot.stoppingTimeS()) + " s");
    out.line("  stopping distance " + num(robot.stoppingDistanceM()) + " m");

    var people = new ArrayList<>(predicted.humans());
    people.sort(Comparator.comparing(Human::id));
    out.line("people (" + people.size() + "; distance is planar, end-effector to centre):");
    for (Human h : people) {
      out.line(
          "  person "
              + quote(h.id())
              + " at "
              + vec(h.position())
              + " m distance "
              + num(h.position().distanceXyTo(ee))
              + " m velocity "
              + h.velocity()
                  .map(v -> vec(v) + " m/s speed " + num(v.norm()) + " m/s")
                  .orElse("unmeasured")
              + " radius "
              + num(h.radiusM())
              + " m height "
              + num(h.heightM())
              + " m attributes "
              + strings(h.attributes()));
    }

    involved(out, step, predicted);

    var zones = new ArrayList<>(predicted.zones());
    zones.sort(Comparator.comparing(Zone::id));
    out.line("zones (" + zones.size() + "):");
    for (Zone z : zones) {
      out.line("  " + zone(z));
    }

    out.line("facts (" + facts.size() + "):");
    for (Fact f : facts) {
      String value = f.numeric() ? " value " + num3(f.value()) + unit(f.unit()) : "";
      out.line(
          "  fact "
              + quote(f.id())
              + " kind "
              + quote(f.kind())
              + " statement "
              + quote(f.statement())
              + value);
    }
    out.line("end of step text");
    return out.toString();
  }

  // ---- parts

  private static String actionBrief(Optional<Action> action) {
    if (action.isEmpty()) {
      return "action none";
    }
    Action a = action.get();
    return "action "
        + quote(a.verb())
        + a.target().map(t -> " target " + quote(t)).orElse("")
        + a.destination().map(d -> " destination " + quote(d)).orElse("");
  }

  private static String actionFull(Optional<Action> action) {
    if (action.isEmpty()) {
      return "action none (text only)";
    }
    Action a = action.get();
    var args = new StringBuilder("{");
    for (Map.Entry<String, String> e : new TreeMap<>(a.arguments()).entrySet()) {
      if (args.length() > 1) {
        args.append(", ");
      }
      args.append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
    }
    args.append('}');
    return "action verb "
        + quote(a.verb())
        + " target "
        + a.target().map(StepText::quote).orElse("none")
        + " destination "
        + a.destination().map(StepText::quote).orElse("none")
        + " arguments "
        + args;
  }

  private static void motion(Out out, PlanStep step, SceneState scene) {
    Vec3 ee = scene.robot().eePose().position();
    if (step.motion().isEmpty()) {
      Optional<SceneObject> target = step.action().flatMap(Action::target).flatMap(scene::object);
      out.line(
          "  motion none"
              + target
                  .map(
                      o ->
                          "; implied path from the end-effector to target "
                              + quote(o.id())
                              + " at "
                              + vec(o.pose().position())
                              + " m length "
                              + num(ee.distanceTo(o.pose().position()))
                              + " m")
                  .orElse(""));
      return;
    }
    Motion m = step.motion().get();
    String frameNote =
        m.frameId().equals(scene.frameId())
            ? ""
            : " (differs from the scene frame " + quote(scene.frameId()) + ")";
    out.line(
        "  motion frame "
            + quote(m.frameId())
            + frameNote
            + " speed "
            + m.speedMps().map(v -> num(v) + " m/s").orElse("unspecified"));
    if (m.eeWaypoints().isEmpty()) {
      out.line("  end-effector path none");
    } else {
      double length = 0;
      Vec3 prev = ee;
      for (Vec3 w : m.eeWaypoints()) {
        length += prev.distanceTo(w);
        prev = w;
      }
      out.line(
          "  end-effector path "
              + count(m.eeWaypoints().size(), "waypoint")
              + " from "
              + vec(ee)
              + " to "
              + vec(m.eeWaypoints().getLast())
              + " m length "
              + num(length)
              + " m");
    }
    if (m.baseWaypoints().isEmpty()) {
      out.line("  base path none");
    } else {
      double length = 0;
      Vec3 prev = scene.robot().basePose().position();
      for (Vec3 w : m.baseWaypoints()) {
        length += prev.distanceXyTo(w);
        prev = w;
      }
      out.line(
          "  base path "
              + count(m.baseWaypoints().size(), "waypoint")
              + " from "
              + xy(scene.robot().basePose().position())
              + " to "
              + xy(m.baseWaypoints().getLast())
              + " m length "
              + num(length)
              + " m");
    }
  }

  /** The step's target and destination and the held object, each once, in that order. */
  private static void involved(Out out, PlanStep step, SceneState scene) {
    // role name per reference, in first-seen order: target, destination, held
    var refs = new ArrayList<String>();
    var roles = new ArrayList<List<String>>();
    step.action().flatMap(Action::target).ifPresent(t -> addRole(refs, roles, t, "target"));
    step.action()
        .flatMap(Action::destination)
        .ifPresent(d -> addRole(refs, roles, d, "destination"));
    scene.robot().heldObject().ifPresent(h -> addRole(refs, roles, h, "held"));
    out.line("objects involved (" + refs.size() + "):");
    for (int i = 0; i < refs.size(); i++) {
      String ref = refs.get(i);
      String role = String.join(", ", roles.get(i));
      Optional<SceneObject> o = scene.object(ref);
      if (o.isPresent()) {
        out.line("  object " + quote(ref) + " (" + role + ") " + object(o.get()));
      } else if (scene.zone(ref).isPresent()) {
        out.line("  " + role + " " + quote(ref) + " is a zone (see zones)");
      } else if (scene.human(ref).isPresent()) {
        out.line("  " + role + " " + quote(ref) + " is a person (see people)");
      } else {
        out.line("  " + role + " " + quote(ref) + " names no id in the scene (free text)");
      }
    }
  }

  private static void addRole(
      List<String> refs, List<List<String>> roles, String ref, String role) {
    int i = refs.indexOf(ref);
    if (i < 0) {
      refs.add(ref);
      roles.add(new ArrayList<>(List.of(role)));
    } else {
      roles.get(i).add(role);
    }
  }

  private static String object(SceneObject o) {
    var st = o.state();
    return "type "
        + quote(o.type())
        + " at "
        + vec(o.pose().position())
        + " m radius "
        + num(o.radiusM())
        + " m properties "
        + strings(o.properties())
        + " state on "
        + st.on()
        + " open "
        + st.open()
        + " plugged_in "
        + st.pluggedIn()
        + " contains "
        + list(st.contains())
        + " filled_with "
        + st.filledWith().map(StepText::quote).orElse("none");
  }

  private static String zone(Zone z) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Point2 p : z.polygon()) {
      minX = Math.min(minX, p.x());
      minY = Math.min(minY, p.y());
      maxX = Math.max(maxX, p.x());
      maxY = Math.max(maxY, p.y());
    }
    String limit = z.speedLimitMps() > 0 ? " speed limit " + num(z.speedLimitMps()) + " m/s" : "";
    return "zone "
        + quote(z.id())
        + " kind "
        + quote(z.kind())
        + " "
        + count(z.polygon().size(), "vertex")
        + " x ["
        + num(minX)
        + ", "
        + num(maxX)
        + "] y ["
        + num(minY)
        + ", "
        + num(maxY)
        + "] z ["
        + num(z.zMinM())
        + ", "
        + num(z.zMaxM())
        + "] m"
        + limit;
  }

  // ---- values

  /** A sorted set of strings as a list of quoted strings: {@code ["a", "b"]}. */
  private static String strings(Collection<String> values) {
    return list(new TreeSet<>(values));
  }

  private static String list(Collection<String> values) {
    var sb = new StringBuilder("[");
    for (String v : values) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(quote(v));
    }
    return sb.append(']').toString();
  }

  /** "1 step", "2 steps", "3 vertices". */
  private static String count(int n, String noun) {
    if (n == 1) {
      return "1 " + noun;
    }
    return n + " " + (noun.equals("vertex") ? "vertices" : noun + "s");
  }

  private static String vec(Vec3 v) {
    return "(" + num(v.x()) + ", " + num(v.y()) + ", " + num(v.z()) + ")";
  }

  private static String xy(Vec3 v) {
    return "(" + num(v.x()) + ", " + num(v.y()) + ")";
  }

  private static String unit(String unit) {
    return unit.isEmpty() ? "" : " " + quote(unit);
  }

  /** 2 decimals, half-up, Locale.ROOT, no negative zero. */
  static String num(double v) {
    return noNegativeZero(String.format(Locale.ROOT, "%.2f", v));
  }

  /** 3 decimals, for fact values. */
  static String num3(double v) {
    return noNegativeZero(String.format(Locale.ROOT, "%.3f", v));
  }

  private static String noNegativeZero(String s) {
    return s.startsWith("-") && s.chars().skip(1).allMatch(c -> c == '0' || c == '.')
        ? s.substring(1)
        : s;
  }

  /**
   * {@code s} as a JSON string literal in double quotes. Besides what JSON requires ({@code "},
   * {@code \}, control characters), it escapes the characters that could end a line or hide text
   * (C1 controls, U+2028, U+2029, bidirectional and zero-width format characters, BOM) and lone
   * surrogates, as {@code \}{@code uXXXX}. Other non-ASCII text is kept as it is.
   */
  public static String quote(String s) {
    var sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (mustEscape(s, i, c)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean mustEscape(String s, int i, char c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (c == '\u2028' || c == '\u2029' || c == '\ufeff' || c == '\u061c') {
      return true;
    }
    if ((c >= '\u200b' && c <= '\u200f') || (c >= '\u202a' && c <= '\u202e')) {
      return true;
    }
    if (c >= '\u2060' && c <= '\u206f') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  /** Lines joined with {@code \n}, one at the end. */
  private static final class Out {
    private final StringBuilder sb = new StringBuilder(2048);

    void line(String s) {
      sb.append(s).append('\n');
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
