package io.stepguard.ros.dds;

import io.stepguard.ros.cdr.CdrException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A Cyclone DDS data writer of one {@link TopicType}. Writes take a CDR payload, build the C sample
 * in a short-lived arena and call {@code dds_write} (which serializes and sends before it returns).
 * Thread-safe.
 */
public final class CycloneWriter implements AutoCloseable {
  private final DdscLibrary lib;
  private final int handle;
  private final TopicType type;
  private final String topicName;

  CycloneWriter(DdscLibrary lib, int handle, TopicType type, String topicName) {
    this.lib = lib;
    this.handle = handle;
    this.type = type;
    this.topicName = topicName;
  }

  /**
   * Writes one sample given as CDR (with its encapsulation header).
   *
   * @throws CdrException when {@code cdr} is not a value of this writer's type
   * @throws DdsException when Cyclone refuses the write (for example a reliable write that timed
   *     out)
   */
  public void write(byte[] cdr) throws CdrException {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment sample = SampleCodec.fromCdr(type, cdr, a);
      lib.write(handle, sample);
    }
  }

  /** Readers currently matched (a reader with incompatible QoS never counts). */
  public int matchedReaders() {
    return lib.matchedReaders(handle);
  }

  /** The writer's 16-byte GUID. */
  public byte[] guid() {
    return lib.guid(handle);
  }

  public String topicName() {
    return topicName;
  }

  @Override
  public void close() {
    lib.delete(handle);
  }
}
