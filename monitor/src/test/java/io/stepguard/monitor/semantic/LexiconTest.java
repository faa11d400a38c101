package io.stepguard.monitor.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepguard.model.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  private static final Lexicon LEX = Lexicon.bundled();

  /** AI2-THOR's public object type names (the list, not any benchmark item). */
  private static final List<String> AI2THOR_TYPES =
      List.of(
          "AlarmClock",
          "AluminumFoil",
          "Apple",
          "ArmChair",
          "BaseballBat",
          "BasketBall",
          "Bathtub",
          "BathtubBasin",
          "Bed",
          "Blinds",
          "Book",
          "Boots",
          "Bottle",
          "Bowl",
          "Box",
          "Bread",
          "ButterKnife",
          "Cabinet",
          "Candle",
          "CD",
          "CellPhone",
          "Chair",
          "Cloth",
          "CoffeeMachine",
          "CoffeeTable",
          "CounterTop",
          "CreditCard",
          "Cup",
          "Curtains",
          "Desk",
          "DeskLamp",
          "Desktop",
          "DiningTable",
          "DishSponge",
          "DogBed",
          "Drawer",
          "Dresser",
          "Dumbbell",
          "Egg",
          "Faucet",
          "Floor",
          "FloorLamp",
          "Footstool",
          "Fork",
          "Fridge",
          "GarbageBag",
          "GarbageCan",
          "HandTowel",
          "HandTowelHolder",
          "HousePlant",
          "Kettle",
          "KeyChain",
          "Knife",
          "Ladle",
          "Laptop",
          "LaundryHamper",
          "Lettuce",
          "LightSwitch",
          "Microwave",
          "Mirror",
          "Mug",
          "Newspaper",
          "Ottoman",
          "Painting",
          "Pan",
          "PaperTowelRoll",
          "Pen",
          "Pencil",
          "PepperShaker",
          "Pillow",
          "Plate",
          "Plunger",
          "Poster",
          "Pot",
          "Potato",
          "RemoteControl",
          "RoomDecor",
          "Safe",
          "SaltShaker",
          "ScrubBrush",
          "Shelf",
          "ShelvingUnit",
          "ShowerCurtain",
          "ShowerDoor",
          "ShowerGlass",
          "ShowerHead",
          "SideTable",
          "Sink",
          "SinkBasin",
          "SoapBar",
          "SoapBottle",
          "Sofa",
          "Spatula",
          "Spoon",
          "SprayBottle",
          "Statue",
          "Stool",
          "StoveBurner",
          "StoveKnob",
          "TableTopDecor",
          "TargetCircle",
          "TeddyBear",
          "Television",
          "TennisRacket",
          "TissueBox",
          "Toaster",
          "Toilet",
          "ToiletPaper",
          "ToiletPaperHanger",
          "Tomato",
          "Towel",
          "TowelHolder",
          "TVStand",
          "VacuumCleaner",
          "Vase",
          "Watch",
          "WateringCan",
          "Window",
          "WineBottle");

  @Test
  void hasAtLeast250EntriesEachWithASourceAndVocabularyProperties() {
    assertThat(LEX.size()).isGreaterThanOrEqualTo(250);
    for (Lexicon.Entry e : LEX.entries()) {
      assertThat(e.source()).as(e.name()).isNotBlank();
      assertThat(Vocabulary.OBJECT_PROPERTIES).as(e.name()).containsAll(e.properties());
      assertThat(Lexicon.ROLES).as(e.name()).containsAll(e.roles());
    }
  }

  @Test
  void everyAi2ThorTypeNameIsKnownAfterCamelCaseSplitAndLowerCase() {
    for (String t : AI2THOR_TYPES) {
      assertThat(LEX.exact(t)).as(t).isPresent();
      assertThat(LEX.exact(t.toLowerCase(java.util.Locale.ROOT))).as(t.toLowerCase()).isPresent();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "StoveBurner, stove burner",
    "stoveburner, stove burner",
    "stove_burner, stove burner",
    "CellPhone, cell phone",
    "TVStand, tv stand",
    "GarbageCan, garbage can",
    "refrigerator, fridge",
    "knives, knife",
    "tomatoes, tomato",
    "knife1, knife",
    "Knife_2, knife"
  })
  void namesMatchAfterNormalization(String name, String entry) {
    assertThat(LEX.exact(name).map(Lexicon.Entry::name)).contains(entry);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Machete",
        "dagger",
        "switchblade",
        "box cutter",
        "scalpel",
        "razor",
        "Messer",
        "couteau",
        "cuchillo",
        "coltello",
        "faca",
        "нож",
        "Нож",
        "刀",
        "菜刀",
        "ナイフ",
        "칼",
        "nóż",
        "bıçak"
      })
  void knifeWordsInAnyLanguageAreSharp(String name) {
    assertThat(LEX.exact(name)).as(name).isPresent();
    assertThat(LEX.exact(name).orElseThrow().has("sharp")).as(name).isTrue();
  }

  @Test
  void headNounOfACompoundNameIsFound() {
    assertThat(LEX.headNoun("dirty dinner plate").map(m -> m.entry().name())).contains("plate");
    assertThat(LEX.headNoun("knife")).isEmpty();
    assertThat(LEX.headNoun("quantum widget")).isEmpty();
  }

  @Test
  void knowledgeWithoutEncoderSaysKnownOrUnknown() {
    var k = new LexiconKnowledge(LEX, Optional.empty(), 0.62);
    assertThat(k.lookup("Egg")).isInstanceOf(TypeKnowledge.Known.class);
    assertThat(k.lookup("Egg").properties()).contains("sealed", "food", "fragile");
    assertThat(k.lookup("StoveBurner").properties()).contains("heat_source");
    assertThat(k.lookup("sharp chef knife").properties()).contains("sharp");
    assertThat(((TypeKnowledge.Known) k.lookup("sharp chef knife")).source()).contains("head noun");
    assertThat(k.lookup("zorble")).isInstanceOf(TypeKnowledge.Unknown.class);
  }

  @Test
  void malformedLexiconIsRejectedNamingTheLine() {
    assertThatThrownBy(() -> Lexicon.parse("cup\tcontainer\t-\t-\n", "x.tsv"))
        .isInstanceOf(SemanticModelException.class)
        .hasMessageContaining("x.tsv:1")
        .hasMessageContaining("5 tab-separated");
    assertThatThrownBy(() -> Lexicon.parse("cup\tpointy\t-\t-\tgeneral\n", "x.tsv"))
        .hasMessageContaining("'pointy' is not in Vocabulary");
    assertThatThrownBy(() -> Lexicon.parse("cup\tcontainer\tfloats\t-\tgeneral\n", "x.tsv"))
        .hasMessageContaining("unknown role 'floats'");
    assertThatThrownBy(
            () ->
                Lexicon.parse("cup\tcontainer\t-\t-\tgeneral\nmug\t-\t-\tcup\tgeneral\n", "x.tsv"))
        .hasMessageContaining("x.tsv:2")
        .hasMessageContaining("'cup' is already used");
    assertThatThrownBy(() -> Lexicon.parse("cup\tcontainer\t-\t-\t \n", "x.tsv"))
        .hasMessageContaining("source");
  }
}
