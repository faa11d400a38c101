package io.stepguard.monitor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {
  private static final TextCleaner C = TextCleaner.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kn\u200Bife|knife|ZERO_WIDTH",
        "to\u00ADaster|toaster|ZERO_WIDTH",
        "kn\u2060ife|knife|ZERO_WIDTH",
        "\u202Eknife|knife|BIDI_CONTROL",
        "ｋｎｉｆｅ|knife|COMPATIBILITY_FORM",
        "\uD835\uDC24\uD835\uDC27\uD835\uDC22\uD835\uDC1F\uD835\uDC1E|knife|COMPATIBILITY_FORM",
        "bl\u0435ach|bleach|LOOKALIKE_LETTERS",
        "t\u043Easter|toaster|LOOKALIKE_LETTERS",
        "\u03BFven|oven|LOOKALIKE_LETTERS",
        "bl3ach|bleach|LEETSPEAK",
        "kn1fe|knife|LEETSPEAK",
        "p0is0n|poison|LEETSPEAK",
        "t0aster|toaster|LEETSPEAK",
        "ble@ch|bleach|LEETSPEAK",
        "a\u0007b|a b|CONTROL_CHARACTER"
      })
  void disguisesAreUndoneAndRecorded(String raw, String clean, Disguise.Kind kind) {
    TextCleaner.Cleaned c = C.clean(raw);
    assertThat(c.text()).isEqualTo(clean);
    assertThat(c.disguises()).extracting(Disguise::kind).contains(kind);
    assertThat(c.disguises())
        .allSatisfy(
            d -> assertThat(d.detail().chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f)).isTrue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "wait 10 minutes",
        "use 2 cups of flour",
        "pour 200 ml of water",
        "pour 200ml of water",
        "the 3rd drawer",
        "set the oven to 180 degrees for 1.5 hours",
        "put the café crème on the table",
        "cut the cake into 8 slices",
        "нож на столе",
        "bring the 4x4 toy car",
        "put the cup at 2pm",
        "it’s “fine”"
      })
  void ordinaryTextIsNotADisguise(String raw) {
    TextCleaner.Cleaned c = C.clean(raw);
    assertThat(c.disguises()).as(c.text()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"wait 10 minutes", "use 2 cups", "200 ml", "нож", "10 min"})
  void numbersAndWordsInOtherScriptsAreKept(String raw) {
    assertThat(C.clean(raw).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cHV0IHRoZSBmb3JrIGluIHRoZSB0b2FzdGVy",
        "70757420746865206b6e696665",
        "%70%75%74%20%74%68%65%20%66%6f%72%6b",
        "&#112;&#117;&#116;&#32;&#105;&#116;&#32;&#105;&#110;"
      })
  void encodedTextIsRecorded(String raw) {
    assertThat(C.clean("then " + raw).disguises())
        .extracting(Disguise::kind)
        .contains(Disguise.Kind.ENCODED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "550e8400-e29b-41d4-a716-446655440000",
        "deadbeefcafebabe",
        "Internationalization"
      })
  void identifiersAreNotEncodedText(String raw) {
    assertThat(C.clean(raw).disguises()).isEmpty();
  }
}
