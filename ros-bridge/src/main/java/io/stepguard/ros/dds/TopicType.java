package io.stepguard.ros.dds;

import java.util.List;

/**
 * The parts of Cyclone DDS's {@code dds_topic_descriptor_t} that define a type: the C sample's size
 * and alignment, flags, and the serializer program ({@code m_ops}, opcodes from {@code
 * dds/ddsc/dds_opcodes.h}). The layout of the descriptor struct itself is pinned in {@link
 * CycloneLibrary}. Tested against the output of {@code idlc -t -l c} for the same IDL.
 *
 * @param nops number of instructions (not words) in {@code ops}, as idlc counts them
 */
public record TopicType(
    String ddsName, int size, int align, int flags, int nops, List<Integer> ops) {
  public TopicType {
    ops = List.copyOf(ops);
  }

  // Opcodes (dds_opcodes.h, Cyclone DDS 0.10).
  static final int RTS = 0x00000000;
  static final int ADR = 0x01000000;
  static final int TYPE_1BY = 0x01 << 16;
  static final int TYPE_4BY = 0x03 << 16;
  static final int TYPE_STR = 0x05 << 16;
  static final int TYPE_SEQ = 0x07 << 16;
  static final int TYPE_ARR = 0x08 << 16;
  static final int TYPE_EXT = 0x0d << 16;
  static final int TYPE_BLN = 0x0e << 16;
  static final int SUBTYPE_1BY = 0x01 << 8;
  static final int SUBTYPE_STU = 0x0a << 8;
  static final int FLAG_SGN = 1 << 2;

  /** DDS_TOPIC_FIXED_SIZE: the sample has no pointers. */
  static final int FIXED_SIZE = 0x10;

  /**
   * The word after a sequence/external instruction: the instruction's length in words in the high
   * 16 bits, and the signed 16-bit offset (in words) to the element's ops in the low 16 bits.
   */
  static int jump(int insnWords, int offset) {
    return (insnWords << 16) | (offset & 0xffff);
  }

  /** {@code struct String_ { string data; }}: one char* at offset 0. */
  public static final TopicType STRING =
      new TopicType("std_msgs::msg::dds_::String_", 8, 8, 0, 2, List.of(ADR | TYPE_STR, 0, RTS));

  /** {@code struct Bool_ { boolean data; }}. */
  public static final TopicType BOOL =
      new TopicType(
          "std_msgs::msg::dds_::Bool_", 1, 1, FIXED_SIZE, 2, List.of(ADR | TYPE_BLN, 0, RTS));

  /**
   * DiagnosticArray_ { Header_ header (Time_ {int32 sec @0; uint32 nanosec @4}; char* frame_id @8);
   * sequence<DiagnosticStatus_> status @16 }, 40 bytes; DiagnosticStatus_ { octet level @0; char*
   * name @8, message @16, hardware_id @24; sequence<KeyValue_> values @32 }, 56 bytes; KeyValue_ {
   * char* key @0, value @8 }, 16 bytes.
   */
  public static final TopicType DIAGNOSTIC_ARRAY =
      new TopicType(
          "diagnostic_msgs::msg::dds_::DiagnosticArray_",
          40,
          8,
          0,
          18,
          List.of(
              // DiagnosticArray_
              ADR | TYPE_EXT,
              0,
              (3 << 16) + 8, // header: jump 8 words to Header_
              ADR | TYPE_SEQ | SUBTYPE_STU,
              16,
              56,
              (4 << 16) + 16, // status: element ops +16
              RTS,
              // Header_ (word 8)
              ADR | TYPE_EXT,
              0,
              (3 << 16) + 6, // stamp: jump 6 words to Time_
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
              (4 << 16) + 5, // values: element ops +5
              RTS,
              // KeyValue_ (word 32)
              ADR | TYPE_STR,
              0,
              ADR | TYPE_STR,
              8,
              RTS));

  /**
   * ParticipantEntitiesInfo_ { Gid_ gid @0 (octet[g]); sequence<NodeEntitiesInfo_> @align8(g) };
   * NodeEntitiesInfo_ { char* node_namespace @0; char* node_name @8; sequence<Gid_>
   * reader_gid_seq @16; sequence<Gid_> writer_gid_seq @40 }, 64 bytes. {@code gidSize} is 16 (Iron
   * and later) or 24 (up to Humble).
   */
  public static TopicType participantEntitiesInfo(int gidSize) {
    if (gidSize != 16 && gidSize != 24) {
      throw new IllegalArgumentException("gid size must be 16 or 24, was " + gidSize);
    }
    int seqOffset = (gidSize + 7) / 8 * 8;
    return new TopicType(
        "rmw_dds_common::msg::dds_::ParticipantEntitiesInfo_",
        seqOffset + 24,
        8,
        0,
        10,
        List.of(
            // ParticipantEntitiesInfo_
            ADR | TYPE_EXT,
            0,
            (3 << 16) + 8, // gid: jump 8 words to Gid_
            ADR | TYPE_SEQ | SUBTYPE_STU,
            seqOffset,
            64,
            (4 << 16) + 9, // nodes: element ops +9
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
            jump(4, -8), // readers: Gid_ ops -8
            ADR | TYPE_SEQ | SUBTYPE_STU,
            40,
            gidSize,
            jump(4, -12), // writers: Gid_ ops -12
            RTS));
  }
}
