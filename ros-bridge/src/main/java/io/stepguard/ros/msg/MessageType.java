package io.stepguard.ros.msg;

import io.stepguard.ros.cdr.CdrException;
import io.stepguard.ros.cdr.CdrReader;

/**
 * A ROS 2 message type: its ROS name ("std_msgs/msg/String"), its DDS type name
 * ("std_msgs::msg::dds_::String_") and its decoder.
 */
public record MessageType<T extends RosMessage>(String rosName, String ddsName, Reader<T> reader) {
  /** Reads the fields of one message. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(CdrReader r) throws CdrException;
  }

  /** Decodes a whole payload; truncated, oversized or invalid payloads are {@code Malformed}. */
  public Decoded<T> decode(byte[] payload) {
    try {
      CdrReader r = CdrReader.of(payload);
      T t = reader.read(r);
      r.expectEnd();
      return new Decoded.Ok<>(t);
    } catch (CdrException e) {
      return new Decoded.Malformed<>(rosName + ": " + e.getMessage());
    }
  }

  public static final MessageType<StringMsg> STRING =
      new MessageType<>("std_msgs/msg/String", "std_msgs::msg::dds_::String_", StringMsg::read);
  public static final MessageType<BoolMsg> BOOL =
      new MessageType<>("std_msgs/msg/Bool", "std_msgs::msg::dds_::Bool_", BoolMsg::read);
  public static final MessageType<DiagnosticArray> DIAGNOSTIC_ARRAY =
      new MessageType<>(
          "diagnostic_msgs/msg/DiagnosticArray",
          "diagnostic_msgs::msg::dds_::DiagnosticArray_",
          DiagnosticArray::read);

  /** ParticipantEntitiesInfo with {@code gidSize}-byte GIDs (16 from Iron on, 24 up to Humble). */
  public static MessageType<ParticipantEntitiesInfo> participantEntitiesInfo(int gidSize) {
    return new MessageType<>(
        "rmw_dds_common/msg/ParticipantEntitiesInfo",
        "rmw_dds_common::msg::dds_::ParticipantEntitiesInfo_",
        r -> ParticipantEntitiesInfo.read(r, gidSize));
  }
}
