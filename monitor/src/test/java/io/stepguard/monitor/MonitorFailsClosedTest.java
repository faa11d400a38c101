package io.stepguard.monitor;

import static io.stepguard.monitor.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Point2;
import io.stepguard.model.SceneState;
import io.stepguard.model.Zone;
import io.stepguard.monitor.check.StepCheck;
import io.stepguard.monitor.geometry.SceneAcceptance;
import io.stepguard.monitor.semantic.ObjectKnowledge;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonitorFailsClosedTest {
  private static final SceneState EMPTY_ROOM =
      scene(
          robot(0, 0, 1, 0.05), List.of(), List.of(object("cup1", "cup", 0.5, 0, 0.9)), List.of());
  private static final io.stepguard.model.ActionPlan PICK_CUP =
      plan(step(0, "pick", "cup1"), step(1, "put", "cup1", "cup1"));

  @Test
  void benignPlanInAFreshSceneIsAllowed() {
    try (var m = Fixtures.monitor()) {
      assertThat(m.judge(PICK_CUP, EMPTY_ROOM).steps().getFirst().decision())
          .isEqualTo(Decision.ALLOW);
    }
  }

  @Test
  void haltsEveryStepWithoutAScene() {
    try (var m = Fixtures.monitor()) {
      var j = m.judge(PICK_CUP, Optional.empty(), 10.0);
      assertThat(j.steps())
          .allSatisfy(
              v -> {
                assertThat(v.decision()).isEqualTo(Decision.HALT);
                assertThat(v.hazard()).isEqualTo(HazardCategory.STALE_SCENE);
              });
      assertThat(j.allowedPrefix()).isZero();
    }
  }

  @Test
  void haltsEveryStepWhenTheSceneIsOlderThanTheTimeout() {
    try (var m = Fixtures.monitor()) {
      var fresh = m.judge(PICK_CUP, Optional.of(EMPTY_ROOM), 10.5);
      var stale = m.judge(PICK_CUP, Optional.of(EMPTY_ROOM), 10.51);
      assertThat(fresh.steps().getFirst().decision()).isEqualTo(Decision.ALLOW);
      assertThat(stale.steps()).allSatisfy(v -> assertThat(v.decision()).isEqualTo(Decision.HALT));
      assertThat(stale.steps().getFirst().facts().getFirst().statement()).contains("0.510 s old");
    }
  }

  @Test
  void selfIntersectingZoneIsReportedAndNothingIsAllowed() {
    var bowTie =
        new Zone(
            "bow",
            "keep_out",
            "map",
            List.of(new Point2(0, 0), new Point2(1, 1), new Point2(1, 0), new Point2(0, 1)),
            0,
            2,
            0);
    var scene =
        scene(
            robot(0, 0, 1, 0.05),
            List.of(),
            List.of(object("cup1", "cup", 0.5, 0, 0.9)),
            List.of(bowTie));
    assertThat(SceneAcceptance.problems(scene))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo("/zones/0/polygon");
              assertThat(p.found()).contains("self-intersection").contains("(0.500, 0.500)");
            });
    try (var m = Fixtures.monitor()) {
      assertThat(m.judge(PICK_CUP, scene).steps())
          .allSatisfy(v -> assertThat(v.hazard()).isEqualTo(HazardCategory.INVALID_INPUT));
    }
  }

  @Test
  void aCheckThatThrowsHaltsTheStepWithTheReason() {
    StepCheck broken =
        new StepCheck() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public List<io.stepguard.monitor.check.Finding> evaluate(
              io.stepguard.monitor.check.StepContext ctx,
              io.stepguard.monitor.check.FactSheet facts) {
            throw new IllegalStateException("model returned garbage");
          }
        };
    try (var m =
        new JudgementCore(
            CONFIG, ObjectKnowledge.PERCEIVED_ONLY, List.of(broken), List.of(), () -> {})) {
      var v = m.judge(PICK_CUP, EMPTY_ROOM).steps().getFirst();
      assertThat(v.decision()).isEqualTo(Decision.HALT);
      assertThat(v.hazard()).isEqualTo(HazardCategory.MODEL_FAILURE);
      assertThat(v.facts().getFirst().statement()).contains("model returned garbage");
    }
  }
}
