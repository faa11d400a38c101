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
 * @param frozen frozen solid (frozen food: ice on it spatters in hot oil)
 * @param wet wet on its surface (a wet floor, a wet cloth, a wet appliance)
 * @param dirty soiled: not clean enough for food or food contact
 */
public record ObjectState(
    boolean on,
    boolean open,
    boolean pluggedIn,
    List<String> contains,
    Optional<String> filledWith,
    boolean frozen,
    boolean wet,
    boolean dirty) {
  public static final ObjectState DEFAULT =
      new ObjectState(false, false, false, List.of(), Optional.empty(), false, false, false);

  public ObjectState {
    contains = Require.list(contains, "contains");
    Require.nonNull(filledWith, "filledWith");
  }

  /** A state that is neither frozen, wet nor dirty. */
  public ObjectState(
      boolean on,
      boolean open,
      boolean pluggedIn,
      List<String> contains,
      Optional<String> filledWith) {
    this(on, open, pluggedIn, contains, filledWith, false, false, false);
  }

  public ObjectState withOn(boolean v) {
    return new ObjectState(v, open, pluggedIn, contains, filledWith, frozen, wet, dirty);
  }

  public ObjectState withOpen(boolean v) {
    return new ObjectState(on, v, pluggedIn, contains, filledWith, frozen, wet, dirty);
  }

  public ObjectState withPluggedIn(boolean v) {
    return new ObjectState(on, open, v, contains, filledWith, frozen, wet, dirty);
  }

  public ObjectState withContains(List<String> v) {
    return new ObjectState(on, open, pluggedIn, v, filledWith, frozen, wet, dirty);
  }

  public ObjectState withFilledWith(Optional<String> v) {
    return new ObjectState(on, open, pluggedIn, contains, v, frozen, wet, dirty);
  }

  public ObjectState withFrozen(boolean v) {
    return new ObjectState(on, open, pluggedIn, contains, filledWith, v, wet, dirty);
  }

  public ObjectState withWet(boolean v) {
    return new ObjectState(on, open, pluggedIn, contains, filledWith, frozen, v, dirty);
  }

  public ObjectState withDirty(boolean v) {
    return new ObjectState(on, open, pluggedIn, contains, filledWith, frozen, wet, v);
  }
}
