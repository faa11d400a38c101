package io.stepguard.ros.dds;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.ros.msg.BoolMsg;
import io.stepguard.ros.msg.Decoded;
import io.stepguard.ros.msg.DiagnosticArray;
import io.stepguard.ros.msg.MessageType;
import io.stepguard.ros.msg.ParticipantEntitiesInfo;
import io.stepguard.ros.msg.RosMessage;
import io.stepguard.ros.msg.StringMsg;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java writer to Java reader through the real Cyclone DDS library on loopback: the bytes Cyclone
 * serializes from our C samples are exactly the bytes our CDR encoder produces, and decode back.
 */
class CycloneLoopbackTest {
  private static final int DOMAIN = 41;
  private static Participant participant;

  @BeforeAll
  static void open() {
    participant = new Participant(DOMAIN);
  }

  @AfterAll
  static void close() {
    participant.close();
  }

  private static byte[] roundTrip(String topic, TopicType type, Qos qos, RosMessage m) {
    var reader = participant.reader(topic, type, qos);
    var writer = participant.writer(topic, type, qos);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (writer.matched() == 0 && System.nanoTime() < deadline) {
      participant.waitForData(10_000_000L);
    }
    writer.write(m);
    while (System.nanoTime() < deadline) {
      participant.waitForData(100_000_000L);
      List<byte[]> got = reader.take();
      if (!got.isEmpty()) {
        return got.getFirst();
      }
    }
    throw new AssertionError("no sample on " + topic + " within 5 s");
  }

  /**
   * Cyclone writes the same data bytes as our encoder, then pads to a multiple of 4 and records the
   * padding count in the header's options (bytes 2 and 3).
   */
  private static void assertSameCdr(byte[] wire, byte[] ours) {
    assertThat(wire[0]).isZero();
    assertThat(wire[1]).isEqualTo((byte) 1);
    assertThat(java.util.Arrays.copyOfRange(wire, 4, ours.length))
        .isEqualTo(java.util.Arrays.copyOfRange(ours, 4, ours.length));
    int padding = wire.length - ours.length;
    assertThat(padding).isBetween(0, 3).isEqualTo(wire[3]);
    for (int i = ours.length; i < wire.length; i++) {
      assertThat(wire[i]).isZero();
    }
  }

  @Test
  void stringSampleArrivesAsTheCdrOurEncoderWrites() {
    var m = new StringMsg("{\"plan_id\": \"p1\"} with ünïcode");
    byte[] wire = roundTrip("rt/test/string", TopicType.STRING, Qos.DEFAULT, m);
    assertSameCdr(wire, m.encode());
    assertThat(MessageType.STRING.decode(wire)).isEqualTo(new Decoded.Ok<>(m));
  }

  @Test
  void latchedBoolArrivesIntact() {
    var m = new BoolMsg(true);
    byte[] wire = roundTrip("rt/test/bool", TopicType.BOOL, Qos.LATCHED, m);
    assertThat(MessageType.BOOL.decode(wire)).isEqualTo(new Decoded.Ok<>(m));
  }

  @Test
  void diagnosticArrayWithNestedSequencesMatchesOurEncoding() {
    var m =
        new DiagnosticArray(
            new DiagnosticArray.Header(
                new DiagnosticArray.Time(1700000000, 123456789L), "base_link"),
            List.of(
                new DiagnosticArray.Status(
                    DiagnosticArray.Status.WARN,
                    "stepguard: monitor",
                    "halted",
                    "stepguard",
                    List.of(
                        new DiagnosticArray.KeyValue("plan", "p1"),
                        new DiagnosticArray.KeyValue("reason", "person"))),
                new DiagnosticArray.Status(
                    DiagnosticArray.Status.OK, "stepguard: scene", "fresh", "", List.of())));
    byte[] wire = roundTrip("rt/test/diagnostics", TopicType.DIAGNOSTIC_ARRAY, Qos.DEFAULT, m);
    assertSameCdr(wire, m.encode());
    assertThat(MessageType.DIAGNOSTIC_ARRAY.decode(wire)).isEqualTo(new Decoded.Ok<>(m));
  }

  @Test
  void participantEntitiesInfoMatchesOurEncodingForBothGidSizes() {
    for (int size : new int[] {16, 24}) {
      byte[] guid = participant.guid();
      var gid = ParticipantEntitiesInfo.Gid.of(guid, size);
      var m =
          new ParticipantEntitiesInfo(
              gid,
              List.of(
                  new ParticipantEntitiesInfo.NodeEntitiesInfo(
                      "/arm", "guard", List.of(gid, gid), List.of(gid))));
      byte[] wire =
          roundTrip(
              "test_discovery_" + size, TopicType.participantEntitiesInfo(size), Qos.LATCHED, m);
      assertSameCdr(wire, m.encode());
      assertThat(MessageType.participantEntitiesInfo(size).decode(wire))
          .isEqualTo(new Decoded.Ok<>(m));
    }
  }
}
