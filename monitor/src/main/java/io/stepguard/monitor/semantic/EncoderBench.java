package io.stepguard.monitor.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures the semantic suite's costs (not a test): model load, the lexicon phrasing index (first
 * build and from its cache file), one uncached encoder call per new name, a grounding of a new name
 * (encoder call plus nearest-phrasing scan), and a cached lookup. Run with {@code java -cp ...
 * io.stepguard.monitor.semantic.EncoderBench [names]}; pin to two cores with {@code taskset -c
 * 0,1}. Figures are in docs/benchmarks/semantic.md.
 */
public final class EncoderBench {
  private EncoderBench() {}

  private static final String[] ADJ = {
    "red", "small", "plastic", "wooden", "old", "shiny", "heavy", "striped", "folding", "round",
    "tall", "green", "broken", "soft", "square", "spare", "rusty", "blue", "empty", "glass"
  };
  private static final String[] NOUN = {
    "gadget",
    "holder",
    "widget",
    "thingamajig",
    "contraption",
    "device",
    "ornament",
    "tray",
    "caddy",
    "organizer",
    "stand",
    "clip",
    "dispenser",
    "rack",
    "basket",
    "trinket",
    "figurine",
    "sleeve",
    "cover",
    "tin",
    "crate"
  };

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    var names = new ArrayList<String>();
    outer:
    for (String a : ADJ) {
      for (String b : ADJ) {
        for (String c : NOUN) {
          if (!a.equals(b)) {
            names.add(a + " " + b + " " + c);
          }
          if (names.size() >= 2 * n + 50) {
            break outer;
          }
        }
      }
    }
    long t0 = System.nanoTime();
    MiniLmEncoder enc = MiniLmEncoder.load(SemanticSuite.ENCODER_THREADS);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    var lexicon = Lexicon.bundled();
    try (var k =
        new LexiconKnowledge(lexicon, Optional.of(enc), LexiconKnowledge.DEFAULT_THRESHOLD)) {
      long t1 = System.nanoTime();
      k.nearest("warm up the phrasing index");
      double indexMs = (System.nanoTime() - t1) / 1e6;
      for (int i = 0; i < 50; i++) {
        enc.embed(names.get(i)); // warm-up
      }
      double[] embed = new double[n];
      for (int i = 0; i < n; i++) {
        long s = System.nanoTime();
        enc.embed(names.get(50 + i));
        embed[i] = (System.nanoTime() - s) / 1e6;
      }
      double[] ground = new double[n];
      for (int i = 0; i < n; i++) {
        long s = System.nanoTime();
        k.lookup(names.get(50 + n + i));
        ground[i] = (System.nanoTime() - s) / 1e6;
      }
      double[] cached = new double[n];
      for (int i = 0; i < n; i++) {
        long s = System.nanoTime();
        k.lookup(names.get(50 + n + i));
        cached[i] = (System.nanoTime() - s) / 1e6;
      }
      System.out.printf(
          Locale.ROOT,
          "cpus %d, encoder threads %d%n",
          Runtime.getRuntime().availableProcessors(),
          SemanticSuite.ENCODER_THREADS);
      System.out.printf(
          Locale.ROOT, "model load (extract check + tokenizer + session): %.0f ms%n", loadMs);
      System.out.printf(
          Locale.ROOT,
          "lexicon phrasing index (%d phrasings): %.0f ms%n",
          phrasings(lexicon),
          indexMs);
      report("encoder call, new text", embed);
      report("grounding a new name (encoder + scan)", ground);
      report("cached lookup", cached);
    }
  }

  private static int phrasings(Lexicon l) {
    return l.entries().stream().mapToInt(e -> e.phrasings().size()).sum();
  }

  private static void report(String what, double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf(
        Locale.ROOT,
        "%s: median %.3f ms, p90 %.3f ms, max %.3f ms (n=%d)%n",
        what,
        s[s.length / 2],
        s[(int) (s.length * 0.9)],
        s[s.length - 1],
        s.length);
  }
}
