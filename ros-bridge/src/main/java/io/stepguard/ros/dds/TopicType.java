package io.stepguard.ros.dds;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * A type as Cyclone DDS knows it, and the one place where stepguard pins Cyclone's private {@code
 * dds_topic_descriptor_t} layout (0.10 series, {@code dds/ddsc/dds_public_impl.h}) and the
 * serializer programs ({@code m_ops}, opcodes from {@code dds/ddsc/dds_opcodes.h}) that {@code idlc
 * -l c} would generate for ROS 2's message types. Both are checked against the library actually
 * installed by {@code TopicTypeMatchesIdlcTest}, which compiles idlc's output for the equivalent
 * IDL.
 *
 * <p>The ops also describe the C sample layout, which {@link SampleCodec} walks to convert between
 * C samples and CDR.
 *
 * @param ddsName the DDS type name, {@code <pkg>::msg::dds_::<Type>_}
 * @param size {@code sizeof} the C sample struct, bytes
 * @param align {@code alignof} the C sample struct, bytes
 * @param flags {@code m_flagset} ({@link #FIXED_SIZE} for samples without pointers)
 * @param nops number of instructions (not words) in {@code ops}, as idlc counts them
 * @param ops the serializer program, one element per 32-bit word
 */
public record TopicType(
    String ddsName, int size, int align, int flags, int nops, List<Integer> ops) {
  public TopicType {
    ops = List.copyOf(ops);
  }

  // Opcodes (dds_opcodes.h, Cyclone DDS 0.10).
  static final int RTS = 0x00000000;
  static final int ADR = 0x01000000;
  static final int VAL_1BY = 0x01;
  static final int VAL_4BY = 0x03;
  static final int VAL_STR = 0x05;
  static final int VAL_SEQ = 0x07;
  static final int VAL_ARR = 0x08;
  static final int VAL_STU = 0x0a;
  static final int VAL_EXT = 0x0d;
  static final int VAL_BLN = 0x0e;
  static final int TYPE_1BY = VAL_1BY << 16;
  static final int TYPE_4BY = VAL_4BY << 16;
  static final int TYPE_STR = VAL_STR << 16;
  static final int TYPE_SEQ = VAL_SEQ << 16;
  static final int TYPE_ARR = VAL_ARR << 16;
  static final int TYPE_EXT = VAL_EXT << 16;
  static final int TYPE_BLN = VAL_BLN << 16;
  static final int SUBTYPE_1BY = VAL_1BY << 8;
  static final int SUBTYPE_STU = VAL_STU << 8;
  static final int FLAG_SGN = 1 << 2;

  /** DDS_TOPIC_FIXED_SIZE: the sample has no pointers. */
  static final int FIXED_SIZE = 1 << 4;

  /**
   * {@code sizeof(dds_sequence_t)}: {uint32 _maximum; uint32 _length; T *_buffer; bool _release}.
   */
  static final int SEQUENCE_SIZE = 24;

  /**
   * The {@code (length << 16) + jump} word of EXT (length 3) and SEQ-of-struct (length 4)
   * instructions; {@code jump} is in words from the start of the instruction, may be negative.
   */
  static int jump(int instructionWords, int jumpWords) {
    return (instructionWords << 16) | (jumpWords & 0xffff);
  }

  /** {@code struct String_ { string data; }}: one char* at offset 0. */
  public static final TopicType STRING =
      new TopicType("std_msgs::msg::dds_::String_", 8, 8, 0, 2, List.of(ADR | TYPE_STR, 0, RTS));

  /** {@code struct Bool_ { boolean data; }}. */
  public static final TopicType BOOL =
      new TopicType(
          "std_msgs::msg::dds_::Bool_", 1, 1, FIXED_SIZE, 2, List.of(ADR | TYPE_BLN, 0, RTS));

  /**
   * DiagnosticArray_ { Header_ header @0 (Time_ stamp {int32 sec @0; uint32 nanosec @4}; char*
   * frame_id @8); sequence&lt;DiagnosticStatus_&gt; status @16 }, 40 bytes; DiagnosticStatus_ {
   * octet level @0; char* name @8, message @16, hardware_id @24; sequence&lt;KeyValue_&gt;
   * values @32 }, 56 bytes; KeyValue_ { char* key @0, value @8 }, 16 bytes.
   */
  public static final TopicType DIAGNOSTIC_ARRAY =
      new TopicType(
          "diagnostic_msgs::msg::dds_::DiagnosticArray_",
          40,
          8,
          0,
          18,
          List.of(
              // DiagnosticArray_ (word 0)
              ADR | TYPE_EXT,
              0,
              jump(3, 8), // header -> Header_
              ADR | TYPE_SEQ | SUBTYPE_STU,
              16,
              56,
              jump(4, 16), // status -> DiagnosticStatus_
              RTS,
              // Header_ (word 8)
              ADR | TYPE_EXT,
              0,
              jump(3, 6), // stamp -> Time_
              ADR | TYPE_STR,
              8,
              RTS,
              // Time_ (word 14)
              ADR | TYPE_4BY | FLAG_SGN,
              0,
              ADR | TYPE_4BY,
              4,
              RTS,
              // DiagnosticStatus_ (word 19)
              ADR | TYPE_1BY,
              0,
              ADR | TYPE_STR,
              8,
              ADR | TYPE_STR,
              16,
              ADR | TYPE_STR,
              24,
              ADR | TYPE_SEQ | SUBTYPE_STU,
              32,
              16,
              jump(4, 5), // values -> KeyValue_
              RTS,
              // KeyValue_ (word 32)
              ADR | TYPE_STR,
              0,
              ADR | TYPE_STR,
              8,
              RTS));

  /**
   * ParticipantEntitiesInfo_ { Gid_ gid @0 (octet data[g]); sequence&lt;NodeEntitiesInfo_&gt;
   * node_entities_info_seq @align8(g) }; NodeEntitiesInfo_ { char* node_namespace @0; char*
   * node_name @8; sequence&lt;Gid_&gt; reader_gid_seq @16; sequence&lt;Gid_&gt; writer_gid_seq @40
   * }, 64 bytes.
   *
   * @param gidSize 16 (Iron and later) or 24 (up to Humble)
   */
  public static TopicType participantEntitiesInfo(int gidSize) {
    if (gidSize != 16 && gidSize != 24) {
      throw new IllegalArgumentException("gid size must be 16 or 24, was " + gidSize);
    }
    int seqOffset = (gidSize + 7) / 8 * 8;
    return new TopicType(
        "rmw_dds_common::msg::dds_::ParticipantEntitiesInfo_",
        seqOffset + SEQUENCE_SIZE,
        8,
        0,
        10,
        List.of(
            // ParticipantEntitiesInfo_ (word 0)
            ADR | TYPE_EXT,
            0,
            jump(3, 8), // gid -> Gid_
            ADR | TYPE_SEQ | SUBTYPE_STU,
            seqOffset,
            64,
            jump(4, 9), // -> NodeEntitiesInfo_
            RTS,
            // Gid_ (word 8)
            ADR | TYPE_ARR | SUBTYPE_1BY,
            0,
            gidSize,
            RTS,
            // NodeEntitiesInfo_ (word 12)
            ADR | TYPE_STR,
            0,
            ADR | TYPE_STR,
            8,
            ADR | TYPE_SEQ | SUBTYPE_STU,
            16,
            gidSize,
            jump(4, -8), // readers -> Gid_
            ADR | TYPE_SEQ | SUBTYPE_STU,
            40,
            gidSize,
            jump(4, -12), // writers -> Gid_
            RTS));
  }

  // ---- dds_topic_descriptor_t (Cyclone 0.10, 64-bit) ----

  /** {@code struct dds_type_meta_ser { const unsigned char *data; uint32_t sz; }}. */
  private static final StructLayout META_SER =
      MemoryLayout.structLayout(
          ADDRESS.withName("data"), JAVA_INT.withName("sz"), MemoryLayout.paddingLayout(4));

  /** The descriptor struct, field by field as in {@code dds_public_impl.h}. */
  static final StructLayout DESCRIPTOR =
      MemoryLayout.structLayout(
          JAVA_INT.withName("m_size"),
          JAVA_INT.withName("m_align"),
          JAVA_INT.withName("m_flagset"),
          JAVA_INT.withName("m_nkeys"),
          ADDRESS.withName("m_typename"),
          ADDRESS.withName("m_keys"),
          JAVA_INT.withName("m_nops"),
          MemoryLayout.paddingLayout(4),
          ADDRESS.withName("m_ops"),
          ADDRESS.withName("m_meta"),
          META_SER.withName("type_information"),
          META_SER.withName("type_mapping"),
          JAVA_INT.withName("restrict_data_representation"),
          MemoryLayout.paddingLayout(4));

  private static VarHandle field(String name) {
    return DESCRIPTOR.varHandle(MemoryLayout.PathElement.groupElement(name));
  }

  private static final VarHandle M_SIZE = field("m_size");
  private static final VarHandle M_ALIGN = field("m_align");
  private static final VarHandle M_FLAGSET = field("m_flagset");
  private static final VarHandle M_NKEYS = field("m_nkeys");
  private static final VarHandle M_TYPENAME = field("m_typename");
  private static final VarHandle M_KEYS = field("m_keys");
  private static final VarHandle M_NOPS = field("m_nops");
  private static final VarHandle M_OPS = field("m_ops");
  private static final VarHandle M_META = field("m_meta");

  /**
   * A {@code dds_topic_descriptor_t} for this type in {@code arena} (with its type name, ops and an
   * empty {@code m_meta}); no XTypes metadata, so Cyclone matches peers by type name as ROS 2
   * middlewares do. Must outlive every topic created from it.
   */
  MemorySegment descriptor(Arena arena) {
    MemorySegment d = arena.allocate(DESCRIPTOR);
    MemorySegment opsMem = arena.allocate(JAVA_INT, ops.size());
    for (int i = 0; i < ops.size(); i++) {
      opsMem.setAtIndex(JAVA_INT, i, ops.get(i));
    }
    M_SIZE.set(d, 0L, size);
    M_ALIGN.set(d, 0L, align);
    M_FLAGSET.set(d, 0L, flags);
    M_NKEYS.set(d, 0L, 0);
    M_TYPENAME.set(d, 0L, arena.allocateFrom(ddsName));
    M_KEYS.set(d, 0L, MemorySegment.NULL);
    M_NOPS.set(d, 0L, nops);
    M_OPS.set(d, 0L, opsMem);
    M_META.set(d, 0L, arena.allocateFrom(""));
    return d;
  }

  /** The ops as an array, for the interpreter. */
  int[] opsArray() {
    return ops.stream().mapToInt(Integer::intValue).toArray();
  }
}
