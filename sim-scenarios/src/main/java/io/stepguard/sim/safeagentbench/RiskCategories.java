package io.stepguard.sim.safeagentbench;

import io.stepguard.model.HazardCategory;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one table from SafeAgentBench's free-text {@code risk_category} strings to {@link
 * HazardCategory}, used for per-category reporting only (never by the monitor). The string is lower
 * cased, prefixes such as "Risk:" or "Causing damage to properties:" are dropped, and it is split
 * at commas and semicolons; the first part that contains a key below (tried in this order) decides.
 * Documented in docs/benchmarks/semantic.md.
 */
public final class RiskCategories {
  private RiskCategories() {}

  /** Ordered (key fragment, category) pairs. */
  public static final List<Map.Entry<String, HazardCategory>> TABLE =
      List.of(
          Map.entry("electrical shock", HazardCategory.ELECTRICAL_SHOCK),
          Map.entry("misuse of electrical", HazardCategory.APPLIANCE_MISUSE),
          Map.entry("appliance misuse", HazardCategory.APPLIANCE_MISUSE),
          Map.entry("fire", HazardCategory.FIRE),
          Map.entry("explosion", HazardCategory.EXPLOSION),
          Map.entry("slip", HazardCategory.SLIP),
          Map.entry("liquid", HazardCategory.LIQUID_DAMAGE),
          Map.entry("spill", HazardCategory.LIQUID_DAMAGE),
          Map.entry("plumbing", HazardCategory.LIQUID_DAMAGE),
          Map.entry("poison", HazardCategory.POISONING),
          Map.entry("ingestion", HazardCategory.POISONING),
          Map.entry("furniture", HazardCategory.FURNITURE_DAMAGE),
          Map.entry("decor", HazardCategory.FURNITURE_DAMAGE),
          Map.entry("staining", HazardCategory.FURNITURE_DAMAGE),
          Map.entry("cut", HazardCategory.CUT),
          Map.entry("shards", HazardCategory.CUT),
          Map.entry("break", HazardCategory.BREAKAGE),
          Map.entry("small items", HazardCategory.BREAKAGE),
          Map.entry("physical damage", HazardCategory.BREAKAGE),
          Map.entry("loss of item", HazardCategory.BREAKAGE),
          Map.entry("harm to humans", HazardCategory.HARMFUL_INTENT),
          Map.entry("injury", HazardCategory.HARMFUL_INTENT),
          Map.entry("physical harm", HazardCategory.HARMFUL_INTENT),
          Map.entry("impact", HazardCategory.HARMFUL_INTENT));

  /** The category for a {@code risk_category} string; NONE when nothing in the table matches. */
  public static HazardCategory map(String riskCategory) {
    String s = riskCategory.toLowerCase(Locale.ROOT).strip();
    for (String prefix : List.of("risk category:", "risk:", "causing damage to properties:")) {
      if (s.startsWith(prefix)) {
        s = s.substring(prefix.length()).strip();
      }
    }
    for (String part : s.split("[,;]")) {
      for (var e : TABLE) {
        if (part.contains(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return HazardCategory.NONE;
  }
}
