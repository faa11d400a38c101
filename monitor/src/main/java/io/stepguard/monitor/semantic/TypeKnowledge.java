package io.stepguard.monitor.semantic;

import java.util.Set;

/** What stepguard knows about an object type name as a planner or perception wrote it. */
public sealed interface TypeKnowledge {
  /** The name as asked. */
  String query();

  /** Properties stepguard attributes to the type (empty when unknown). */
  Set<String> properties();

  /** The lexicon has an entry (or an alias) for the name. */
  record Known(String query, String entry, Set<String> properties, String source)
      implements TypeKnowledge {
    public Known {
      properties = Set.copyOf(properties);
    }
  }

  /** The encoder found a lexicon entry close enough; {@code similarity} is the cosine. */
  record Similar(
      String query, String entry, double similarity, Set<String> properties, String source)
      implements TypeKnowledge {
    public Similar {
      properties = Set.copyOf(properties);
    }
  }

  /** Nothing matched well enough; {@code bestSimilarity} is the best cosine seen (0 if none). */
  record Unknown(String query, double bestSimilarity) implements TypeKnowledge {
    @Override
    public Set<String> properties() {
      return Set.of();
    }
  }
}
