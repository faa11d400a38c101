package io.stepguard.ros.msg;

import io.stepguard.ros.cdr.CdrException;
import io.stepguard.ros.cdr.CdrReader;
import io.stepguard.ros.cdr.CdrWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * diagnostic_msgs/msg/DiagnosticArray with its nested std_msgs/Header, builtin_interfaces/Time,
 * DiagnosticStatus and KeyValue.
 */
public record DiagnosticArray(Header header, List<Status> status) implements RosMessage {
  public DiagnosticArray {
    status = List.copyOf(status);
  }

  /** builtin_interfaces/msg/Time: seconds and nanoseconds. */
  public record Time(int sec, long nanosec) {
    public static Time ofEpochNanos(long nanos) {
      return new Time((int) (nanos / 1_000_000_000L), nanos % 1_000_000_000L);
    }
  }

  /** std_msgs/msg/Header. */
  public record Header(Time stamp, String frameId) {}

  /** diagnostic_msgs/msg/KeyValue. */
  public record KeyValue(String key, String value) {}

  /** diagnostic_msgs/msg/DiagnosticStatus; level OK 0, WARN 1, ERROR 2, STALE 3. */
  public record Status(
      byte level, String name, String message, String hardwareId, List<KeyValue> values) {
    public static final byte OK = 0;
    public static final byte WARN = 1;
    public static final byte ERROR = 2;
    public static final byte STALE = 3;

    public Status {
      values = List.copyOf(values);
    }
  }

  @Override
  public void write(CdrWriter w) {
    w.int32(header.stamp().sec()).int32((int) header.stamp().nanosec()).string(header.frameId());
    w.int32(status.size());
    for (Status s : status) {
      w.octet(s.level()).string(s.name()).string(s.message()).string(s.hardwareId());
      w.int32(s.values().size());
      for (KeyValue kv : s.values()) {
        w.string(kv.key()).string(kv.value());
      }
    }
  }

  static DiagnosticArray read(CdrReader r) throws CdrException {
    var header = new Header(new Time(r.readInt32(), r.readUInt32()), r.readString());
    int n = r.readLength(13);
    var status = new ArrayList<Status>(n);
    for (int i = 0; i < n; i++) {
      byte level = r.readOctet();
      String name = r.readString();
      String message = r.readString();
      String hw = r.readString();
      int m = r.readLength(8);
      var values = new ArrayList<KeyValue>(m);
      for (int j = 0; j < m; j++) {
        values.add(new KeyValue(r.readString(), r.readString()));
      }
      status.add(new Status(level, name, message, hw, values));
    }
    return new DiagnosticArray(header, status);
  }
}
