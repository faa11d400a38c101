package io.stepguard.model;

import java.util.Map;
import java.util.Optional;

/**
 * The planner's parsed action for one step.
 *
 * @param verb the action verb as written by the planner (see {@link Vocabulary#VERBS}); unknown
 *     verbs are kept and judged conservatively
 * @param target an object id in the scene or a free-text name that the monitor grounds
 * @param destination an object id, zone id or free-text place
 * @param arguments further named arguments ("liquid": "water")
 */
public record Action(
    String verb,
    Optional<String> target,
    Optional<String> destination,
    Map<String, String> arguments) {
  public Action {
    Require.nonEmpty(verb, "verb");
    Require.nonNull(target, "target");
    Require.nonNull(destination, "destination");
    arguments = Require.map(arguments, "arguments");
  }

  public static Action of(String verb, String target) {
    return new Action(verb, Optional.of(target), Optional.empty(), Map.of());
  }
}
