package io.stepguard.model.json;

/**
 * One thing wrong with an input document.
 *
 * @param pointer JSON pointer (RFC 6901) of the offending value; "" for the whole document
 * @param expected what was expected there
 * @param found what was found there
 */
public record Problem(String pointer, String expected, String found) {
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer)
        + ": expected "
        + expected
        + ", found "
        + found;
  }
}
