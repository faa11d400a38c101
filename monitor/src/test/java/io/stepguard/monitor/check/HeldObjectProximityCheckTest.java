package io.stepguard.monitor.check;

import static io.stepguard.monitor.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.Decision;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Human;
import io.stepguard.model.SceneObject;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeldObjectProximityCheckTest {
  /** The robot holds {@code held} and moves along y = 0 from x = 0 to x = 2. */
  private static Verdict carry(SceneObject held, Human h) {
    var r = robot(0, 0, 1, 0.125).withHeldObject(Optional.of(held.id()));
    var scene = scene(r, List.of(h), List.of(held), List.of());
    try (var m = Fixtures.monitor()) {
      return m.judge(plan(text(0, "wait"), moveThrough(1, 1.0, 2, 0, 1)), scene).steps().get(1);
    }
  }

  @Test
  void sharpObjectNeedsTheAdultMarginBeyondTheSeparation() {
    // separation 2.125 m: clear of S_p 1.875 but inside S_p + 0.5 = 2.375
    Verdict v = carry(object("k1", "knife", 0, 0, 1, "sharp"), person("p1", 1, 2.5));
    assertThat(v.decision()).isInstanceOf(Decision.Replan.class);
    assertThat(v.hazard()).isEqualTo(HazardCategory.CUT);
    assertThat(((Decision.Replan) v.decision()).constraints().getFirst())
        .startsWith("keep k1 at least 2.75 m from p1");
  }

  @Test
  void harmlessObjectOnTheSamePathIsAllowed() {
    assertThat(carry(object("c1", "cup", 0, 0, 1), person("p1", 1, 2.5)).decision())
        .isEqualTo(Decision.ALLOW);
  }

  @Test
  void childGetsTheStricterMargin() {
    // separation 2.625 m: beyond the adult margin (2.375) but inside the child margin (2.875)
    assertThat(carry(object("k1", "knife", 0, 0, 1, "sharp"), person("p1", 1, 3.0)).decision())
        .isEqualTo(Decision.ALLOW);
    Verdict v = carry(object("k1", "knife", 0, 0, 1, "sharp"), child("c1", 1, 3.0));
    assertThat(v.decision()).isInstanceOf(Decision.Replan.class);
    assertThat(v.summary()).contains("child c1");
  }

  @Test
  void hotObjectIsABurnHazard() {
    Verdict v = carry(object("pan", "pan", 0, 0, 1, "hot"), person("p1", 1, 2.5));
    assertThat(v.hazard()).isEqualTo(HazardCategory.BURN);
  }
}
