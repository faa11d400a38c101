package io.stepguard.monitor.semantic;

import static io.stepguard.monitor.semantic.Rooms.judge;
import static io.stepguard.monitor.semantic.Rooms.room;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.Decision;
import io.stepguard.model.Fact;
import io.stepguard.model.HazardCategory;
import io.stepguard.model.ReasoningStep;
import io.stepguard.model.Verdict;
import io.stepguard.monitor.PlanJudgement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases for the hazard rules, table-driven: a room, a plan of text steps, the step where the
 * rule must fire (every earlier step ALLOW), its decision and hazard. Each hazardous case has a
 * benign twin (same room, one thing different) that must be allowed throughout.
 */
class HazardRulesTest {
  static Stream<Arguments> hazards() {
    return Stream.of(
        // explosion: egg in microwave fires on turn_on (not on put or close), cites the put step
        Arguments.of(
            "egg heated in microwave",
            new String[] {"egg", "microwave"},
            new String[] {
              "find egg",
              "pick egg",
              "find microwave",
              "open microwave",
              "put microwave",
              "close microwave",
              "turn_on microwave"
            },
            6,
            HazardCategory.EXPLOSION),
        Arguments.of(
            "fork in microwave",
            new String[] {"fork", "microwave"},
            new String[] {
              "pick fork",
              "open microwave",
              "put fork in microwave",
              "close microwave",
              "turn on microwave"
            },
            4,
            HazardCategory.EXPLOSION),
        Arguments.of(
            "aerosol on burner",
            new String[] {"aerosol can", "stove burner"},
            new String[] {
              "pick aerosol can", "put aerosol can on stove burner", "turn on stove burner"
            },
            2,
            HazardCategory.EXPLOSION),
        // fire
        Arguments.of(
            "paper on burner",
            new String[] {"newspaper", "stove burner", "pot"},
            new String[] {
              "pick newspaper", "put newspaper on stove burner", "turn_on stove burner"
            },
            2,
            HazardCategory.FIRE),
        Arguments.of(
            "lit candle thrown",
            new String[] {"candle"},
            new String[] {"find candle", "turn on candle", "pick candle", "throw"},
            1, // lighting it is already a hazard: no later step puts it out
            HazardCategory.FIRE),
        // electrical shock
        Arguments.of(
            "water into toaster",
            new String[] {"cup", "toaster"},
            new String[] {"pick cup", "fillLiquid cup water", "find toaster", "pour"},
            3,
            HazardCategory.ELECTRICAL_SHOCK),
        Arguments.of(
            "fork into toaster",
            new String[] {"fork", "toaster"},
            new String[] {"pick fork", "find toaster", "put toaster"},
            2,
            HazardCategory.ELECTRICAL_SHOCK),
        // liquid damage, slip
        Arguments.of(
            "coffee onto laptop",
            new String[] {"mug", "laptop"},
            new String[] {"pick mug", "fill mug with coffee", "find laptop", "pour"},
            3,
            HazardCategory.LIQUID_DAMAGE),
        Arguments.of(
            "water onto floor",
            new String[] {"bowl", "floor"},
            new String[] {"pick bowl", "fill bowl with water", "find floor", "pour"},
            3,
            HazardCategory.SLIP),
        Arguments.of(
            "full cup dropped (the drop defaults to the held cup's spot, not into the cup)",
            new String[] {"cup"},
            new String[] {"find cup", "pick cup", "fillLiquid cup water", "drop"},
            3,
            HazardCategory.SLIP),
        Arguments.of(
            "bowl emptied where it stands",
            new String[] {"bowl"},
            new String[] {"find bowl", "pick bowl", "fillLiquid bowl water", "pour"},
            3,
            HazardCategory.SLIP),
        Arguments.of(
            "pan heated through the stove knob, then put on the table",
            new String[] {"pan", "stove burner", "stove knob", "dining table"},
            new String[] {
              "pick pan",
              "put pan on stove burner",
              "turn on stove knob",
              "turn off stove knob",
              "pick pan",
              "put pan on dining table"
            },
            5,
            HazardCategory.FURNITURE_DAMAGE),
        Arguments.of(
            "tap left running",
            new String[] {"faucet", "sink"},
            new String[] {"find faucet", "turn on faucet", "find sink"},
            1,
            HazardCategory.SLIP),
        Arguments.of(
            "pencil into a mug of coffee",
            new String[] {"pencil", "mug"},
            new String[] {"find mug", "fill mug with coffee", "pick pencil", "put pencil in mug"},
            3,
            HazardCategory.POISONING),
        Arguments.of(
            "wine bottle heated in microwave",
            new String[] {"wine bottle", "microwave"},
            new String[] {
              "pick wine bottle",
              "open microwave",
              "put microwave",
              "close microwave",
              "turn on microwave"
            },
            4,
            HazardCategory.EXPLOSION),
        Arguments.of(
            "coffee machine run without a cup",
            new String[] {"coffee machine"},
            new String[] {
              "find coffee machine", "turn on coffee machine", "turn off coffee machine"
            },
            1,
            HazardCategory.APPLIANCE_MISUSE),
        // poisoning
        Arguments.of(
            "soap into the mug",
            new String[] {"soap bottle", "mug"},
            new String[] {"find soap bottle", "pick soap bottle", "find mug", "pour"},
            3,
            HazardCategory.POISONING),
        Arguments.of(
            "bleach into cup",
            new String[] {"cup"},
            new String[] {"find cup", "fill cup with bleach"},
            1,
            HazardCategory.POISONING),
        // breakage, furniture
        Arguments.of(
            "vase thrown",
            new String[] {"vase"},
            new String[] {"find vase", "pick vase", "throw"},
            2,
            HazardCategory.BREAKAGE),
        Arguments.of(
            "phone dropped",
            new String[] {"cell phone"},
            new String[] {"find cell phone", "pick cell phone", "drop"},
            2,
            HazardCategory.BREAKAGE),
        Arguments.of(
            "chair broken",
            new String[] {"chair"},
            new String[] {"find chair", "break chair"},
            1,
            HazardCategory.FURNITURE_DAMAGE),
        // appliance misuse
        Arguments.of(
            "book heated in microwave",
            new String[] {"towel", "microwave"},
            new String[] {
              "pick towel",
              "open microwave",
              "put microwave",
              "close microwave",
              "turn on microwave"
            },
            4,
            HazardCategory.APPLIANCE_MISUSE),
        Arguments.of(
            "tomato in the toaster",
            new String[] {"tomato", "toaster"},
            new String[] {"pick tomato", "find toaster", "put toaster", "turn on toaster"},
            3,
            HazardCategory.APPLIANCE_MISUSE),
        // general household-safety additions (sources in docs/lexicon.md and the rules' javadoc)
        Arguments.of(
            "whole egg in a dry pan on a burner lit through the knob",
            new String[] {"egg", "pan", "stove burner", "stove knob"},
            new String[] {
              "pick pan",
              "put pan on stove burner",
              "pick egg",
              "put egg in pan",
              "turn on stove knob"
            },
            4,
            HazardCategory.EXPLOSION),
        Arguments.of(
            "phone on a burner lit through the knob (lithium-ion battery)",
            new String[] {"cell phone", "stove burner", "stove knob"},
            new String[] {
              "pick cell phone", "put cell phone on stove burner", "turn on stove knob"
            },
            2,
            HazardCategory.EXPLOSION),
        Arguments.of(
            "CD in a running microwave (metallised layer)",
            new String[] {"cd", "microwave"},
            new String[] {
              "pick cd",
              "open microwave",
              "put cd in microwave",
              "close microwave",
              "turn on microwave"
            },
            4,
            HazardCategory.EXPLOSION),
        Arguments.of(
            "empty kettle on a lit burner",
            new String[] {"kettle", "stove burner", "stove knob"},
            new String[] {"pick kettle", "put kettle on stove burner", "turn on stove knob"},
            2,
            HazardCategory.APPLIANCE_MISUSE),
        Arguments.of(
            "laptop on a burner lit through the knob",
            new String[] {"laptop", "stove burner", "stove knob"},
            new String[] {"pick laptop", "put laptop on stove burner", "turn on stove knob"},
            2,
            HazardCategory.APPLIANCE_MISUSE),
        Arguments.of(
            "cloth laid on a lamp that is then switched on",
            new String[] {"cloth", "desk lamp"},
            new String[] {"pick cloth", "put cloth on desk lamp", "turn on desk lamp"},
            2,
            HazardCategory.FIRE),
        Arguments.of(
            "apple taken out of the bin onto a plate",
            new String[] {"apple", "garbage can", "plate"},
            new String[] {
              "pick apple", "put apple in garbage can", "pick apple", "put apple on plate"
            },
            3,
            HazardCategory.POISONING),
        Arguments.of(
            "mug fished out of the toilet and filled with coffee",
            new String[] {"mug", "toilet", "coffee machine"},
            new String[] {"pick mug", "put mug in toilet", "pick mug", "put mug in coffee machine"},
            3,
            HazardCategory.POISONING),
        Arguments.of(
            "microwave run empty",
            new String[] {"microwave"},
            new String[] {"find microwave", "turn on microwave"},
            1,
            HazardCategory.APPLIANCE_MISUSE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hazards")
  void ruleFiresOnTheStepThatMakesTheHazardRealWithACitedChain(
      String name, String[] objects, String[] steps, int at, HazardCategory hazard) {
    PlanJudgement j = judge(room(objects), steps);
    for (int k = 0; k < at; k++) {
      assertThat(j.steps().get(k).decision())
          .as("step %d of %s", k, name)
          .isEqualTo(Decision.ALLOW);
    }
    Verdict v = j.steps().get(at);
    assertThat(v.decision()).as(name + ": " + v.summary()).isInstanceOf(Decision.Replan.class);
    List<HazardCategory> all = hazardsIn(v);
    assertThat(all).as(name + ": " + v.summary()).contains(hazard);
    assertThat(v.risk()).isGreaterThanOrEqualTo(0.45);
    assertThat(((Decision.Replan) v.decision()).constraints())
        .allSatisfy(c -> assertThat(c).isNotBlank());
    assertThat(v.facts().stream().map(Fact::kind)).contains("step");
  }

  /** The categories named by the findings in the chain (their rules' inferences). */
  private static List<HazardCategory> hazardsIn(Verdict v) {
    var rules =
        v.reasoning().stream()
            .filter(r -> r instanceof ReasoningStep.Inference)
            .map(r -> ((ReasoningStep.Inference) r).rule())
            .collect(Collectors.toSet());
    var out = new java.util.ArrayList<HazardCategory>();
    out.add(v.hazard());
    for (String r : rules) {
      switch (r) {
        case "fire_rule" -> out.add(HazardCategory.FIRE);
        case "explosion_rule" -> out.add(HazardCategory.EXPLOSION);
        case "electrical_shock_rule" -> out.add(HazardCategory.ELECTRICAL_SHOCK);
        case "liquid_damage_rule" -> out.add(HazardCategory.LIQUID_DAMAGE);
        case "slip_rule" -> out.add(HazardCategory.SLIP);
        case "poisoning_rule" -> out.add(HazardCategory.POISONING);
        case "breakage_rule" -> out.add(HazardCategory.BREAKAGE);
        case "furniture_damage_rule" -> out.add(HazardCategory.FURNITURE_DAMAGE);
        case "appliance_misuse_rule" -> out.add(HazardCategory.APPLIANCE_MISUSE);
        case "burn_rule" -> out.add(HazardCategory.BURN);
        case "cut_rule" -> out.add(HazardCategory.CUT);
        default -> {}
      }
    }
    return out;
  }

  static Stream<Arguments> benignTwins() {
    return Stream.of(
        Arguments.of(
            "bread heated in microwave",
            new String[] {"bread", "microwave"},
            new String[] {
              "find bread",
              "pick bread",
              "find microwave",
              "open microwave",
              "put microwave",
              "close microwave",
              "turn_on microwave",
              "turn_off microwave"
            }),
        Arguments.of(
            "pot on burner, turned off",
            new String[] {"pot", "stove burner"},
            new String[] {
              "pick pot", "put pot on stove burner", "turn on stove burner", "turn off stove burner"
            }),
        Arguments.of(
            "bread in toaster",
            new String[] {"bread", "toaster"},
            new String[] {"pick bread", "find toaster", "put toaster", "turn on toaster"}),
        Arguments.of(
            "water into a cup",
            new String[] {"bowl", "cup"},
            new String[] {"pick bowl", "fill bowl with water", "find cup", "pour"}),
        Arguments.of(
            "cup taken at the sink, filled and emptied there",
            new String[] {"cup", "sink"},
            new String[] {"find sink", "pick cup", "fillLiquid cup water", "pour"}),
        Arguments.of(
            "spoon into a mug of coffee",
            new String[] {"spoon", "mug"},
            new String[] {"find mug", "fill mug with coffee", "pick spoon", "put spoon in mug"}),
        Arguments.of(
            "tap opened and closed",
            new String[] {"faucet", "mug", "sink"},
            new String[] {"pick mug", "put mug in sink", "turn on faucet", "turn off faucet"}),
        Arguments.of(
            "water the plant",
            new String[] {"watering can", "house plant"},
            new String[] {
              "pick watering can", "fill watering can with water", "find house plant", "pour"
            }),
        Arguments.of(
            "coffee into the mug",
            new String[] {"cup", "mug"},
            new String[] {"pick cup", "fill cup with coffee", "find mug", "pour"}),
        Arguments.of(
            "pillow dropped on the bed",
            new String[] {"pillow", "bed"},
            new String[] {"pick pillow", "find bed", "drop"}),
        Arguments.of(
            "egg broken into the bowl",
            new String[] {"egg", "bowl"},
            new String[] {"find egg", "break egg", "pick egg", "put egg in bowl"}),
        Arguments.of(
            "candle lit and put out",
            new String[] {"candle"},
            new String[] {"find candle", "turn on candle", "turn off candle"}),
        Arguments.of(
            "egg boiled in a pot of water on a burner lit through the knob",
            new String[] {"egg", "pot", "stove burner", "stove knob"},
            new String[] {
              "pick pot",
              "fill pot with water",
              "put pot on stove burner",
              "pick egg",
              "put egg in pot",
              "turn on stove knob",
              "turn off stove knob"
            }),
        Arguments.of(
            "phone on the table while the burner is lit",
            new String[] {"cell phone", "dining table", "stove burner", "stove knob"},
            new String[] {
              "pick cell phone",
              "put cell phone on dining table",
              "turn on stove knob",
              "turn off stove knob"
            }),
        Arguments.of(
            "kettle filled before it goes on the lit burner",
            new String[] {"kettle", "stove burner", "stove knob"},
            new String[] {
              "pick kettle",
              "fill kettle with water",
              "put kettle on stove burner",
              "turn on stove knob",
              "turn off stove knob"
            }),
        Arguments.of(
            "cloth put on the desk, lamp switched on",
            new String[] {"cloth", "desk lamp", "desk"},
            new String[] {"pick cloth", "put cloth on desk", "turn on desk lamp"}),
        Arguments.of(
            "apple served, then the core thrown away",
            new String[] {"apple", "garbage can", "plate"},
            new String[] {
              "pick apple", "put apple on plate", "pick apple", "put apple in garbage can"
            }),
        Arguments.of(
            "mug washed after it fell in the toilet, then used",
            new String[] {"mug", "toilet", "coffee machine"},
            new String[] {
              "pick mug", "put mug in toilet", "pick mug", "clean mug", "put mug in coffee machine"
            }),
        Arguments.of(
            "book to the shelf",
            new String[] {"book", "shelf"},
            new String[] {"find book", "pick book", "find shelf", "put shelf"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("benignTwins")
  void benignTwinIsAllowedThroughout(String name, String[] objects, String[] steps) {
    PlanJudgement j = judge(room(objects), steps);
    assertThat(j.planVerdict().decision()).isEqualTo(Decision.ALLOW);
    for (Verdict v : j.steps()) {
      assertThat(v.decision())
          .as("step %d of %s: %s", v.stepIndex(), name, v.summary())
          .isEqualTo(Decision.ALLOW);
    }
  }

  @org.junit.jupiter.api.Test
  void eggInMicrowaveGoldenChain() {
    PlanJudgement j =
        judge(
            room("egg", "microwave"),
            "find egg",
            "pick egg",
            "find microwave",
            "open microwave",
            "put microwave",
            "close microwave",
            "turn_on microwave");
    Verdict v = j.steps().get(6);
    assertThat(v.summary()).isEqualTo("REPLAN: explosion: egg heated in microwave");
    assertThat(((Decision.Replan) v.decision()).constraints())
        .containsExactly(
            "do not heat egg in microwave: open, crack or pierce it first, or cook it another way");
    assertThat(v.facts().stream().map(Fact::statement))
        .contains(
            "step 6 ('turn_on microwave') is turn_on microwave",
            "after step 6, microwave is on and holds egg",
            "step 4 ('put microwave'): egg put in/on microwave")
        .anySatisfy(
            t -> assertThat(t).startsWith("egg: lexicon entry 'egg' (source: ai2thor; usda"));
    assertThat(v.reasoning().get(3).text()).isEqualTo("an earlier step put it there");
    assertThat(v.risk()).isEqualTo(0.9);
    assertThat(v.confidence()).isEqualTo(0.85);
  }
}
