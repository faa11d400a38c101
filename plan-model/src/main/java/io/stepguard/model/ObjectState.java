package io.stepguard.model;

import java.util.List;
import java.util.Optional;

/**
 * The mutable state of an object; plan steps change it (see the monitor's effect table).
 *
 * @param on switched on, lit or running
 * @param open a door or lid is open
 * @param pluggedIn connected to mains power
 * @param contains ids or type names of what is inside, in insertion order
 * @param filledWith the liquid or substance it holds, if any
 */
public record ObjectState(
    boolean on,
    boolean open,
    boolean pluggedIn,
    List<String> contains,
    Optional<String> filledWith) {
  public static final ObjectState DEFAULT =
      new ObjectState(false, false, false, List.of(), Optional.empty());

  public ObjectState {
    contains = Require.list(contains, "contains");
    Require.nonNull(filledWith, "filledWith");
  }

  public ObjectState withOn(boolean v) {
    return new ObjectState(v, open, pluggedIn, contains, filledWith);
  }

  public ObjectState withOpen(boolean v) {
    return new ObjectState(on, v, pluggedIn, contains, filledWith);
  }

  public ObjectState withContains(List<String> v) {
    return new ObjectState(on, open, pluggedIn, v, filledWith);
  }

  public ObjectState withFilledWith(Optional<String> v) {
    return new ObjectState(on, open, pluggedIn, contains, v);
  }
}
