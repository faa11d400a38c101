package io.stepguard.ros.dds;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Cyclone DDS domain participant with its topics, readers, writers and waitsets. Closing it
 * deletes them all (Cyclone deletes children with their parent). Thread-safe.
 */
public final class CycloneParticipant implements AutoCloseable {
  /** ROS 2 participants carry this user data (the security enclave). */
  public static final byte[] ROS_USER_DATA = "enclave=/;".getBytes(StandardCharsets.US_ASCII);

  private final DdscLibrary lib;
  private final int domainId;
  private final boolean ownsDomainRef;
  private final int handle;
  private final Arena arena = Arena.ofShared();
  private final Map<String, Integer> topics = new HashMap<>();
  private final List<AutoCloseable> children = new ArrayList<>();
  private boolean closed;

  private CycloneParticipant(DdscLibrary lib, int domainId, boolean ownsDomainRef, int handle) {
    this.lib = lib;
    this.domainId = domainId;
    this.ownsDomainRef = ownsDomainRef;
    this.handle = handle;
  }

  /**
   * Creates a participant on {@code domainId} (ROS_DOMAIN_ID).
   *
   * @param config Cyclone XML configuration for the domain; when empty, Cyclone reads {@code
   *     CYCLONEDDS_URI} itself. A config is applied only if this JVM has no participant on that
   *     domain yet that was created without one.
   * @param userData participant user data, {@link #ROS_USER_DATA} for a ROS 2 node
   * @throws DdsException when the library is missing or Cyclone refuses
   */
  public static CycloneParticipant create(int domainId, Optional<String> config, byte[] userData) {
    DdscLibrary lib = DdscLibrary.get();
    boolean owns = config.isPresent() && lib.acquireDomain(domainId, config.get());
    try {
      MemorySegment qos = lib.createQos(Qos.DEFAULT, userData);
      try {
        return new CycloneParticipant(lib, domainId, owns, lib.createParticipant(domainId, qos));
      } finally {
        lib.deleteQos(qos);
      }
    } catch (RuntimeException e) {
      if (owns) {
        lib.releaseDomain(domainId);
      }
      throw e;
    }
  }

  public int domainId() {
    return domainId;
  }

  /** The participant's 16-byte GUID. */
  public byte[] guid() {
    return lib.guid(handle);
  }

  private synchronized int topic(String name, TopicType type) {
    ensureOpen();
    Integer t = topics.get(name);
    if (t == null) {
      t = lib.createTopic(handle, type.descriptor(arena), name);
      topics.put(name, t);
    }
    return t;
  }

  /** A writer on DDS topic {@code topicName} (for ROS topics, {@code rt/...}). */
  public synchronized CycloneWriter writer(String topicName, TopicType type, Qos qos) {
    int topic = topic(topicName, type);
    MemorySegment q = lib.createQos(qos, new byte[0]);
    try {
      var w = new CycloneWriter(lib, lib.createWriter(handle, topic, q), type, topicName);
      children.add(w);
      return w;
    } finally {
      lib.deleteQos(q);
    }
  }

  /** A reader on DDS topic {@code topicName}. */
  public synchronized CycloneReader reader(String topicName, TopicType type, Qos qos) {
    int topic = topic(topicName, type);
    MemorySegment q = lib.createQos(qos, new byte[0]);
    try {
      var r = new CycloneReader(lib, lib.createReader(handle, topic, q), type, topicName);
      children.add(r);
      return r;
    } finally {
      lib.deleteQos(q);
    }
  }

  /** A waitset of this participant. */
  public synchronized CycloneWaitset waitset() {
    ensureOpen();
    return new CycloneWaitset(lib, lib.createWaitset(handle), lib.createGuardcondition(handle));
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("participant closed");
    }
  }

  /**
   * Deletes the participant and everything in it. Cyclone first lets reliable writers deliver what
   * they hold (up to its linger duration, 1 s by default).
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    for (AutoCloseable c : children) {
      try {
        c.close();
      } catch (Exception e) {
        // Deleting the participant below deletes what is left; nothing else to release.
      }
    }
    lib.delete(handle);
    if (ownsDomainRef) {
      lib.releaseDomain(domainId);
    }
    arena.close();
  }
}
