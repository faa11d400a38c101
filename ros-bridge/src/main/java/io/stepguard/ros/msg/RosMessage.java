package io.stepguard.ros.msg;

import io.stepguard.ros.cdr.CdrWriter;

/** A ROS 2 message stepguard sends or receives, encodable as XCDR1 little-endian CDR. */
public sealed interface RosMessage
    permits StringMsg, BoolMsg, DiagnosticArray, ParticipantEntitiesInfo {
  /** Writes the message's fields (after the encapsulation header). */
  void write(CdrWriter w);

  /** The full payload: header plus data. */
  default byte[] encode() {
    var w = new CdrWriter();
    write(w);
    return w.toByteArray();
  }
}
