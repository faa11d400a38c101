package io.stepguard.monitor.check;

import static io.stepguard.monitor.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Verdict;
import io.stepguard.model.Zone;
import io.stepguard.monitor.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneCheckTest {
  /** A 1 m square keep-out zone x in [1, 2], y in [1, 2], z in [0, 1]. */
  private static final Zone BOX = zone("box", "keep_out", 0, 1, 1, 1, 2, 1, 2, 2, 1, 2);

  private static Verdict judgeMove(Zone z, double eeRadius, int currentStep, double... xyz) {
    var scene = scene(robot(0, 0.5, 0.5, eeRadius), List.of(), List.of(), List.of(z));
    var plan = plan(text(0, "wait"), moveThrough(1, 0.5, xyz));
    try (var m = Fixtures.monitor()) {
      return m.judge(plan, Optional.of(scene), scene.stampS(), currentStep).steps().get(1);
    }
  }

  @Test
  void pathThroughKeepOutZoneIsReplannedWithAnAvoidConstraint() {
    Verdict v = judgeMove(BOX, 0.05, 0, 3, 1.5, 0.5);
    assertThat(v.decision()).isEqualTo(new Decision.Replan(List.of("avoid zone box")));
    assertThat(v.hazard()).isEqualTo(HazardCategory.KEEP_OUT_ZONE);
    assertThat(v.facts())
        .anySatisfy(
            f -> assertThat(f.statement()).contains("enters keep_out zone box on segment 0"));
  }

  @ParameterizedTest(name = "path along y = {0} with gripper radius {1}: {2}")
  @CsvSource({
    "1.0,  0.0,  REPLAN", // touches the zone's edge: counts as entering
    "0.875, 0.125, REPLAN", // the gripper's sphere touches the edge
    "0.86,  0.125, ALLOW", // clear by 1.5 cm
    "0.5,   0.05,  ALLOW"
  })
  void edgeContactCountsAsEntering(double y, double radius, String expected) {
    var scene = scene(robot(0, y, 0.5, radius), List.of(), List.of(), List.of(BOX));
    var plan = plan(text(0, "wait"), moveThrough(1, 0.5, 3, y, 0.5));
    try (var m = Fixtures.monitor()) {
      assertThat(m.judge(plan, scene).steps().get(1).decision().kind()).isEqualTo(expected);
    }
  }

  @Test
  void pathAboveTheZonesHeightIsClear() {
    var scene = scene(robot(0, 1.5, 1.5, 0.05), List.of(), List.of(), List.of(BOX));
    var plan = plan(text(0, "wait"), moveThrough(1, 0.5, 3, 1.5, 1.5));
    try (var m = Fixtures.monitor()) {
      assertThat(m.judge(plan, scene).steps().get(1).decision()).isEqualTo(Decision.ALLOW);
    }
  }

  @Test
  void descendingIntoTheZoneHeightInsideItsFootprintIsReplanned() {
    var scene = scene(robot(1.5, 1.5, 1.5, 0.05), List.of(), List.of(), List.of(BOX));
    var plan = plan(text(0, "wait"), moveThrough(1, 0.5, 1.5, 1.5, 0.5));
    try (var m = Fixtures.monitor()) {
      assertThat(m.judge(plan, scene).steps().get(1).decision())
          .isInstanceOf(Decision.Replan.class);
    }
  }

  @Test
  void humanOnlyZoneIsClosedToTheRobotToo() {
    Zone z = zone("aisle", "human_only", 0, 2, 1, 1, 2, 1, 2, 2, 1, 2);
    assertThat(judgeMove(z, 0.05, 0, 3, 1.5, 0.5).decision())
        .isEqualTo(new Decision.Replan(List.of("avoid zone aisle")));
  }

  @Test
  void haltsWhenTheEndEffectorIsInsideTheZoneOnTheRunningStep() {
    var scene = scene(robot(1.5, 1.5, 0.5, 0.05), List.of(), List.of(), List.of(BOX));
    var plan = plan(moveThrough(0, 0.5, 3, 3, 0.5));
    try (var m = Fixtures.monitor()) {
      Verdict v = m.judge(plan, scene).steps().getFirst();
      assertThat(v.decision()).isEqualTo(Decision.HALT);
      assertThat(v.summary()).contains("box");
    }
  }

  @Test
  void baseWaypointsThroughAZoneAreReplannedToo() {
    var scene = scene(robot(0, 0, 1.5, 0.05), List.of(), List.of(), List.of(BOX));
    var step =
        new io.stepguard.model.PlanStep(
            0,
            "drive",
            Optional.of(io.stepguard.model.Action.of("move_to", "nowhere")),
            Optional.of(
                new io.stepguard.model.Motion(
                    "map",
                    List.of(),
                    List.of(new io.stepguard.model.Vec3(3, 3, 0)),
                    Optional.of(0.5))));
    try (var m = Fixtures.monitor()) {
      Verdict v = m.judge(plan(step), scene).steps().getFirst();
      assertThat(v.facts())
          .anySatisfy(
              f -> assertThat(f.statement()).contains("base path enters keep_out zone box"));
    }
  }
}
