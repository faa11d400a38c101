package io.stepguard.ros.dds;

import java.time.Duration;
import java.util.Optional;

/**
 * The QoS stepguard sets on readers and writers, named as ROS 2 names them.
 *
 * @param depth keep-last depth
 * @param deadline the longest gap between samples a writer promises (and a reader requests)
 * @param liveliness automatic liveliness lease: a writer silent for longer counts as lost
 */
public record Qos(
    boolean reliable,
    boolean transientLocal,
    int depth,
    Optional<Duration> deadline,
    Optional<Duration> liveliness) {
  /** ROS 2 default: reliable, volatile, keep-last 10. */
  public static final Qos DEFAULT = new Qos(true, false, 10, Optional.empty(), Optional.empty());

  /** A latched topic: reliable, transient-local, keep-last 1. */
  public static final Qos LATCHED = new Qos(true, true, 1, Optional.empty(), Optional.empty());

  /** Sensor data: best-effort, volatile, keep-last 5. */
  public static final Qos SENSOR_DATA =
      new Qos(false, false, 5, Optional.empty(), Optional.empty());

  public Qos withDeadline(Duration d) {
    return new Qos(reliable, transientLocal, depth, Optional.of(d), liveliness);
  }

  public Qos withLiveliness(Duration d) {
    return new Qos(reliable, transientLocal, depth, deadline, Optional.of(d));
  }
}
