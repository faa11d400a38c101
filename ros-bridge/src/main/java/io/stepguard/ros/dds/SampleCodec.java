package io.stepguard.ros.dds;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import io.stepguard.ros.cdr.CdrException;
import io.stepguard.ros.cdr.CdrReader;
import io.stepguard.ros.cdr.CdrWriter;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Converts between Cyclone's C samples and CDR by walking a {@link TopicType}'s ops program, the
 * way Cyclone's own serializer does, for the subset of instructions ROS 2's std_msgs,
 * diagnostic_msgs and rmw_dds_common types need (1-byte, boolean, 4-byte, string, nested struct,
 * sequence of struct, octet array). Keeping the C layout in the ops means there is one description
 * of each type. Stateless and thread-safe; cost is linear in the sample size.
 */
final class SampleCodec {
  private SampleCodec() {}

  /** Serializes the C sample at {@code sample} to CDR (header included). */
  static byte[] toCdr(TopicType type, MemorySegment sample) {
    var w = new CdrWriter();
    write(type.opsArray(), 0, DdscLibrary.view(sample, type.size()), w);
    return w.toByteArray();
  }

  /**
   * Builds a C sample from {@code cdr} in {@code arena} (strings and sequence buffers too).
   *
   * @throws CdrException when {@code cdr} does not hold a value of {@code type}
   */
  static MemorySegment fromCdr(TopicType type, byte[] cdr, Arena arena) throws CdrException {
    MemorySegment sample = arena.allocate(type.size(), type.align());
    CdrReader r = CdrReader.of(cdr);
    read(type.opsArray(), 0, sample, r, arena);
    r.expectEnd();
    return sample;
  }

  private static int kind(int insn) {
    return (insn >>> 16) & 0x7f;
  }

  private static int subKind(int insn) {
    return (insn >>> 8) & 0xff;
  }

  private static int jumpOf(int word) {
    return (short) (word & 0xffff);
  }

  private static IllegalStateException unsupported(int insn, int ip) {
    return new IllegalStateException(
        String.format("unsupported op 0x%08x at word %d of a TopicType program", insn, ip));
  }

  private static void write(int[] ops, int start, MemorySegment s, CdrWriter w) {
    int ip = start;
    while (ops[ip] != TopicType.RTS) {
      int insn = ops[ip];
      if ((insn & 0xff000000) != TopicType.ADR) {
        throw unsupported(insn, ip);
      }
      int off = ops[ip + 1];
      switch (kind(insn)) {
        case TopicType.VAL_1BY -> {
          w.octet(s.get(JAVA_BYTE, off));
          ip += 2;
        }
        case TopicType.VAL_BLN -> {
          w.bool(s.get(JAVA_BYTE, off) != 0);
          ip += 2;
        }
        case TopicType.VAL_4BY -> {
          w.int32(s.get(JAVA_INT, off));
          ip += 2;
        }
        case TopicType.VAL_STR -> {
          w.string(DdscLibrary.cString(s.get(ADDRESS, off)));
          ip += 2;
        }
        case TopicType.VAL_EXT -> {
          write(ops, ip + jumpOf(ops[ip + 2]), s.asSlice(off), w);
          ip += 3;
        }
        case TopicType.VAL_ARR -> {
          if (subKind(insn) != TopicType.VAL_1BY) {
            throw unsupported(insn, ip);
          }
          int n = ops[ip + 2];
          w.octets(s.asSlice(off, n).toArray(JAVA_BYTE));
          ip += 3;
        }
        case TopicType.VAL_SEQ -> {
          if (subKind(insn) != TopicType.VAL_STU) {
            throw unsupported(insn, ip);
          }
          int elemSize = ops[ip + 2];
          int elemOps = ip + jumpOf(ops[ip + 3]);
          int length = s.get(JAVA_INT, off + 4);
          w.int32(length);
          if (length > 0) {
            MemorySegment buf = DdscLibrary.view(s.get(ADDRESS, off + 8), (long) length * elemSize);
            for (int i = 0; i < length; i++) {
              write(ops, elemOps, buf.asSlice((long) i * elemSize, elemSize), w);
            }
          }
          ip += 4;
        }
        default -> throw unsupported(insn, ip);
      }
    }
  }

  private static void read(int[] ops, int start, MemorySegment s, CdrReader r, Arena arena)
      throws CdrException {
    int ip = start;
    while (ops[ip] != TopicType.RTS) {
      int insn = ops[ip];
      if ((insn & 0xff000000) != TopicType.ADR) {
        throw unsupported(insn, ip);
      }
      int off = ops[ip + 1];
      switch (kind(insn)) {
        case TopicType.VAL_1BY -> {
          s.set(JAVA_BYTE, off, r.readOctet());
          ip += 2;
        }
        case TopicType.VAL_BLN -> {
          s.set(JAVA_BYTE, off, (byte) (r.readBool() ? 1 : 0));
          ip += 2;
        }
        case TopicType.VAL_4BY -> {
          s.set(JAVA_INT, off, r.readInt32());
          ip += 2;
        }
        case TopicType.VAL_STR -> {
          s.set(ADDRESS, off, arena.allocateFrom(r.readString()));
          ip += 2;
        }
        case TopicType.VAL_EXT -> {
          read(ops, ip + jumpOf(ops[ip + 2]), s.asSlice(off), r, arena);
          ip += 3;
        }
        case TopicType.VAL_ARR -> {
          if (subKind(insn) != TopicType.VAL_1BY) {
            throw unsupported(insn, ip);
          }
          int n = ops[ip + 2];
          MemorySegment.copy(MemorySegment.ofArray(r.readOctets(n)), 0, s, off, n);
          ip += 3;
        }
        case TopicType.VAL_SEQ -> {
          if (subKind(insn) != TopicType.VAL_STU) {
            throw unsupported(insn, ip);
          }
          int elemSize = ops[ip + 2];
          int elemOps = ip + jumpOf(ops[ip + 3]);
          int length = r.readLength(1);
          MemorySegment buf =
              length == 0 ? MemorySegment.NULL : arena.allocate((long) length * elemSize, 8);
          for (int i = 0; i < length; i++) {
            read(ops, elemOps, buf.asSlice((long) i * elemSize, elemSize), r, arena);
          }
          s.set(JAVA_INT, off, length); // _maximum
          s.set(JAVA_INT, off + 4, length); // _length
          s.set(ADDRESS, off + 8, buf); // _buffer
          s.set(JAVA_BYTE, off + 16, (byte) 0); // _release: Cyclone must not free Java memory
          ip += 4;
        }
        default -> throw unsupported(insn, ip);
      }
    }
  }
}
