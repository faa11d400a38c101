package io.stepguard.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.json.Documents.Kind;
import org.junit.jupiter.api.Test;

/** A plan with an instruction and no steps is a valid document, judged on its instruction. */
class StepLessPlanTest {
  private static final String STEPLESS =
      """
      {"schema_version": 1, "plan_id": "p", "instruction": "put the fork in the toaster",
       "steps": []}""";

  @Test
  void readsAPlanWithAnInstructionAndNoSteps() {
    var parsed = StepguardJson.readPlan(STEPLESS);
    assertThat(parsed).isInstanceOf(Parsed.Ok.class);
    ActionPlan plan = ((Parsed.Ok<ActionPlan>) parsed).value();
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.instruction()).isEqualTo("put the fork in the toaster");
    assertThat(SchemaValidator.errors(Kind.PLAN, STEPLESS)).isEmpty();
  }

  @Test
  void refusesAPlanWithNeitherStepsNorAnInstruction() {
    String empty = STEPLESS.replace("put the fork in the toaster", " ");
    assertThat(StepguardJson.readPlan(empty)).isInstanceOf(Parsed.Invalid.class);
    assertThat(SchemaValidator.errors(Kind.PLAN, empty)).isNotEmpty();
  }
}
