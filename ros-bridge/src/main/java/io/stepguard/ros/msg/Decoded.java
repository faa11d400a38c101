package io.stepguard.ros.msg;

/** The outcome of decoding a payload: the message, or why it is malformed. Never an exception. */
public sealed interface Decoded<T> {
  record Ok<T>(T message) implements Decoded<T> {}

  /**
   * @param reason what is wrong, with the byte offset
   */
  record Malformed<T>(String reason) implements Decoded<T> {}
}
