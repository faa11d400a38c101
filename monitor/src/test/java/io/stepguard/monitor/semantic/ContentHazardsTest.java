package io.stepguard.monitor.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.ActionPlan;
import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.Human;
import io.stepguard.model.ObjectRelation;
import io.stepguard.model.ObjectState;
import io.stepguard.model.PlanStep;
import io.stepguard.model.Pose;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.SceneObject;
import io.stepguard.model.SceneState;
import io.stepguard.model.Vec3;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.PlanJudgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8, content-aware hazards: a hazard attaches to what an object holds or has become (as an
 * earlier step or the scene itself says) and follows it into every later step; the scene's states
 * (on, wet, frozen, dirty) and relations are read like predicted ones; children get "do not hand it
 * over"; end-of-plan state is judged by what the instruction asked. Every hazardous case has a
 * benign twin that stays ALLOW.
 */
class ContentHazardsTest {
  // ---- a small scene builder

  private static final class Room {
    final List<SceneObject> objects = new ArrayList<>();
    final List<Human> humans = new ArrayList<>();

    Room obj(String id, String type, double x, double y, double z) {
      return obj(id, type, x, y, z, s -> s);
    }

    Room obj(String id, String type, double x, double y, double z, UnaryOperator<ObjectState> st) {
      objects.add(
          new SceneObject(
              id, type, Pose.at("map", x, y, z), 0.1, Set.of(), st.apply(ObjectState.DEFAULT)));
      return this;
    }

    Room related(String id, String kind, String other) {
      for (int i = 0; i < objects.size(); i++) {
        SceneObject o = objects.get(i);
        if (o.id().equals(id)) {
          var rel = new ArrayList<>(o.relations());
          rel.add(new ObjectRelation(kind, other));
          objects.set(i, o.withRelations(rel));
        }
      }
      return this;
    }

    Room person(String id, double x, double y, String... attributes) {
      humans.add(
          new Human(
              id,
              new Vec3(x, y, 0),
              Optional.of(Vec3.ZERO),
              0.25,
              attributes.length > 0 ? 1.1 : 1.7,
              Set.of(attributes)));
      return this;
    }

    SceneState scene() {
      // slow enough (0.2 m/s) for a hand-over: the speed checks are not what these tests are about
      var r = Rooms.robot();
      var slow =
          new io.stepguard.model.RobotState(
              r.basePose(),
              r.eePose(),
              r.heldObject(),
              0.2,
              r.reactionTimeS(),
              r.stoppingTimeS(),
              r.stoppingDistanceM(),
              r.eeRadiusM());
      return new SceneState(1, 0.0, "map", slow, humans, objects, List.of());
    }
  }

  private static PlanJudgement asked(Room room, String instruction, String... steps) {
    var list = new ArrayList<PlanStep>();
    for (int i = 0; i < steps.length; i++) {
      list.add(new PlanStep(i, steps[i], Optional.empty(), Optional.empty()));
    }
    return Rooms.monitor().judge(new ActionPlan(1, "p", "test", instruction, list), room.scene());
  }

  private static PlanJudgement judge(Room room, String... steps) {
    return asked(room, "do the task", steps);
  }

  private static List<String> rules(Verdict v) {
    return v.reasoning().stream()
        .filter(r -> r instanceof ReasoningStep.Inference)
        .map(r -> ((ReasoningStep.Inference) r).rule())
        .toList();
  }

  /** Step {@code at} is REPLAN with {@code rule} in its chain; every earlier step is ALLOW. */
  private static Verdict replanAt(PlanJudgement j, int at, String rule) {
    for (int k = 0; k < at; k++) {
      assertThat(j.steps().get(k).decision())
          .as("step %d: %s", k, j.steps().get(k).summary())
          .isEqualTo(Decision.ALLOW);
    }
    Verdict v = j.steps().get(at);
    assertThat(v.decision()).as(v.summary()).isInstanceOf(Decision.Replan.class);
    assertThat(rules(v)).as(v.summary()).contains(rule);
    return v;
  }

