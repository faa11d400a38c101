package io.stepguard.ros.transport;

import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.RosMessage;
import java.util.List;

/**
 * How the node reaches its peers: publishers and subscriptions on DDS topic names, and a way to
 * wait for data. Implementations: {@link CycloneTransport} (the real DDS wire) and {@link
 * InProcessTransport} (an in-memory bus for tests and simulation). Used from one thread, except
 * {@link #wakeUp()}, which any thread may call.
 */
public interface Transport extends AutoCloseable {
  Publisher publisher(String ddsTopic, TopicType type, Qos qos);

  Subscription subscription(String ddsTopic, TopicType type, Qos qos);

  /** Blocks until some subscription may have data, {@link #wakeUp()}, or the timeout. */
  void await(long timeoutNanos);

  /** Makes a blocked {@link #await} return. Thread-safe. */
  void wakeUp();

  /** The 16-byte GUID of the participant. */
  byte[] guid();

  @Override
  void close();

  /** Publishes messages of one type on one topic. */
  interface Publisher {
    void publish(RosMessage m);

    byte[] guid();

    /**
     * Subscriptions currently matched (for diagnostics: a count stuck at 0 hints at a QoS
     * mismatch).
     */
    int matched();
  }

  /** Receives serialized payloads (CDR with its encapsulation header) from one topic. */
  interface Subscription {
    String ddsTopic();

    /** Everything received since the last call, oldest first. */
    List<byte[]> take();

    byte[] guid();

    /** Publications currently matched. */
    int matched();
  }
}
