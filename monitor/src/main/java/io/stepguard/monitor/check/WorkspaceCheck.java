package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep.Conclusion;
import io.stepguard.model.ReasoningStep.Observation;
import io.stepguard.model.Severity;
import io.stepguard.model.Vec3;
import io.stepguard.monitor.geometry.PreparedScene;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * When the scene declares workspace zones, the end-effector path must stay inside their union
 * (planar; a point on the boundary is inside). REPLAN with "keep the end-effector inside the
 * workspace" otherwise. Cost: O(path segments) prepared covers tests. Stateless.
 */
public final class WorkspaceCheck implements StepCheck {
  @Override
  public String name() {
    return "workspace";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    if (!ctx.config().workspaceCheck() || ctx.prepared().workspace().isEmpty()) {
      return List.of();
    }
    var ws = ctx.prepared().workspace().get();
    List<Vec3> path = ctx.action().eePath();
    for (int i = 0; i < path.size(); i++) {
      Vec3 a = path.get(i);
      boolean covered;
      if (i + 1 < path.size()) {
        Vec3 b = path.get(i + 1);
        covered =
            ws.covers(
                PreparedScene.factory()
                    .createLineString(
                        new Coordinate[] {
                          new Coordinate(a.x(), a.y()), new Coordinate(b.x(), b.y())
                        }));
      } else {
        covered = ws.covers(PreparedScene.point(a.x(), a.y()));
      }
      if (!covered) {
        String id =
            facts.add(
                "zone",
                "the end-effector path leaves the workspace on segment "
                    + i
                    + " from "
                    + Fmt.xy(a.x(), a.y()));
        return List.of(
            new Finding(
                name(),
                HazardCategory.WORKSPACE,
                Severity.MEDIUM,
                new Decision.Replan(List.of("keep the end-effector inside the workspace zones")),
                0.5,
                0.9,
                List.of(
                    new Observation(
                        "step " + ctx.stepIndex() + " leaves the workspace", List.of(id)),
                    new Conclusion(
                        "motion outside the declared workspace is not allowed", List.of(id))),
                "REPLAN: path leaves the workspace"));
      }
    }
    return List.of();
  }
}
