package io.stepguard.ros.dds;

import io.stepguard.ros.msg.BoolMsg;
import io.stepguard.ros.msg.DiagnosticArray;
import io.stepguard.ros.msg.ParticipantEntitiesInfo;
import io.stepguard.ros.msg.RosMessage;
import io.stepguard.ros.msg.StringMsg;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A DDS domain participant with its topics, readers, writers and one waitset. Owns every entity it
 * creates: {@link #close()} deletes them all (Cyclone deletes children with the participant).
 * Writes and takes are thread-safe (Cyclone's API is); creating entities is not meant to race with
 * {@link #close()}.
 */
public final class Participant implements AutoCloseable {
  private static final ValueLayout.OfInt I32 = CycloneLibrary.I32;

  private final CycloneLibrary lib = CycloneLibrary.get();
  private final Arena arena = Arena.ofShared();
  private final int handle;
  private final int waitset;
  private final Map<String, Integer> topics = new HashMap<>();
  private volatile boolean closed;

  /**
   * Creates a participant on {@code domainId} with ROS 2's user data {@code enclave=/;}. Network
   * configuration comes from {@code CYCLONEDDS_URI}.
   */
  public Participant(int domainId) {
    MemorySegment qos = qos(null);
    try {
      byte[] ud = "enclave=/;".getBytes(StandardCharsets.US_ASCII);
      MemorySegment udSeg = arena.allocate(ud.length);
      udSeg.copyFrom(MemorySegment.ofArray(ud));
      lib.qsetUserdata.invokeExact(qos, udSeg, (long) ud.length);
      handle =
          DdsException.check(
              (int) lib.createParticipant.invokeExact(domainId, qos, MemorySegment.NULL),
              "dds_create_participant(domain " + domainId + ")");
      waitset =
          DdsException.check((int) lib.createWaitset.invokeExact(handle), "dds_create_waitset");
    } catch (DdsException e) {
      throw e;
    } catch (Throwable t) {
      throw new DdsException("creating a participant failed", t);
    } finally {
      deleteQos(qos);
    }
  }

  /** The participant's 16-byte GUID. */
  public byte[] guid() {
    return guid(handle);
  }

  /** The 16-byte GUID of an entity (reader, writer, participant). */
  public byte[] guid(int entity) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment g = a.allocate(16);
      DdsException.check((int) lib.getGuid.invokeExact(entity, g), "dds_get_guid");
      return g.toArray(ValueLayout.JAVA_BYTE);
    } catch (DdsException e) {
      throw e;
    } catch (Throwable t) {
      throw new DdsException("dds_get_guid failed", t);
    }
  }

  private synchronized int topic(String name, TopicType type) {
    Integer existing = topics.get(name);
    if (existing != null) {
      return existing;
    }
    try {
      MemorySegment desc = CycloneLibrary.descriptor(arena, type);
      int h =
          DdsException.check(
              (int)
                  lib.createTopic.invokeExact(
                      handle,
                      desc,
                      arena.allocateFrom(name),
                      MemorySegment.NULL,
                      MemorySegment.NULL),
              "dds_create_topic(" + name + ")");
      topics.put(name, h);
      return h;
    } catch (DdsException e) {
      throw e;
    } catch (Throwable t) {
      throw new DdsException("dds_create_topic(" + name + ") failed", t);
    }
  }

  /** A writer of {@code type} on DDS topic {@code name} (e.g. "rt/stepguard/verdicts"). */
  public Writer writer(String name, TopicType type, Qos qos) {
    int topic = topic(name, type);
    MemorySegment q = qos(qos);
    try {
      int w =
          DdsException.check(
              (int) lib.createWriter.invokeExact(handle, topic, q, MemorySegment.NULL),
              "dds_create_writer(" + name + ")");
      return new Writer(w, name, type);
    } catch (DdsException e) {
      throw e;
    } catch (Throwable t) {
      throw new DdsException("dds_create_writer(" + name + ") failed", t);
    } finally {
      deleteQos(q);
    }
  }

  /** A reader on {@code name}, attached to this participant's waitset. */
  public Reader reader(String name, TopicType type, Qos qos) {
    int topic = topic(name, type);
    MemorySegment q = qos(qos);
    try {
      int r =
          DdsException.check(
              (int) lib.createReader.invokeExact(handle, topic, q, MemorySegment.NULL),
              "dds_create_reader(" + name + ")");
      int cond =
          DdsException.check(
              (int) lib.createReadcondition.invokeExact(r, 0), "dds_create_readcondition");
      DdsException.check(
          (int) lib.waitsetAttach.invokeExact(waitset, cond, (long) r), "dds_waitset_attach");
      return new Reader(r, name);
    } catch (DdsException e) {
      throw e;
    } catch (Throwable t) {
      throw new DdsException("dds_create_reader(" + name + ") failed", t);
    } finally {
      deleteQos(q);
    }
  }

  /**
   * Blocks until a reader has data, {@link #wakeUp()} is called, or {@code timeoutNanos} passes.
   * Returns the handles of the readers with data (empty on timeout or wake-up).
   */
  public List<Integer> waitForData(long timeoutNanos) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment xs = a.allocate(ValueLayout.JAVA_LONG, 32);
      int n = (int) lib.waitsetWait.invokeExact(waitset, xs, 32L, timeoutNanos);
      if (closed) {
        return List.of();
      }
      DdsException.check(n, "dds_waitset_wait");
      var out = new ArrayList<Integer>(n);
      for (int i = 0; i < n; i++) {
        long x = xs.getAtIndex(ValueLayout.JAVA_LONG, i);
        if (x != 0) {
          out.add((int) x);
        }
      }
      int rc = (int) lib.waitsetSetTrigger.invokeExact(waitset, false);
      DdsException.check(rc, "dds_waitset_set_trigger");
      return out;
    } catch (DdsException e) {
      throw e;
    } catch (Throwable t) {
      throw new DdsException("dds_waitset_wait failed", t);
    }
  }

  /** Makes a blocked {@link #waitForData} return now (for shutdown and timers). */
  public void wakeUp() {
    try {
      int rc = (int) lib.waitsetSetTrigger.invokeExact(waitset, true);
      DdsException.check(rc, "dds_waitset_set_trigger");
    } catch (DdsException e) {
      throw e;
    } catch (Throwable t) {
      throw new DdsException("dds_waitset_set_trigger failed", t);
    }
  }

  private MemorySegment qos(Qos q) {
    try {
      MemorySegment s = (MemorySegment) lib.createQos.invokeExact();
      if (q != null) {
        lib.qsetReliability.invokeExact(s, q.reliable() ? 1 : 0, 100_000_000L);
        lib.qsetDurability.invokeExact(s, q.transientLocal() ? 1 : 0);
        lib.qsetHistory.invokeExact(s, 0, q.depth());
        if (q.deadline().isPresent()) {
          lib.qsetDeadline.invokeExact(s, q.deadline().get().toNanos());
        }
        if (q.liveliness().isPresent()) {
          lib.qsetLiveliness.invokeExact(s, 0, q.liveliness().get().toNanos());
        }
      }
      return s;
    } catch (Throwable t) {
      throw new DdsException("building a QoS failed", t);
    }
  }

  private void deleteQos(MemorySegment q) {
    try {
      lib.deleteQos.invokeExact(q);
    } catch (Throwable t) {
      throw new DdsException("dds_delete_qos failed", t);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      int ignored = (int) lib.waitsetSetTrigger.invokeExact(waitset, true);
      int rc = (int) lib.delete.invokeExact(handle);
      DdsException.check(rc, "dds_delete(participant)");
    } catch (DdsException e) {
      throw e;
    } catch (Throwable t) {
      throw new DdsException("dds_delete failed", t);
    } finally {
      arena.close();
    }
  }

  /** A DDS writer; {@link #write} serializes a typed C sample built from the message. */
  public final class Writer {
    private final int handle;
    private final String topic;
    private final TopicType type;

    private Writer(int handle, String topic, TopicType type) {
      this.handle = handle;
      this.topic = topic;
      this.type = type;
    }

    public int handle() {
      return handle;
    }

    public String topic() {
      return topic;
    }

    /** Publishes {@code m}, which must be of this writer's type. */
    public void write(RosMessage m) {
      try (Arena a = Arena.ofConfined()) {
        MemorySegment sample = Samples.build(a, m, type);
        int rc = (int) lib.write.invokeExact(handle, sample);
        DdsException.check(rc, "dds_write(" + topic + ")");
      } catch (DdsException e) {
        throw e;
      } catch (Throwable t) {
        throw new DdsException("dds_write(" + topic + ") failed", t);
      }
    }

    /** Number of readers currently matched. */
    public int matched() {
      try (Arena a = Arena.ofConfined()) {
        MemorySegment st = a.allocate(CycloneLibrary.MATCHED_STATUS_SIZE, 8);
        DdsException.check(
            (int) lib.getPublicationMatchedStatus.invokeExact(handle, st),
            "dds_get_publication_matched_status");
        return st.get(I32, 8);
      } catch (DdsException e) {
        throw e;
      } catch (Throwable t) {
        throw new DdsException("matched status failed", t);
      }
    }
  }

  /** A DDS reader that hands out raw CDR payloads (encapsulation header included). */
  public final class Reader {
    private final int handle;
    private final String topic;

    private Reader(int handle, String topic) {
      this.handle = handle;
      this.topic = topic;
    }

    public int handle() {
      return handle;
    }

    public String topic() {
      return topic;
    }

    /** Takes every available sample's serialized form; invalid (state-only) samples are skipped. */
    public List<byte[]> take() {
      var out = new ArrayList<byte[]>();
      try (Arena a = Arena.ofConfined()) {
        int max = 16;
        MemorySegment bufs = a.allocate(ValueLayout.ADDRESS, max);
        MemorySegment infos = a.allocate(CycloneLibrary.SAMPLE_INFO_SIZE * max, 8);
        while (true) {
          int n = (int) lib.takecdr.invokeExact(handle, bufs, max, infos, 0);
          DdsException.check(n, "dds_takecdr(" + topic + ")");
          for (int i = 0; i < n; i++) {
            MemorySegment sd = bufs.getAtIndex(ValueLayout.ADDRESS, i);
            boolean valid =
                infos.get(
                    ValueLayout.JAVA_BOOLEAN,
                    i * CycloneLibrary.SAMPLE_INFO_SIZE + CycloneLibrary.SAMPLE_INFO_VALID_DATA);
            if (valid) {
              int size = (int) lib.serdataSize.invokeExact(sd);
              MemorySegment dst = a.allocate(Math.max(1, size));
              lib.serdataToSer.invokeExact(sd, 0L, (long) size, dst);
              out.add(dst.asSlice(0, size).toArray(ValueLayout.JAVA_BYTE));
            }
            lib.serdataUnref.invokeExact(sd);
          }
          if (n < max) {
            return out;
          }
        }
      } catch (DdsException e) {
        throw e;
      } catch (Throwable t) {
        throw new DdsException("dds_takecdr(" + topic + ") failed", t);
      }
    }

    /** Number of writers currently matched. */
    public int matched() {
      try (Arena a = Arena.ofConfined()) {
        MemorySegment st = a.allocate(CycloneLibrary.MATCHED_STATUS_SIZE, 8);
        DdsException.check(
            (int) lib.getSubscriptionMatchedStatus.invokeExact(handle, st),
            "dds_get_subscription_matched_status");
        return st.get(I32, 8);
      } catch (DdsException e) {
        throw e;
      } catch (Throwable t) {
        throw new DdsException("matched status failed", t);
      }
    }
  }

  /** Builds C samples (the layouts of {@link TopicType}) from messages. */
  static final class Samples {
    private Samples() {}

    static MemorySegment build(Arena a, RosMessage m, TopicType type) {
      return switch (m) {
        case StringMsg s -> {
          require(type, TopicType.STRING);
          MemorySegment seg = a.allocate(8, 8);
          seg.set(ValueLayout.ADDRESS, 0, a.allocateFrom(s.data()));
          yield seg;
        }
        case BoolMsg b -> {
          require(type, TopicType.BOOL);
          MemorySegment seg = a.allocate(1, 1);
          seg.set(ValueLayout.JAVA_BYTE, 0, (byte) (b.data() ? 1 : 0));
          yield seg;
        }
        case DiagnosticArray d -> {
          require(type, TopicType.DIAGNOSTIC_ARRAY);
          MemorySegment seg = a.allocate(40, 8);
          seg.set(I32, 0, d.header().stamp().sec());
          seg.set(I32, 4, (int) d.header().stamp().nanosec());
          seg.set(ValueLayout.ADDRESS, 8, a.allocateFrom(d.header().frameId()));
          MemorySegment statuses = a.allocate(56L * Math.max(1, d.status().size()), 8);
          for (int i = 0; i < d.status().size(); i++) {
            var s = d.status().get(i);
            long o = 56L * i;
            statuses.set(ValueLayout.JAVA_BYTE, o, s.level());
            statuses.set(ValueLayout.ADDRESS, o + 8, a.allocateFrom(s.name()));
            statuses.set(ValueLayout.ADDRESS, o + 16, a.allocateFrom(s.message()));
            statuses.set(ValueLayout.ADDRESS, o + 24, a.allocateFrom(s.hardwareId()));
            MemorySegment kvs = a.allocate(16L * Math.max(1, s.values().size()), 8);
            for (int j = 0; j < s.values().size(); j++) {
              kvs.set(ValueLayout.ADDRESS, 16L * j, a.allocateFrom(s.values().get(j).key()));
              kvs.set(ValueLayout.ADDRESS, 16L * j + 8, a.allocateFrom(s.values().get(j).value()));
            }
            sequence(statuses, o + 32, s.values().size(), kvs);
          }
          sequence(seg, 16, d.status().size(), statuses);
          yield seg;
        }
        case ParticipantEntitiesInfo p -> {
          byte[] gid = p.gid().data();
          require(type, TopicType.participantEntitiesInfo(gid.length));
          int seqOffset = (gid.length + 7) / 8 * 8;
          MemorySegment seg = a.allocate(seqOffset + 24L, 8);
          seg.asSlice(0, gid.length).copyFrom(MemorySegment.ofArray(gid));
          MemorySegment nodes = a.allocate(64L * Math.max(1, p.nodes().size()), 8);
          for (int i = 0; i < p.nodes().size(); i++) {
            var n = p.nodes().get(i);
            long o = 64L * i;
            nodes.set(ValueLayout.ADDRESS, o, a.allocateFrom(n.namespace()));
            nodes.set(ValueLayout.ADDRESS, o + 8, a.allocateFrom(n.name()));
            sequence(nodes, o + 16, n.readers().size(), gids(a, n.readers(), gid.length));
            sequence(nodes, o + 40, n.writers().size(), gids(a, n.writers(), gid.length));
          }
          sequence(seg, seqOffset, p.nodes().size(), nodes);
          yield seg;
        }
      };
    }

    private static MemorySegment gids(Arena a, List<ParticipantEntitiesInfo.Gid> gids, int size) {
      MemorySegment buf = a.allocate((long) size * Math.max(1, gids.size()), 8);
      for (int i = 0; i < gids.size(); i++) {
        buf.asSlice((long) size * i, size).copyFrom(MemorySegment.ofArray(gids.get(i).data()));
      }
      return buf;
    }

    /** dds_sequence_t { uint32 _maximum; uint32 _length; void* _buffer; bool _release; }. */
    private static void sequence(MemorySegment at, long offset, int length, MemorySegment buffer) {
      at.set(I32, offset, length);
      at.set(I32, offset + 4, length);
      at.set(ValueLayout.ADDRESS, offset + 8, length == 0 ? MemorySegment.NULL : buffer);
      at.set(ValueLayout.JAVA_BYTE, offset + 16, (byte) 0);
    }

    private static void require(TopicType actual, TopicType expected) {
      if (!actual.equals(expected)) {
        throw new DdsException("message does not match the writer's type " + actual.ddsName());
      }
    }
  }
}
