package io.stepguard.ros.dds;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * A Cyclone DDS data reader of one {@link TopicType}. {@link #take()} borrows Cyclone's samples
 * ({@code dds_take} with a loan), converts each to CDR and always returns the loan. Take from one
 * thread at a time (calls are serialized).
 */
public final class CycloneReader implements AutoCloseable {
  /** {@code sizeof(dds_sample_info_t)} on 64-bit Linux (checked against the C compiler). */
  static final long SAMPLE_INFO_SIZE = 64;

  /** {@code offsetof(dds_sample_info_t, valid_data)}. */
  static final long VALID_DATA_OFFSET = 12;

  private static final int BATCH = 16;

  private final DdscLibrary lib;
  private final int handle;
  private final TopicType type;
  private final String topicName;
  private final Arena arena = Arena.ofShared();
  private final MemorySegment buffers = arena.allocate(ADDRESS, BATCH);
  private final MemorySegment infos = arena.allocate(SAMPLE_INFO_SIZE * BATCH, 8);
  private boolean closed;

  CycloneReader(DdscLibrary lib, int handle, TopicType type, String topicName) {
    this.lib = lib;
    this.handle = handle;
    this.type = type;
    this.topicName = topicName;
  }

  /** Takes every available sample, as CDR payloads, oldest first; empty when none. */
  public synchronized List<byte[]> take() {
    if (closed) {
      return List.of();
    }
    var out = new ArrayList<byte[]>();
    while (true) {
      int n = lib.takeLoan(handle, buffers, infos, BATCH);
      if (n == 0) {
        return out;
      }
      try {
        for (int i = 0; i < n; i++) {
          boolean valid = infos.get(JAVA_BYTE, i * SAMPLE_INFO_SIZE + VALID_DATA_OFFSET) != 0;
          if (valid) {
            out.add(SampleCodec.toCdr(type, buffers.getAtIndex(ADDRESS, i)));
          }
        }
      } finally {
        lib.returnLoan(handle, buffers, n);
      }
      if (n < BATCH) {
        return out;
      }
    }
  }

  /**
   * Takes every available sample as the bytes Cyclone received on the wire ({@code dds_takecdr}),
   * instead of converting the typed sample: for tests that compare serializations.
   */
  public synchronized List<byte[]> takeSerialized() {
    if (closed) {
      return List.of();
    }
    var out = new ArrayList<byte[]>();
    List<byte[]> batch;
    do {
      batch =
          lib.takeSerialized(handle, buffers, infos, BATCH, SAMPLE_INFO_SIZE, VALID_DATA_OFFSET);
      out.addAll(batch);
    } while (batch.size() == BATCH);
    return out;
  }

  /** Writers currently matched (a writer with incompatible QoS never counts). */
  public int matchedWriters() {
    return lib.matchedWriters(handle);
  }

  /** The reader's 16-byte GUID. */
  public byte[] guid() {
    return lib.guid(handle);
  }

  public String topicName() {
    return topicName;
  }

  int handle() {
    return handle;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      lib.delete(handle);
      arena.close();
    }
  }
}