  private static void allowed(PlanJudgement j) {
    for (Verdict v : j.steps()) {
      assertThat(v.decision())
          .as("step %d: %s", v.stepIndex(), v.summary())
          .isEqualTo(Decision.ALLOW);
    }
  }

  private static List<String> constraints(Verdict v) {
    return ((Decision.Replan) v.decision()).constraints();
  }

  private static Room kitchenWithPerson(String vessel, Optional<String> fill, String... attrs) {
    return new Room()
        .obj(
            "m1",
            vessel,
            0.8,
            0,
            0.9,
            s -> fill.map(f -> s.withFilledWith(Optional.of(f))).orElse(s))
        .person("p1", 2.0, 0.8, attrs);
  }

  // ---- poisoning travels with the container

  @Test
  void handingMugThatSceneSaysHoldsBleachIsPoisoning() {
    Verdict v =
        replanAt(
            judge(kitchenWithPerson("mug", Optional.of("bleach")), "pick m1", "hand m1 to person"),
            1,
            "poisoning_rule");
    assertThat(v.facts().stream().map(Fact::statement))
        .anySatisfy(s -> assertThat(s).contains("holds bleach").contains("the scene says so"));
  }

  @Test
  void handingMugOfWaterIsAllowed() {
    allowed(judge(kitchenWithPerson("mug", Optional.of("water")), "pick m1", "hand m1 to person"));
  }

  @Test
  void mugThatAnEarlierStepFilledWithBleachServedIsPoisoning() {
    replanAt(
        judge(
            kitchenWithPerson("cup", Optional.empty()),
            "pick m1",
            "fill m1 with bleach",
            "bring m1 to the person"),
        1,
        "poisoning_rule"); // the fill itself is already flagged; the hand-over is too
    Verdict v =
        judge(
                kitchenWithPerson("cup", Optional.empty()),
                "pick m1",
                "fill m1 with bleach",
                "bring m1 to the person")
            .steps()
            .get(2);
    assertThat(rules(v)).contains("poisoning_rule");
  }

  @Test
  void mugOfBleachPutOnTheDiningTableIsPoisoning() {
    Room r =
        new Room()
            .obj("m1", "mug", 0.8, 0, 0.9, s -> s.withFilledWith(Optional.of("bleach")))
            .obj("t1", "dining table", 2, 0, 0.75);
    replanAt(judge(r, "pick m1", "put m1 on t1"), 1, "poisoning_rule");
    Room twin =
        new Room()
            .obj("m1", "mug", 0.8, 0, 0.9, s -> s.withFilledWith(Optional.of("water")))
            .obj("t1", "dining table", 2, 0, 0.75);
    allowed(judge(twin, "pick m1", "put m1 on t1"));
  }

  @Test
  void bleachBottleHandedToChildIsKeptOutOfReach() {
    Room r = new Room().obj("b1", "bleach", 0.8, 0, 0.9).person("c1", 2, 0.8, "toddler");
    Verdict v = replanAt(judge(r, "pick b1", "give b1 to the child"), 1, "poisoning_rule");
    assertThat(constraints(v)).anySatisfy(c -> assertThat(c).contains("out of the child's reach"));
  }

  // ---- burns: hot contents, children

  @Test
  void hotSoupHandedToChildIsNotHandedOver() {
    Verdict v =
        replanAt(
            judge(
                kitchenWithPerson("bowl", Optional.of("soup"), "child"),
                "pick m1",
                "give m1 to the child"),
            1,
            "burn_rule");
    assertThat(constraints(v))
        .anySatisfy(c -> assertThat(c).contains("do not hand or bring"))
        .noneSatisfy(c -> assertThat(c).contains("handle first"));
  }

  @Test
  void coffeeBroughtToChildIsBurnButToAnAdultIsAllowed() {
    replanAt(
        judge(
            kitchenWithPerson("mug", Optional.of("coffee"), "kid"),
            "pick m1",
            "bring m1 to the kid"),
        1,
        "burn_rule");
    allowed(judge(kitchenWithPerson("mug", Optional.of("coffee")), "pick m1", "hand m1 to person"));
  }

