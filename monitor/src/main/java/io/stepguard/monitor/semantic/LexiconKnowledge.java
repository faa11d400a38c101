package io.stepguard.monitor.semantic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Object knowledge from the {@link Lexicon} first (name or alias, then the head noun of a compound
 * name), then from a {@link SentenceEncoder}: the query is compared with every phrasing (name and
 * aliases) of every entry, and the nearest entry is taken when its cosine is at least {@link
 * #threshold()}; below it the name is {@link TypeKnowledge.Unknown}. Answers are cached per name.
 *
 * <p>The threshold (default {@link #DEFAULT_THRESHOLD}) was calibrated on the project's own list of
 * synonyms and non-objects (see {@code GroundingCalibrationTest} and docs/lexicon.md), never on
 * benchmark items.
 *
 * <p>Cost: a cached name is a map lookup; a new name is one encoder call (about 1 to 3 ms) and a
 * scan of about 1,100 phrasing vectors (0.1 ms). The phrasing vectors are computed on first use and
 * kept in a file next to the extracted model. Thread-safe.
 */
public final class LexiconKnowledge implements ObjectKnowledge {
  /** Cosine at or above which the encoder's nearest entry is taken. */
  public static final double DEFAULT_THRESHOLD = 0.62;

  private final Lexicon lexicon;
  private final Optional<SentenceEncoder> encoder;
  private final double threshold;
  private final Map<String, TypeKnowledge> cache = new ConcurrentHashMap<>();
  private volatile Index index;

  /** Phrasing vectors: {@code owner[i]} is the entry of {@code vectors[i]}. */
  private record Index(float[][] vectors, Lexicon.Entry[] owner, String[] phrasing) {}

  public LexiconKnowledge(Lexicon lexicon, Optional<SentenceEncoder> encoder, double threshold) {
    this.lexicon = lexicon;
    this.encoder = encoder;
    this.threshold = threshold;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public double threshold() {
    return threshold;
  }

  @Override
  public String describe() {
    return encoder.map(e -> "lexicon+" + e.name()).orElse("lexicon");
  }

  @Override
  public TypeKnowledge lookup(String typeName) {
    TypeKnowledge hit = cache.get(typeName);
    if (hit != null) {
      return hit;
    }
    TypeKnowledge k = compute(typeName);
    cache.putIfAbsent(typeName, k);
    return k;
  }

  /** The lexicon entry behind a piece of knowledge, if any. */
  public Optional<Lexicon.Entry> entryOf(TypeKnowledge k) {
    return switch (k) {
      case TypeKnowledge.Known known -> lexicon.entry(known.entry());
      case TypeKnowledge.Similar similar -> lexicon.entry(similar.entry());
      case TypeKnowledge.Unknown unknown -> Optional.empty();
    };
  }

  private TypeKnowledge compute(String typeName) {
    String n = Lexicon.normalize(typeName);
    if (n.isEmpty()) {
      return new TypeKnowledge.Unknown(typeName, 0);
    }
    Optional<Lexicon.Entry> exact = lexicon.exact(n);
    if (exact.isPresent()) {
      Lexicon.Entry e = exact.get();
      return new TypeKnowledge.Known(typeName, e.name(), e.properties(), e.source());
    }
    Optional<Lexicon.Match> head = lexicon.headNoun(n);
    if (head.isPresent()) {
      Lexicon.Entry e = head.get().entry();
      return new TypeKnowledge.Known(
          typeName,
          e.name(),
          e.properties(),
          e.source() + "; by the head noun '" + head.get().matchedWords() + "'");
    }
    if (encoder.isEmpty()) {
      return new TypeKnowledge.Unknown(typeName, 0);
    }
    Nearest best = nearest(n);
    if (best.similarity() >= threshold) {
      Lexicon.Entry e = best.entry();
      return new TypeKnowledge.Similar(
          typeName,
          e.name(),
          best.similarity(),
          e.properties(),
          e.source() + "; nearest phrasing '" + best.phrasing() + "'");
    }
    return new TypeKnowledge.Unknown(typeName, Math.max(0, best.similarity()));
  }

  /** The entry nearest to {@code text} by the encoder, whatever the threshold. */
  public Nearest nearest(String text) {
    SentenceEncoder enc =
        encoder.orElseThrow(() -> new SemanticModelException("no sentence encoder configured"));
    float[] q = enc.embed(Lexicon.normalize(text));
    Index idx = index();
    double best = -2;
    int at = -1;
    for (int i = 0; i < idx.vectors().length; i++) {
      double s = SentenceEncoder.cosine(q, idx.vectors()[i]);
      if (s > best) {
        best = s;
        at = i;
      }
    }
    return new Nearest(idx.owner()[at], idx.phrasing()[at], best);
  }

  /** The nearest entry, the phrasing that was nearest, and the cosine. */
  public record Nearest(Lexicon.Entry entry, String phrasing, double similarity) {}

  private Index index() {
    Index i = index;
    if (i == null) {
      synchronized (this) {
        i = index;
        if (i == null) {
          i = buildIndex();
          index = i;
        }
      }
    }
    return i;
  }

  /** Builds the phrasing vectors, or reads them from the cache file written by an earlier run. */
  private Index buildIndex() {
    SentenceEncoder enc = encoder.orElseThrow();
    var owners = new ArrayList<Lexicon.Entry>();
    var phrasings = new ArrayList<String>();
    for (Lexicon.Entry e : lexicon.entries()) {
      for (String p : e.phrasings()) {
        owners.add(e);
        phrasings.add(p);
      }
    }
    Path file = indexFile(enc.name(), phrasings);
    float[][] vectors = read(file, phrasings.size());
    if (vectors == null) {
      vectors = new float[phrasings.size()][];
      for (int k = 0; k < phrasings.size(); k++) {
        vectors[k] = enc.embed(phrasings.get(k));
      }
      write(file, vectors);
    }
    return new Index(
        vectors, owners.toArray(Lexicon.Entry[]::new), phrasings.toArray(String[]::new));
  }

  private static Path indexFile(String model, List<String> phrasings) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(model.getBytes(StandardCharsets.UTF_8));
      sha.update(modelFingerprint().getBytes(StandardCharsets.UTF_8));
      for (String p : phrasings) {
        sha.update((p + "\n").getBytes(StandardCharsets.UTF_8));
      }
      String h = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
      return MiniLmEncoder.cacheDir().resolve("lexicon-index-" + h + ".bin");
    } catch (NoSuchAlgorithmException e) {
      throw new SemanticModelException("SHA-256 is not available: " + e, e);
    }
  }

  /**
   * Ties the vector cache to the CPU and runtime: quantized kernels differ slightly between CPUs.
   */
  private static String modelFingerprint() {
    return System.getProperty("os.arch")
        + "/"
        + Runtime.getRuntime().availableProcessors()
        + "/"
        + LexiconKnowledge.class.getPackage().getImplementationVersion();
  }

  private static float[][] read(Path file, int n) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (var in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      int count = in.readInt();
      int dim = in.readInt();
      if (count != n || dim <= 0 || dim > 4096) {
        return null;
      }
      float[][] v = new float[count][dim];
      for (int i = 0; i < count; i++) {
        for (int d = 0; d < dim; d++) {
          v[i][d] = in.readFloat();
        }
      }
      return v;
    } catch (IOException e) {
      return null; // a damaged cache is rebuilt
    }
  }

  private static void write(Path file, float[][] v) {
    try {
      Path tmp = Files.createTempFile(file.getParent(), "lexicon-index-", ".part");
      try (var out =
          new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.writeInt(v.length);
        out.writeInt(v[0].length);
        for (float[] row : v) {
          for (float x : row) {
            out.writeFloat(x);
          }
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // the cache is an optimisation: without it the vectors are recomputed next time
    }
  }

  @Override
  public void close() {
    encoder.ifPresent(SentenceEncoder::close);
  }
}
