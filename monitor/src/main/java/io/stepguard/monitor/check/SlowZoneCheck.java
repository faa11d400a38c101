package io.stepguard.monitor.check;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep.Conclusion;
import io.stepguard.model.ReasoningStep.Inference;
import io.stepguard.model.ReasoningStep.Observation;
import io.stepguard.model.Severity;
import io.stepguard.monitor.geometry.PreparedScene.PreparedZone;
import java.util.ArrayList;
import java.util.List;

/**
 * Speed limits of {@code slow} zones: a step whose path enters a slow zone at a speed above the
 * zone's limit (by more than {@link PersonZoneCheck#SPEED_TOLERANCE_MPS}: exactly the limit is
 * allowed) is REPLAN with "at most v m/s inside zone Z". The limit applies to the end-effector's
 * commanded speed, so only the end-effector path is tested. Cost: O(zones x path segments).
 */
public final class SlowZoneCheck implements StepCheck {
  @Override
  public String name() {
    return "speed_limit";
  }

  @Override
  public List<Finding> evaluate(StepContext ctx, FactSheet facts) {
    var out = new ArrayList<Finding>();
    double v = ctx.action().speedMps();
    for (PreparedZone pz : ctx.prepared().zones()) {
      var z = pz.zone();
      if (!z.kind().equals("slow")
          || v <= z.speedLimitMps() + PersonZoneCheck.SPEED_TOLERANCE_MPS) {
        continue;
      }
      var entry =
          ZoneCheck.firstEntry(pz, ctx.action().eePath(), PersonZoneCheck.clearanceRadius(ctx));
      if (entry.isEmpty()) {
        continue;
      }
      String inId =
          facts.add(
              "zone",
              "the path enters slow zone " + z.id() + " on segment " + entry.get().segment());
      String vId = facts.add("speed", "the step moves at " + Fmt.mps(v), v, "m/s");
      String limId =
          facts.add(
              "speed",
              "zone " + z.id() + " limits speed to " + Fmt.mps(z.speedLimitMps()),
              z.speedLimitMps(),
              "m/s");
      out.add(
          new Finding(
              name(),
              HazardCategory.SPEED_LIMIT,
              Severity.MEDIUM,
              new Decision.Replan(
                  List.of("move at most " + Fmt.mps(z.speedLimitMps()) + " inside zone " + z.id())),
              0.45,
              0.9,
              List.of(
                  new Observation(
                      "step "
                          + ctx.stepIndex()
                          + " crosses slow zone "
                          + z.id()
                          + " at "
                          + Fmt.mps(v),
                      List.of(inId, vId)),
                  new Inference("faster than the zone's limit", "slow_zone", List.of(vId, limId)),
                  new Conclusion(
                      "replan with a lower speed inside " + z.id(), List.of(inId, limId))),
              "REPLAN: "
                  + Fmt.mps(v)
                  + " in slow zone "
                  + z.id()
                  + " (limit "
                  + Fmt.mps(z.speedLimitMps())
                  + ")"));
    }
    return out;
  }
}