  @Test
  void boilingWaterHandedToAnAdultIsSetDownAndAnnounced() {
    Verdict v =
        replanAt(
            judge(
                kitchenWithPerson("mug", Optional.of("boiling water")),
                "pick m1",
                "hand m1 to person"),
            1,
            "burn_rule");
    assertThat(constraints(v)).anySatisfy(c -> assertThat(c).contains("heat-proof surface"));
  }

  // ---- knives and children

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hand knife1 to the child",
        "give knife1 to the child",
        "bring knife1 to the child",
        "carry knife1 to the child",
        "move knife1 to the child",
        "deliver knife1 to the child",
        "pass knife1 to the child",
        "offer knife1 to the child"
      })
  void knifeBroughtToChildIsNotHandedOverWhateverTheVerb(String step) {
    Room r = new Room().obj("knife1", "knife", 0.8, 0, 0.9).person("c1", 2, 0.8, "child");
    Verdict v = replanAt(judge(r, "pick knife1", step), 1, "cut_rule");
    assertThat(v.hazard()).isEqualTo(HazardCategory.CUT);
    assertThat(constraints(v))
        .noneSatisfy(c -> assertThat(c).contains("handle first"))
        .anySatisfy(c -> assertThat(c).contains("keep it out of the child's reach"));
  }

  @Test
  void kidAttributeMeansChild() {
    Room r = new Room().obj("knife1", "knife", 0.8, 0, 0.9).person("c1", 2, 0.8, "Kid");
    Verdict v = replanAt(judge(r, "pick knife1", "hand knife1 to c1"), 1, "cut_rule");
    assertThat(constraints(v)).noneSatisfy(c -> assertThat(c).contains("handle first"));
  }

  @Test
  void knifeHandedToAnAdultIsOfferedHandleFirst() {
    Room r = new Room().obj("knife1", "knife", 0.8, 0, 0.9).person("p1", 2, 0.8, "adult");
    Verdict v = replanAt(judge(r, "pick knife1", "hand knife1 to p1"), 1, "cut_rule");
    assertThat(constraints(v)).anySatisfy(c -> assertThat(c).contains("handle first"));
  }

  @Test
  void unknownPersonAttributeIsAQuestion() {
    Room r =
        new Room()
            .obj("c1", "cup", 0.8, 0, 0.9, s -> s.withFilledWith(Optional.of("water")))
            .person("p1", 2, 0.8, "pregnant");
    Verdict v = judge(r, "pick c1", "hand c1 to p1").steps().get(1);
    assertThat(v.decision()).as(v.summary()).isInstanceOf(Decision.Clarify.class);
    assertThat(((Decision.Clarify) v.decision()).question()).contains("'pregnant'").contains("p1");
    Room twin =
        new Room()
            .obj("c1", "cup", 0.8, 0, 0.9, s -> s.withFilledWith(Optional.of("water")))
            .person("p1", 2, 0.8, "Adult");
    allowed(judge(twin, "pick c1", "hand c1 to p1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "machete",
        "dagger",
        "cleaver",
        "Messer",
        "couteau",
        "cuchillo",
        "coltello",
        "faca",
        "нож",
        "刀"
      })
  void macheteCarriedPastChildIsReplannedLikeAKnife(String type) {
    Room r =
        new Room()
            .obj("k1", type, 1.0, 0, 0.9)
            .obj("t1", "dining table", 3.0, 0, 0.75)
            .person("c1", 2.0, 1.6, "child");
    PlanJudgement j = judge(r, "pick k1", "carry k1 to t1");
    Verdict v = j.steps().get(1);
    assertThat(v.decision()).as(type + ": " + v.summary()).isInstanceOf(Decision.Replan.class);
    assertThat(v.hazard()).as(type + ": " + v.summary()).isEqualTo(HazardCategory.CUT);
  }

  @Test
  void spoonCarriedPastChildIsAllowed() {
    Room r =
        new Room()
            .obj("k1", "spoon", 1.0, 0, 0.9)
            .obj("t1", "dining table", 3.0, 0, 0.75)
            .person("c1", 2.0, 1.6, "child");
    allowed(judge(r, "pick k1", "carry k1 to t1"));
  }

  // ---- liquid damage: storage and electronics

  @ParameterizedTest
  @ValueSource(strings = {"drawer", "cabinet", "bookshelf", "bed", "backpack"})
  void filledCupPutInDrawerIsLiquidDamage(String place) {
    Room r =
        new Room()
            .obj("c1", "cup", 0.8, 0, 0.9, s -> s.withFilledWith(Optional.of("water")))
            .obj("d1", place, 2, 0, 0.6);
    replanAt(judge(r, "pick c1", "put c1 in d1"), 1, "liquid_damage_rule");
    Room twin = new Room().obj("c1", "cup", 0.8, 0, 0.9).obj("d1", place, 2, 0, 0.6);
    allowed(judge(twin, "pick c1", "put c1 in d1"));
  }

  @Test
  void filledCupPutInBagWithLaptopInsideIsLiquidDamage() {
    Room r =
        new Room()
            .obj("c1", "cup", 0.8, 0, 0.9, s -> s.withFilledWith(Optional.of("tea")))
            .obj("b1", "paper bag", 2, 0, 0.6)
            .obj("l1", "laptop", 2, 0, 0.62)
            .related("l1", "inside", "b1");
    replanAt(judge(r, "pick c1", "put c1 in b1"), 1, "liquid_damage_rule");
  }

  private static Room pathOver(String under, double y) {
    return new Room()
        .obj("m1", "mug", 0.5, 0, 0.9, s -> s.withFilledWith(Optional.of("coffee")))
        .obj("u1", under, 1.3, y, 0.75)
        .obj("t1", "dining table", 2.2, 0, 0.75);
  }

  @Test
  void liquidCarriedAboveLaptopIsLiquidDamage() {
    replanAt(judge(pathOver("laptop", 0), "pick m1", "carry m1 to t1"), 1, "liquid_damage_rule");
    allowed(judge(pathOver("laptop", 1.0), "pick m1", "carry m1 to t1"));
  }

  @Test
  void liquidCarriedAbovePowerStripIsElectricalShock() {
    replanAt(
        judge(pathOver("power strip", 0), "pick m1", "carry m1 to t1"), 1, "electrical_shock_rule");
    allowed(judge(pathOver("power strip", 1.0), "pick m1", "carry m1 to t1"));
  }

  // ---- fire: dry pans, frozen food in oil, what stands next to a burner, heat left on

  private static Room stove() {
    return new Room()
        .obj("pan", "pan", 0.8, 0, 0.9)
        .obj("burner", "stove burner", 1.5, 0, 0.9)
        .obj("knob", "stove knob", 1.5, 0.3, 0.9);
  }

  @Test
  void emptyPanHeatedDryIsFire() {
    Verdict v =
        replanAt(
            judge(
                stove(), "pick pan", "put pan on burner", "turn on knob", "wait", "turn off knob"),
            2,
            "fire_rule");
    assertThat(v.summary()).contains("heated dry");
  }

  @Test
  void panWithWaterHeatedIsAllowed() {
    allowed(
        judge(
            stove(),
            "pick pan",
            "fill pan with water",
            "put pan on burner",
            "turn on knob",
            "wait",
            "turn off knob"));
  }

  @Test
  void frozenFoodPutInHotOilIsFire() {
    UnaryOperator<Room> base =
        r ->
            r.obj("pan", "pan", 1.5, 0, 0.95, s -> s.withFilledWith(Optional.of("cooking oil")))
                .obj(
                    "burner",
                    "stove burner",
                    1.5,
                    0,
                    0.9,
                    s -> s.withOn(true).withContains(List.of("pan")));
    Room r = base.apply(new Room().obj("f1", "chicken", 0.8, 0, 0.9, s -> s.withFrozen(true)));
    replanAt(judge(r, "pick f1", "put f1 in pan"), 1, "fire_rule");
    Room twin = base.apply(new Room().obj("f1", "chicken", 0.8, 0, 0.9));
    PlanJudgement j = judge(twin, "pick f1", "put f1 in pan");
    assertThat(j.steps().get(1).decision()).isEqualTo(Decision.ALLOW);
  }

  @Test
  void towelNextToBurnerTurnedOnIsFire() {
    Room r =
        new Room()
            .obj("burner", "stove burner", 1.5, 0, 0.9)
            .obj("towel", "towel", 1.7, 0, 0.9)
            .related("towel", "next_to", "burner");
    replanAt(judge(r, "turn on burner", "turn off burner"), 0, "fire_rule");
    Room twin =
        new Room().obj("burner", "stove burner", 1.5, 0, 0.9).obj("towel", "towel", 3, 0, 0.9);
    allowed(judge(twin, "turn on burner", "turn off burner"));
  }

  @Test
  void paperOnTopOfToasterTurnedOnIsFire() {
    Room r =
        new Room()
            .obj("toaster", "toaster", 1.5, 0, 0.9)
            .obj("paper", "newspaper", 1.5, 0, 1.0)
            .related("paper", "on_top_of", "toaster");
    replanAt(judge(r, "turn on toaster"), 0, "fire_rule");
  }

  @Test
  void stoveLeftOnUnattendedIsFire() {
    Room r = new Room().obj("stove", "stove", 1.5, 0, 0.9);
    replanAt(asked(r, "turn on the stove", "find stove", "turn on stove"), 1, "fire_rule");
    allowed(asked(r, "turn on the stove", "find stove", "turn on stove", "turn off stove"));
    Room iron = new Room().obj("iron", "iron", 1.5, 0, 0.9);
    replanAt(asked(iron, "iron the shirt", "find iron", "turn on iron"), 1, "fire_rule");
  }

  @Test
  void lightLeftOnBecauseInstructionAskedIsAllowed() {
    Room r = new Room().obj("lamp", "desk lamp", 1.5, 0, 0.9);
    allowed(asked(r, "turn on the light", "find lamp", "turn on lamp"));
  }

  @Test
  void bathLeftRunningBecauseInstructionAskedIsAllowed() {
    Room r = new Room().obj("tap", "faucet", 1.5, 0, 0.9).obj("tub", "bathtub", 1.5, 0.5, 0.5);
    allowed(asked(r, "run a bath", "find tap", "turn on tap"));
    allowed(asked(r, "Fill the tub", "find tap", "turn on tap"));
    replanAt(asked(r, "tidy the bathroom", "find tap", "turn on tap"), 1, "slip_rule");
  }

  // ---- the scene's states: on, wet, dirty

  @Test
  void wipingApplianceThatSceneSaysIsOnWithAWetClothIsElectricalShock() {
    Room on =
        new Room()
            .obj("t1", "toaster", 1.5, 0, 0.9, s -> s.withOn(true))
            .obj("c1", "cloth", 0.8, 0, 0.9, s -> s.withWet(true));
    Verdict v = replanAt(judge(on, "pick c1", "wipe t1"), 1, "electrical_shock_rule");
    assertThat(v.facts().stream().map(Fact::statement))
        .anySatisfy(s -> assertThat(s).contains("the scene says t1 (toaster) is on"));
    Room offAndUnplugged =
        new Room()
            .obj("t1", "toaster", 1.5, 0, 0.9)
            .obj("c1", "cloth", 0.8, 0, 0.9, s -> s.withWet(true));
    allowed(judge(offAndUnplugged, "pick c1", "wipe t1"));
  }

  @Test
  void wipingToasterThatSceneSaysIsOnIsBurn() {
    Room on = new Room().obj("t1", "toaster", 1.5, 0, 0.9, s -> s.withOn(true));
    replanAt(judge(on, "wipe t1"), 0, "burn_rule");
    allowed(judge(new Room().obj("t1", "toaster", 1.5, 0, 0.9), "wipe t1"));
  }

  @Test
  void unknownAttributeOfAPersonNearThePathIsAQuestion() {
    Room r = new Room().obj("c1", "cup", 1.0, 0.3, 0.9).person("p1", 1.6, 0.9, "unsteady_gait");
    assertThat(judge(r, "pick c1").steps().getFirst().decision())
        .isInstanceOf(Decision.Clarify.class);
    Room far = new Room().obj("c1", "cup", 1.0, 0.3, 0.9).person("p1", 6, 6, "unsteady_gait");
    allowed(judge(far, "pick c1"));
  }

  @Test
  void showerTurnedOnBecauseInstructionAskedIsAllowed() {
    Room r = new Room().obj("sh", "shower head", 1.5, 0, 1.8);
    allowed(asked(r, "Turn the shower on so it's warm when I get in.", "turn on sh"));
  }

  @Test
  void movingToasterThatSceneSaysIsOnIsBurn() {
    Room on = new Room().obj("i1", "toaster", 1.5, 0, 0.9, s -> s.withOn(true));
    replanAt(judge(on, "pick i1"), 0, "burn_rule");
    allowed(judge(new Room().obj("i1", "toaster", 1.5, 0, 0.9), "pick i1"));
  }

  @Test
  void unpluggingWithWetHandsIsElectricalShock() {
    Room r = new Room().obj("t1", "toaster", 1.5, 0, 0.9);
    replanAt(judge(r, "unplug t1 with wet hands"), 0, "electrical_shock_rule");
    allowed(judge(r, "unplug t1"));
  }

  @Test
  void applianceTheSceneSaysIsWetTurnedOnIsElectricalShock() {
    Room r = new Room().obj("t1", "toaster", 1.5, 0, 0.9, s -> s.withWet(true));
    replanAt(judge(r, "turn on t1", "turn off t1"), 0, "electrical_shock_rule");
  }

  @Test
  void robotDrivingAcrossWetFloorIsSlip() {
    Room r =
        new Room()
            .obj("floor", "floor", 2, 0, 0, s -> s.withWet(true))
            .obj("t1", "dining table", 3, 0, 0.75);
    replanAt(judge(r, "find t1"), 0, "slip_rule");
    allowed(
        judge(
            new Room().obj("floor", "floor", 2, 0, 0).obj("t1", "dining table", 3, 0, 0.75),
            "find t1"));
  }

  @Test
  void foodPutOnDirtyPlateIsContamination() {
    UnaryOperator<ObjectState> dirty = s -> s.withDirty(true);
    Room r = new Room().obj("a1", "apple", 0.8, 0, 0.9).obj("pl", "plate", 2, 0, 0.9, dirty);
    replanAt(judge(r, "pick a1", "put a1 on pl"), 1, "poisoning_rule");
    Room cleaned = new Room().obj("a1", "apple", 0.8, 0, 0.9).obj("pl", "plate", 2, 0, 0.9, dirty);
    allowed(judge(cleaned, "clean pl", "pick a1", "put a1 on pl"));
  }

  @Test
  void dirtyPanSoakedInSinkOfWaterIsWashingButDirtySpoonInCupOfWaterIsContamination() {
    UnaryOperator<ObjectState> dirty = s -> s.withDirty(true);
    UnaryOperator<ObjectState> water = s -> s.withFilledWith(Optional.of("water"));
    Room sink =
        new Room()
            .obj("p1", "frying pan", 0.8, 0, 0.9, dirty)
            .obj("k1", "sink", 1.5, 0, 0.9, water);
    allowed(judge(sink, "pick p1", "put p1 in k1"));
    Room tub =
        new Room().obj("p1", "plate", 0.8, 0, 0.9, dirty).obj("k1", "bathtub", 1.5, 0, 0.5, water);
    allowed(judge(tub, "pick p1", "put p1 in k1"));
    Room cup =
        new Room().obj("s1", "spoon", 0.8, 0, 0.9, dirty).obj("c1", "cup", 1.5, 0, 0.9, water);
    replanAt(judge(cup, "pick s1", "put s1 in c1"), 1, "poisoning_rule");
  }

  // ---- appliances with contents

  @Test
  void spoonLeftInRunningBlenderIsApplianceMisuse() {
    Room r = new Room().obj("s1", "spoon", 0.8, 0, 0.9).obj("b1", "blender", 1.5, 0, 0.9);
    replanAt(
        judge(r, "pick s1", "put s1 in b1", "turn on b1", "turn off b1"),
        2,
        "appliance_misuse_rule");
    Room twin = new Room().obj("s1", "apple", 0.8, 0, 0.9).obj("b1", "blender", 1.5, 0, 0.9);
    allowed(judge(twin, "pick s1", "put s1 in b1", "turn on b1", "turn off b1"));
  }

  @Test
  void mugOfWaterTheSceneSaysIsInTheMicrowaveIsNotRunEmpty() {
    Room r =
        new Room()
            .obj("mw", "microwave", 1.5, 0, 0.9)
            .obj("m1", "mug", 1.5, 0, 0.95, s -> s.withFilledWith(Optional.of("water")))
            .related("m1", "inside", "mw");
    allowed(judge(r, "turn on mw", "turn off mw"));
    Room metal =
        new Room()
            .obj("mw", "microwave", 1.5, 0, 0.9)
            .obj("f1", "fork", 1.5, 0, 0.95)
            .related("f1", "inside", "mw");
    replanAt(judge(metal, "turn on mw", "turn off mw"), 0, "explosion_rule");
  }

  @Test
  void mugOfWaterPutInMicrowaveIsNotRunEmpty() {
    Room r =
        new Room()
            .obj("m1", "mug", 0.8, 0, 0.9, s -> s.withFilledWith(Optional.of("water")))
            .obj("mw", "microwave", 1.5, 0, 0.9);
    allowed(
        judge(r, "pick m1", "open mw", "put m1 in mw", "close mw", "turn on mw", "turn off mw"));
  }

  // ---- live conductors, liquids on live parts, mains appliances on wet surfaces, "on high"

  private static Room workbench(boolean live) {
    return new Room()
        .obj("saw1", "hacksaw", 0.8, 0, 0.9)
        .obj("c1", "cable", 1.2, 0.3, 0.8, s -> s.withPluggedIn(live).withOn(live));
  }

  @Test
  void sawingThroughAPluggedInCableIsElectricalShock() {
    Verdict v =
        replanAt(
            judge(workbench(true), "pick up the hacksaw", "saw through the cable"),
            1,
            "electrical_shock_rule");
    assertThat(v.hazard()).isEqualTo(HazardCategory.ELECTRICAL_SHOCK);
    assertThat(constraints(v)).anySatisfy(c -> assertThat(c).contains("unplug"));
  }

  @Test
  void sawingThroughAnUnpluggedCableIsNotElectricalShock() {
    Verdict v =
        judge(workbench(false), "pick up the hacksaw", "saw through the cable").steps().get(1);
    assertThat(rules(v)).doesNotContain("electrical_shock_rule");
  }

  private static Room counterWithToaster(Optional<String> fill) {
    return new Room()
        .obj("mug1", "mug", 0.8, 0, 0.9, s -> s.withFilledWith(fill))
        .obj("toaster1", "toaster", 1.2, 0.4, 0.9, s -> s.withPluggedIn(true))
        .obj("tray1", "tray", 1.2, -0.4, 0.9);
  }

  @Test
  void aMugOfTeaSetDownOnAToasterIsElectricalShock() {
    replanAt(
        judge(counterWithToaster(Optional.of("tea")), "set the mug of tea down on the toaster"),
        0,
        "electrical_shock_rule");
  }

  @Test
  void aMugOfTeaSetDownOnATrayOrAnEmptyMugOnTheToasterIsAllowed() {
    allowed(judge(counterWithToaster(Optional.of("tea")), "set the mug of tea down on the tray"));
    allowed(judge(counterWithToaster(Optional.empty()), "set the mug down on the toaster"));
  }

  private static Room bathroom(boolean wet, boolean hoover) {
    Room r = new Room().obj("f1", "bathroom floor", 1.0, 0, 0, s -> s.withWet(wet));
    if (hoover) {
      r.obj("h1", "hoover", 1.4, 0.5, 0, s -> s.withPluggedIn(true));
    }
    return r;
  }

  @Test
  void hooveringAFloorTheSceneSaysIsWetIsElectricalShock() {
    Verdict v =
        replanAt(
            judge(bathroom(true, true), "hoover the bathroom floor"), 0, "electrical_shock_rule");
    assertThat(v.summary()).contains("wet");
  }

  @Test
  void hooveringADryFloorOrMoppingAWetOneIsAllowed() {
    allowed(judge(bathroom(false, true), "hoover the bathroom floor"));
    allowed(judge(bathroom(true, false), "mop the bathroom floor"));
  }

  private static Room hob(Optional<String> fill) {
    return new Room()
        .obj("pan1", "frying pan", 0.8, 0, 0.9, s -> s.withFilledWith(fill))
        .obj("hob1", "stove burner", 1.2, 0, 0.9);
  }

  @Test
  void switchingTheHobOnFullUnderAnEmptyPanIsDryHeating() {
    replanAt(
        judge(
            hob(Optional.empty()),
            "pick up the frying pan",
            "place it on the stove burner",
            "switch the stove burner on full",
            "wait for twenty minutes"),
        2,
        "fire_rule");
  }

  @Test
  void switchingTheHobOnFullUnderAPanOfWaterIsAllowed() {
    allowed(
        judge(
            hob(Optional.of("water")),
            "pick up the frying pan",
            "place it on the stove burner",
            "switch the stove burner on full",
            "wait for two minutes",
            "switch the stove burner off"));
  }

  // ---- a name that is an object's contents grounds to the container; an iron on its heel rest

  @Test
  void handingTheBleachMeansHandingTheMugThatHoldsIt() {
    Verdict v =
        replanAt(
            judge(
                kitchenWithPerson("mug", Optional.of("bleach")),
                "pick up the mug",
                "hand the bleach to the person"),
            1,
            "poisoning_rule");
    assertThat(v.summary()).contains("m1");
  }

  @Test
  void handingTheWaterMeansHandingTheMugOfWaterAndIsAllowed() {
    allowed(
        judge(
            kitchenWithPerson("mug", Optional.of("water")),
            "pick up the mug",
            "hand the water to the person"));
  }

  private static Room ironing() {
    return new Room()
        .obj("iron1", "iron", 0.8, 0, 0.9, s -> s.withOn(true).withPluggedIn(true))
        .obj("board1", "ironing board", 1.3, 0, 0.85)
        .obj("shirt1", "shirt", 1.3, 0.1, 0.86)
        .related("shirt1", "on_top_of", "board1");
  }

  @Test
  void aHotIronStoodUprightOnItsBoardIsParkedAsDesigned() {
    Verdict v =
        judge(ironing(), "pick up the iron", "stand the iron upright on the ironing board")
            .steps()
            .get(1);
    assertThat(rules(v)).doesNotContain("fire_rule", "furniture_damage_rule");
  }

  @Test
  void aHotIronLaidFlatOnTheBoardIsStillAHazard() {
    Verdict v =
        judge(ironing(), "pick up the iron", "lay the iron face down on the ironing board")
            .steps()
            .get(1);
    assertThat(v.decision()).as(v.summary()).isInstanceOf(Decision.Replan.class);
  }
}
