package io.stepguard.model;

import java.util.List;

/**
 * What the executor may do with a step. Ordered by restrictiveness: {@link Halt} > {@link Replan} >
 * {@link Clarify} > {@link Allow}; {@link #rank()} gives that order.
 */
public sealed interface Decision {
  /** The step may run. */
  record Allow() implements Decision {}

  /** Ask {@code question} before going on. */
  record Clarify(String question) implements Decision {
    public Clarify {
      Require.nonEmpty(question, "question");
    }
  }

  /** The planner must produce a new plan that satisfies {@code constraints}. */
  record Replan(List<String> constraints) implements Decision {
    public Replan {
      constraints = Require.list(constraints, "constraints");
      if (constraints.isEmpty()) {
        throw new IllegalArgumentException("a Replan needs at least one constraint");
      }
    }
  }

  /** Stop now. */
  record Halt() implements Decision {}

  Decision ALLOW = new Allow();
  Decision HALT = new Halt();

  /** 0 for ALLOW up to 3 for HALT. */
  default int rank() {
    return switch (this) {
      case Allow a -> 0;
      case Clarify c -> 1;
      case Replan r -> 2;
      case Halt h -> 3;
    };
  }

  /** ALLOW, CLARIFY, REPLAN or HALT. */
  default String kind() {
    return switch (this) {
      case Allow a -> "ALLOW";
      case Clarify c -> "CLARIFY";
      case Replan r -> "REPLAN";
      case Halt h -> "HALT";
    };
  }

  default boolean isAllow() {
    return this instanceof Allow;
  }
}
