package io.stepguard.model.json;

import java.util.List;
import java.util.function.Function;

/** The outcome of reading a document: the value, or every problem found in it. */
public sealed interface Parsed<T> {
  record Ok<T>(T value) implements Parsed<T> {}

  record Invalid<T>(List<Problem> problems) implements Parsed<T> {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("Invalid needs at least one problem");
      }
    }

    /** The problems, one per line. */
    public String describe() {
      var sb = new StringBuilder();
      for (Problem p : problems) {
        sb.append(p).append('\n');
      }
      return sb.toString();
    }
  }

  default <U> Parsed<U> map(Function<T, U> f) {
    return switch (this) {
      case Ok<T> ok -> new Ok<>(f.apply(ok.value()));
      case Invalid<T> bad -> new Invalid<>(bad.problems());
    };
  }

  /** The value, or {@link InvalidDocumentException} listing the problems. */
  default T orThrow() {
    return switch (this) {
      case Ok<T> ok -> ok.value();
      case Invalid<T> bad -> throw new InvalidDocumentException(bad.problems());
    };
  }
}
