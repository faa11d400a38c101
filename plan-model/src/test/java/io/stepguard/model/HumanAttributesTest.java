package io.stepguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Person attributes are read through one normalised vocabulary: case, synonyms, plurals. */
class HumanAttributesTest {
  private static Human person(String... attributes) {
    return new Human("p1", Vec3.ZERO, Optional.empty(), 0.3, 1.7, Set.of(attributes));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "child",
        "Child",
        "CHILD",
        "children",
        "kid",
        "Kids",
        "toddler",
        "toddlers",
        "infant",
        "Infants",
        "baby",
        "babies",
        "minor",
        "young_child",
        "small-child",
        "Teenager"
      })
  void kidAttributeMeansChild(String written) {
    assertThat(person(written).isChild()).as(written).isTrue();
    assertThat(person(written).unknownAttributes()).isEmpty();
    assertThat(Vocabulary.isChildWord(written)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"adult", "Operator", "elderly", "Senior", "wheelchair_user", "visitors"})
  void understoodAttributesThatAreNotChildMakeNoChild(String written) {
    assertThat(person(written).isChild()).as(written).isFalse();
    assertThat(person(written).unknownAttributes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"chlid", "Chlid", "todler", "toddlre", "infnat"})
  void aOneLetterMisspellingOfChildStillMeansChild(String written) {
    assertThat(person(written).isChild()).as(written).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pregnant", "zz9", "chi", "mild"})
  void wordsFarFromTheVocabularyStayUnknown(String written) {
    assertThat(person(written).unknownAttributes()).as(written).containsExactly(written);
  }

  @Test
  void unknownPersonAttributeIsListedAsWritten() {
    Human h = person("kid", "pregnant", "zz9");
    assertThat(h.isChild()).isTrue();
    assertThat(h.unknownAttributes()).containsExactly("pregnant", "zz9");
  }

  @Test
  void synonymsMapToTheirCanonicalAttribute() {
    assertThat(Vocabulary.humanAttribute("Seniors")).contains("elderly");
    assertThat(Vocabulary.humanAttribute("visually impaired")).contains("impaired");
    assertThat(Vocabulary.humanAttribute("BlindPerson")).isEmpty();
    assertThat(person("Elderly").has("elderly")).isTrue();
  }
}
