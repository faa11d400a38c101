package io.stepguard.model;

/**
 * A fact the monitor computed, cited by reasoning steps.
 *
 * @param id unique within a verdict ("f3")
 * @param kind what sort of fact ("distance", "zone", "property", "predicted_state", "grounding",
 *     "intent", "input")
 * @param statement the fact in words, with its numbers and units ("person p1 is 0.40 m from the
 *     end-effector path")
 * @param value its main number, in the SI unit named by {@code unit}; NaN when the fact is not
 *     numeric
 * @param unit "m", "s", "m/s", "" for dimensionless, or "" with a NaN value
 */
public record Fact(String id, String kind, String statement, double value, String unit) {
  public Fact {
    Require.nonEmpty(id, "id");
    Require.nonEmpty(kind, "kind");
    Require.nonEmpty(statement, "statement");
    Require.nonNull(unit, "unit");
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "fact " + id + ": value must be finite or NaN (not numeric)");
    }
    if (Double.isNaN(value) && !unit.isEmpty()) {
      throw new IllegalArgumentException("fact " + id + ": a unit needs a value");
    }
  }

  public static Fact text(String id, String kind, String statement) {
    return new Fact(id, kind, statement, Double.NaN, "");
  }

  public boolean numeric() {
    return !Double.isNaN(value);
  }
}
