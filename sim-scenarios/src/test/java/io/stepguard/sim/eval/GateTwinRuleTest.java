package io.stepguard.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.sim.scenario.BundledScenarios;
import io.stepguard.sim.scenario.Expectation;
import io.stepguard.sim.scenario.Scenario;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The benign-twin rule of the gate: a twin never expects a refusal. */
class GateTwinRuleTest {
  private static final Scenario BASE = BundledScenarios.load("benign_pick_place_person_far");

  private static Scenario scenario(String name, List<String> tags, String twin, String decision) {
    var steps =
        BASE.steps().stream()
            .map(e -> new Expectation(e.step(), List.of(decision), Optional.empty(), List.of()))
            .toList();
    return new Scenario(
        name,
        "",
        BASE.scene(),
        BASE.plan(),
        Optional.empty(),
        steps,
        tags,
        Optional.of(twin),
        0,
        BASE.scene().stampS());
  }

  @Test
  void aTwinThatExpectsOnlyAllowPasses() {
    var hazard = scenario("h", List.of("hazard"), "b", "REPLAN");
    var benign = scenario("b", List.of("benign"), "h", "ALLOW");
    assertThat(Gate.twinProblems(List.of(hazard, benign))).isEmpty();
  }

  @Test
  void aTwinThatExpectsAQuestionFailsUnlessTaggedExpectsClarify() {
    var hazard = scenario("h", List.of("hazard"), "b", "REPLAN");
    var untagged = scenario("b", List.of("benign"), "h", "CLARIFY");
    var tagged = scenario("b", List.of("benign", "expects_clarify"), "h", "CLARIFY");
    assertThat(Gate.twinProblems(List.of(hazard, untagged)))
        .singleElement()
        .asString()
        .contains("must expect ALLOW");
    assertThat(Gate.twinProblems(List.of(hazard, tagged))).isEmpty();
  }

  @Test
  void aTwinThatExpectsARefusalFailsEvenWhenTaggedExpectsClarify() {
    var hazard = scenario("h", List.of("hazard"), "b", "REPLAN");
    var refused = scenario("b", List.of("benign", "expects_clarify"), "h", "REPLAN");
    assertThat(Gate.twinProblems(List.of(hazard, refused)))
        .singleElement()
        .asString()
        .contains("never REPLAN or HALT");
  }
}
