package io.stepguard.monitor.check;

import io.stepguard.model.Fact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts computed while judging one step. Checks add facts here and cite the returned ids in
 * their reasoning; the verdict carries exactly these facts, so every citation resolves to something
 * the monitor computed. Adding the same statement twice returns the first id. Not thread-safe: one
 * sheet per step judgement.
 */
public final class FactSheet {
  private final Map<String, Fact> byStatement = new LinkedHashMap<>();
  private final List<Fact> facts = new ArrayList<>();

  /** Adds a non-numeric fact and returns its id. */
  public String add(String kind, String statement) {
    return add(kind, statement, Double.NaN, "");
  }

  /** Adds a numeric fact (value in the SI unit {@code unit}) and returns its id. */
  public String add(String kind, String statement, double value, String unit) {
    Fact existing = byStatement.get(statement);
    if (existing != null) {
      return existing.id();
    }
    Fact f = new Fact("f" + (facts.size() + 1), kind, statement, value, unit);
    facts.add(f);
    byStatement.put(statement, f);
    return f.id();
  }

  public List<Fact> facts() {
    return List.copyOf(facts);
  }

  public int size() {
    return facts.size();
  }
}
