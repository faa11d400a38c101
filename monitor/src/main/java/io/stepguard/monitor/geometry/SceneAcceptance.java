package io.stepguard.monitor.geometry;

import io.stepguard.model.SceneState;
import io.stepguard.model.Zone;
import io.stepguard.model.json.Problem;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The checks on a scene that need JTS: every zone polygon must be simple (no self-intersection) and
 * of non-zero area. Problems carry the JSON pointer of the polygon and where it fails.
 */
public final class SceneAcceptance {
  private SceneAcceptance() {}

  /** Every problem found; empty when the scene is acceptable. O(total vertices log n). */
  public static List<Problem> problems(SceneState scene) {
    var out = new ArrayList<Problem>();
    for (int i = 0; i < scene.zones().size(); i++) {
      Zone z = scene.zones().get(i);
      var poly = PreparedScene.polygon(z.polygon());
      var op = new IsValidOp(poly);
      String pointer = "/zones/" + i + "/polygon";
      if (!op.isValid()) {
        var err = op.getValidationError();
        var c = err.getCoordinate();
        out.add(
            new Problem(
                pointer,
                "a simple polygon (edges meet only at consecutive vertices)",
                err.getMessage().toLowerCase(java.util.Locale.ROOT)
                    + (c == null
                        ? ""
                        : String.format(
                            java.util.Locale.ROOT, " at or near (%.3f, %.3f)", c.x, c.y))));
      } else if (poly.getArea() <= 0) {
        out.add(new Problem(pointer, "a polygon with non-zero area", "zero area"));
      }
    }
    return out;
  }
}
