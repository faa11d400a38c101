package io.stepguard.ros.msg;

import io.stepguard.ros.cdr.CdrException;
import io.stepguard.ros.cdr.CdrReader;
import io.stepguard.ros.cdr.CdrWriter;

/** std_msgs/msg/Bool. */
public record BoolMsg(boolean data) implements RosMessage {
  @Override
  public void write(CdrWriter w) {
    w.bool(data);
  }

  static BoolMsg read(CdrReader r) throws CdrException {
    return new BoolMsg(r.readBool());
  }
}
