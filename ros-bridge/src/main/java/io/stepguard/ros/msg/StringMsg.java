package io.stepguard.ros.msg;

import io.stepguard.ros.cdr.CdrException;
import io.stepguard.ros.cdr.CdrReader;
import io.stepguard.ros.cdr.CdrWriter;

/** std_msgs/msg/String. */
public record StringMsg(String data) implements RosMessage {
  @Override
  public void write(CdrWriter w) {
    w.string(data);
  }

  static StringMsg read(CdrReader r) throws CdrException {
    return new StringMsg(r.readString());
  }
}
