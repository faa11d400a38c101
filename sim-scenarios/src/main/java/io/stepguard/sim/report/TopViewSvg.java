package io.stepguard.sim.report;

import io.stepguard.model.Human;
import io.stepguard.model.Point2;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Zone;
import io.stepguard.monitor.MonitorConfig;
import io.stepguard.monitor.check.HeldObjectProximityCheck;
import io.stepguard.monitor.check.ZoneCheck;
import io.stepguard.monitor.geometry.PathClearance;
import io.stepguard.monitor.geometry.PreparedScene;
import io.stepguard.monitor.geometry.SeparationDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a top view (x right, y up, scene frame) of a scene and one step's end-effector path: zones
 * by kind, people with their footprint and protective separation circle (S_p), objects, the path in
 * blue and the offending segments (entering a closed zone or inside a person's S_p) in red. Pure
 * function of its inputs; output is deterministic SVG text.
 */
public final class TopViewSvg {
  private static final double SIZE_PX = 420;
  private static final double MARGIN_M = 0.5;

  private TopViewSvg() {}

  public static String render(
      SceneState scene, List<Vec3> path, double speedMps, MonitorConfig config, String title) {
    var xs = new ArrayList<Double>();
    var ys = new ArrayList<Double>();
    for (Zone z : scene.zones()) {
      for (Point2 p : z.polygon()) {
        xs.add(p.x());
        ys.add(p.y());
      }
    }
    for (Human h : scene.humans()) {
      double r =
          h.radiusM()
              + SeparationDistance.of(h, scene.robot(), speedMps, config).totalM()
              + margin(scene, h, config);
      xs.add(h.position().x() - r);
      xs.add(h.position().x() + r);
      ys.add(h.position().y() - r);
      ys.add(h.position().y() + r);
    }
    for (SceneObject o : scene.objects()) {
      xs.add(o.pose().position().x());
      ys.add(o.pose().position().y());
    }
    for (Vec3 p : path) {
      xs.add(p.x());
      ys.add(p.y());
    }
    Vec3 base = scene.robot().basePose().position();
    xs.add(base.x());
    ys.add(base.y());
    double minX = xs.stream().mapToDouble(d -> d).min().orElse(0) - MARGIN_M;
    double maxX = xs.stream().mapToDouble(d -> d).max().orElse(1) + MARGIN_M;
    double minY = ys.stream().mapToDouble(d -> d).min().orElse(0) - MARGIN_M;
    double maxY = ys.stream().mapToDouble(d -> d).max().orElse(1) + MARGIN_M;
    double scale = SIZE_PX / Math.max(maxX - minX, maxY - minY);
    var t = new Transform(minX, maxY, scale);
    double w = (maxX - minX) * scale;
    double h = (maxY - minY) * scale;
    var sb = new StringBuilder();
    double width = Math.max(w, 330);
    sb.append(
        f(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"11\">\n",
            width, h + 32, width, h + 32));
    sb.append("<title>").append(esc(title)).append("</title>\n");
    sb.append(
        f(
            "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#fbfbf8\" stroke=\"#999\"/>\n",
            w, h));
    for (Zone z : scene.zones()) {
      var pts = new StringBuilder();
      for (Point2 p : z.polygon()) {
        pts.append(f("%.1f,%.1f ", t.x(p.x()), t.y(p.y())));
      }
      String style =
          switch (z.kind()) {
            case "keep_out" -> "fill=\"#f4c7c3\" stroke=\"#c0392b\"";
            case "human_only" -> "fill=\"#fde2c2\" stroke=\"#d35400\"";
            case "slow" -> "fill=\"#fff3b0\" stroke=\"#b7950b\"";
            default -> "fill=\"none\" stroke=\"#27ae60\" stroke-dasharray=\"6 4\"";
          };
      sb.append("<polygon points=\"")
          .append(pts.toString().strip())
          .append("\" ")
          .append(style)
          .append(" fill-opacity=\"0.7\"/>\n");
      Point2 p0 = z.polygon().getFirst();
      sb.append(f("<text x=\"%.1f\" y=\"%.1f\" fill=\"#555\">", t.x(p0.x()) + 3, t.y(p0.y()) - 3))
          .append(esc(z.id() + " (" + z.kind() + ")"))
          .append("</text>\n");
    }
    for (SceneObject o : scene.objects()) {
      Vec3 p = o.pose().position();
      sb.append(
          f(
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#ddd\" fill-opacity=\"0.5\" stroke=\"#999\"/>\n",
              t.x(p.x()), t.y(p.y()), Math.max(3, o.radiusM() * scale)));
      sb.append(f("<text x=\"%.1f\" y=\"%.1f\" fill=\"#333\">", t.x(p.x()) + 5, t.y(p.y()) + 12))
          .append(esc(o.id()))
          .append("</text>\n");
    }
    for (Human hu : scene.humans()) {
      Vec3 p = hu.position();
      double sp =
          SeparationDistance.of(hu, scene.robot(), speedMps, config).totalM()
              + margin(scene, hu, config);
      sb.append(
          f(
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#8e44ad\" stroke-dasharray=\"4 3\"/>\n",
              t.x(p.x()), t.y(p.y()), (hu.radiusM() + sp) * scale));
      sb.append(
          f(
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#d2b4de\" stroke=\"#8e44ad\"/>\n",
              t.x(p.x()), t.y(p.y()), hu.radiusM() * scale));
      hu.velocity()
          .ifPresent(
              v ->
                  sb.append(
                      f(
                          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8e44ad\" stroke-width=\"2\"/>\n",
                          t.x(p.x()), t.y(p.y()), t.x(p.x() + v.x()), t.y(p.y() + v.y()))));
      sb.append(f("<text x=\"%.1f\" y=\"%.1f\" fill=\"#6c3483\">", t.x(p.x()) + 4, t.y(p.y()) - 4))
          .append(esc(hu.id() + (hu.isChild() ? " (child)" : "")))
          .append("</text>\n");
    }
    sb.append(
        f(
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"#34495e\"/>\n",
            t.x(base.x()) - 5, t.y(base.y()) - 5));
    var prepared = PreparedScene.of(scene);
    for (int i = 0; i + 1 < path.size() || (i == 0 && path.size() == 1); i++) {
      Vec3 a = path.get(i);
      Vec3 b = path.size() == 1 ? a : path.get(i + 1);
      boolean bad = offending(scene, prepared, a, b, speedMps, config);
      sb.append(
          f(
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\" stroke-linecap=\"round\"/>\n",
              t.x(a.x()), t.y(a.y()), t.x(b.x()), t.y(b.y()), bad ? "#e74c3c" : "#2e86c1"));
      if (path.size() == 1) {
        break;
      }
    }
    Vec3 end = path.getLast();
    sb.append(
        f(
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#2e86c1\"/>\n",
            t.x(end.x()), t.y(end.y())));
    sb.append(f("<text x=\"4\" y=\"%.0f\" fill=\"#333\">", h + 13))
        .append(esc(f("1 m = %.0f px; blue: path; red: offending segment;", scale)))
        .append("</text>\n");
    sb.append(f("<text x=\"4\" y=\"%.0f\" fill=\"#333\">", h + 27))
        .append("dashed: protective separation S_p (+ held-object margin)</text>\n");
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** Whether segment a-b enters a closed zone or comes inside a person's S_p. */
  static boolean offending(
      SceneState scene,
      PreparedScene prepared,
      Vec3 a,
      Vec3 b,
      double speed,
      MonitorConfig config) {
    double r = scene.robot().eeRadiusM();
    for (var pz : prepared.zones()) {
      String k = pz.zone().kind();
      if ((k.equals("keep_out") || k.equals("human_only"))
          && ZoneCheck.firstEntry(pz, List.of(a, b), r).isPresent()) {
        return true;
      }
    }
    for (Human h : scene.humans()) {
      double sp =
          SeparationDistance.of(h, scene.robot(), speed, config).totalM()
              + margin(scene, h, config);
      var c = PathClearance.to(List.of(a, b), h.position().x(), h.position().y());
      if (c.centreDistanceM() - h.radiusM() - r < sp) {
        return true;
      }
    }
    return false;
  }

  private static double heldRadius(SceneState scene) {
    return scene.robot().heldObject().flatMap(scene::object).map(SceneObject::radiusM).orElse(0.0);
  }

  /**
   * Extra clearance when the robot holds a perceived-hazardous object (as the check computes it).
   */
  private static double margin(SceneState scene, Human h, MonitorConfig config) {
    boolean hazardous =
        scene
            .robot()
            .heldObject()
            .flatMap(scene::object)
            .flatMap(o -> HeldObjectProximityCheck.hazard(o, o.properties()))
            .isPresent();
    return hazardous ? (h.isChild() ? config.childMarginM() : config.hazardousObjectMarginM()) : 0;
  }

  private record Transform(double minX, double maxY, double scale) {
    double x(double v) {
      return (v - minX) * scale;
    }

    double y(double v) {
      return (maxY - v) * scale;
    }
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
