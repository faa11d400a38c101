package io.stepguard.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.model.json.Documents.Kind;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** read(write(x)) equals x, writing is stable, and what the codec writes its schema accepts. */
class RoundTripTest {
  private static final int DOCUMENTS_PER_SEED = 25;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void exampleSurvivesWriteThenRead(Kind kind) {
    Object value = SchemaTest.read(kind, Documents.example(kind)).orThrow();
    String written = SchemaTest.write(kind, value);
    assertThat(SchemaTest.read(kind, written).orThrow()).isEqualTo(value);
    assertThat(SchemaTest.write(kind, SchemaTest.read(kind, written).orThrow()))
        .as("writing is stable")
        .isEqualTo(written);
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedPlansSurviveWriteThenRead(long seed) {
    check(Kind.PLAN, seed, RandomDocuments::plan);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedScenesSurviveWriteThenRead(long seed) {
    check(Kind.SCENE, seed, RandomDocuments::scene);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedVerdictsSurviveWriteThenRead(long seed) {
    check(Kind.VERDICT, seed, RandomDocuments::verdict);
  }

  private static void check(Kind kind, long seed, Function<RandomDocuments, Object> generate) {
    var gen = new RandomDocuments(seed);
    for (int i = 0; i < DOCUMENTS_PER_SEED; i++) {
      Object value = generate.apply(gen);
      String written = SchemaTest.write(kind, value);
      Parsed<?> back = SchemaTest.read(kind, written);
      assertThat(back)
          .as("seed %d document %d:\n%s", seed, i, written)
          .isInstanceOf(Parsed.Ok.class);
      assertThat(back.orThrow()).as("seed %d document %d", seed, i).isEqualTo(value);
      assertThat(SchemaValidator.errors(kind, written))
          .as("schema on seed %d document %d:\n%s", seed, i, written)
          .isEmpty();
    }
  }
}
