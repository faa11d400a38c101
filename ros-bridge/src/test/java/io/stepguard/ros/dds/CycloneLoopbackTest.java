package io.stepguard.ros.dds;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.ros.msg.BoolMsg;
import io.stepguard.ros.msg.Decoded;
import io.stepguard.ros.msg.DiagnosticArray;
import io.stepguard.ros.msg.MessageType;
import io.stepguard.ros.msg.ParticipantEntitiesInfo;
import io.stepguard.ros.msg.RosMessage;
import io.stepguard.ros.msg.StringMsg;
import io.stepguard.ros.testing.Native;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java writer to Java reader through the real Cyclone DDS library on loopback: the bytes Cyclone
 * serializes from our C samples are exactly the bytes our CDR encoder produces, and decode back.
 */
class CycloneLoopbackTest {
  private static final int DOMAIN = 41;
  private static CycloneParticipant participant;
  private static CycloneWaitset waitset;

  @BeforeAll
  static void open() {
    participant =
        CycloneParticipant.create(
            DOMAIN, Optional.of(Native.CYCLONEDDS_URI), CycloneParticipant.ROS_USER_DATA);
    waitset = participant.waitset();
  }

  @AfterAll
  static void close() {
    participant.close();
  }

  /** What Cyclone received, both as wire bytes and as our conversion of the loaned C sample. */
  private record Received(byte[] wire, byte[] fromLoan) {}

  private static Received roundTrip(String topic, TopicType type, Qos qos, RosMessage m)
      throws Exception {
    var rawReader = participant.reader(topic, type, qos);
    var loanReader = participant.reader(topic, type, qos);
    waitset.attach(rawReader);
    waitset.attach(loanReader);
    var writer = participant.writer(topic, type, qos);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (writer.matchedReaders() < 2 && System.nanoTime() < deadline) {
      waitset.await(Duration.ofMillis(10));
    }
    writer.write(m.encode());
    List<byte[]> wire = new ArrayList<>();
    List<byte[]> loaned = new ArrayList<>();
    while ((wire.isEmpty() || loaned.isEmpty()) && System.nanoTime() < deadline) {
      waitset.await(Duration.ofMillis(100));
      wire.addAll(rawReader.takeSerialized());
      loaned.addAll(loanReader.take());
    }
    assertThat(wire).as("samples on " + topic).hasSize(1);
    assertThat(loaned).as("samples on " + topic).hasSize(1);
    return new Received(wire.getFirst(), loaned.getFirst());
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
  void stringSampleArrivesAsTheCdrOurEncoderWrites() throws Exception {
    var m = new StringMsg("{\"plan_id\": \"p1\"} with ünïcode");
    var got = roundTrip("rt/test/string", TopicType.STRING, Qos.DEFAULT, m);
    assertSameCdr(got.wire(), m.encode());
    assertThat(got.fromLoan()).isEqualTo(m.encode());
    assertThat(MessageType.STRING.decode(got.wire())).isEqualTo(new Decoded.Ok<>(m));
  }

  @Test
  void latchedBoolArrivesIntact() throws Exception {
    var m = new BoolMsg(true);
    var got = roundTrip("rt/test/bool", TopicType.BOOL, Qos.LATCHED, m);
    assertSameCdr(got.wire(), m.encode());
    assertThat(MessageType.BOOL.decode(got.fromLoan())).isEqualTo(new Decoded.Ok<>(m));
  }

  @Test
  void diagnosticArrayWithNestedSequencesMatchesOurEncoding() throws Exception {
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
    var got = roundTrip("rt/test/diagnostics", TopicType.DIAGNOSTIC_ARRAY, Qos.DEFAULT, m);
    assertSameCdr(got.wire(), m.encode());
    assertThat(got.fromLoan()).isEqualTo(m.encode());
    assertThat(MessageType.DIAGNOSTIC_ARRAY.decode(got.fromLoan())).isEqualTo(new Decoded.Ok<>(m));
  }

  @Test
  void participantEntitiesInfoMatchesOurEncodingForBothGidSizes() throws Exception {
    for (int size : new int[] {16, 24}) {
      byte[] guid = participant.guid();
      var gid = ParticipantEntitiesInfo.Gid.of(guid, size);
      var m =
          new ParticipantEntitiesInfo(
              gid,
              List.of(
                  new ParticipantEntitiesInfo.NodeEntitiesInfo(
                      "/arm", "guard", List.of(gid, gid), List.of(gid))));
      var got =
          roundTrip(
              "test_discovery_" + size, TopicType.participantEntitiesInfo(size), Qos.LATCHED, m);
      assertSameCdr(got.wire(), m.encode());
      assertThat(got.fromLoan()).isEqualTo(m.encode());
      assertThat(MessageType.participantEntitiesInfo(size).decode(got.fromLoan()))
          .isEqualTo(new Decoded.Ok<>(m));
    }
  }
}
