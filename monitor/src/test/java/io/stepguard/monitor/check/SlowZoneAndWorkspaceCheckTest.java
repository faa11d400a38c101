package io.stepguard.monitor.check;

import static io.stepguard.monitor.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Verdict;
import io.stepguard.model.Zone;
import io.stepguard.monitor.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlowZoneAndWorkspaceCheckTest {
  private static Verdict move(List<Zone> zones, double speed, double... xyz) {
    var scene = scene(robot(0, 0, 1, 0.05), List.of(), List.of(), zones);
    try (var m = Fixtures.monitor()) {
      return m.judge(plan(text(0, "wait"), moveThrough(1, speed, xyz)), scene).steps().get(1);
    }
  }

  /** Slow zone x in [1, 2], y in [-1, 1], limit 0.25 m/s. */
  private static final Zone SLOW = zone("slow1", "slow", 0, 2, 1, -1, 2, -1, 2, 1, 1, 1);

  @ParameterizedTest(name = "crossing at {0} m/s: {1}")
  @CsvSource({"0.25, ALLOW", "0.2, ALLOW", "0.3, REPLAN", "1.0, REPLAN"})
  void slowZoneLimitsTheSpeedOfPathsThatCrossIt(double speed, String expected) {
    Verdict v = move(List.of(SLOW), speed, 3, 0, 1);
    assertThat(v.decision().kind()).isEqualTo(expected);
    if (expected.equals("REPLAN")) {
      assertThat(v.hazard()).isEqualTo(HazardCategory.SPEED_LIMIT);
      assertThat(((Decision.Replan) v.decision()).constraints())
          .containsExactly("move at most 0.25 m/s inside zone slow1");
    }
  }

  @ParameterizedTest(name = "path to ({0}, {1}): {2}")
  @CsvSource({"1.5, 0.5, ALLOW", "2.0, 2.0, ALLOW", "2.5, 0.5, REPLAN", "1.0, -0.5, REPLAN"})
  void workspaceContainsEveryPathSegmentIncludingItsBoundary(double x, double y, String expected) {
    Zone cell = zone("cell", "workspace", 0, 3, -0.5, 0, 2, 0, 2, 2, -0.5, 2);
    Verdict v = move(List.of(cell), 0.5, x, y, 1);
    assertThat(v.decision().kind()).isEqualTo(expected);
  }
}
