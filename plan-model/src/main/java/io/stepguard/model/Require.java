package io.stepguard.model;

import java.util.Collection;
import java.util.Map;

/** Argument checks for record constructors; they throw {@link IllegalArgumentException}. */
public final class Require {
  private Require() {}

  public static <T> T nonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  public static String nonEmpty(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  public static double nonNegative(double value, String name) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
    }
    return value;
  }

  public static double positive(double value, String name) {
    if (!Double.isFinite(value) || value <= 0) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
    return value;
  }

  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
    return value;
  }

  public static double unit(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
    }
    return value;
  }

  public static <T> java.util.List<T> list(Collection<T> values, String name) {
    nonNull(values, name);
    return java.util.List.copyOf(values);
  }

  public static <K, V> Map<K, V> map(Map<K, V> values, String name) {
    nonNull(values, name);
    return Map.copyOf(values);
  }
}
