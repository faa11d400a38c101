package io.stepguard.ros.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** XCDR1 encoding and decoding of the ROS messages stepguard uses, by bytes. */
class MessageCodecTest {
  static final ParticipantEntitiesInfo.Gid GID16 =
      ParticipantEntitiesInfo.Gid.of(
          HexFormat.of().parseHex("0110aabbccddeeff0011223300000107"), 16);

  static final DiagnosticArray DIAG =
      new DiagnosticArray(
          new DiagnosticArray.Header(new DiagnosticArray.Time(7, 500_000_000L), "map"),
          List.of(
              new DiagnosticArray.Status(
                  DiagnosticArray.Status.ERROR,
                  "stepguard: /arm/guard",
                  "halted: person p1 at the arm",
                  "stepguard",
                  List.of(new DiagnosticArray.KeyValue("halted", "true"))),
              new DiagnosticArray.Status(DiagnosticArray.Status.OK, "x", "", "", List.of())));

  static final ParticipantEntitiesInfo DISCOVERY =
      new ParticipantEntitiesInfo(
          GID16,
          List.of(
              new ParticipantEntitiesInfo.NodeEntitiesInfo(
                  "/arm", "guard", List.of(GID16), List.of(GID16, GID16))));

  /** Every message type with a valid value of it. */
  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(MessageType.STRING, new StringMsg("{\"plan_id\":\"p\"} ✓")),
        Arguments.of(MessageType.STRING, new StringMsg("")),
        Arguments.of(MessageType.BOOL, new BoolMsg(true)),
        Arguments.of(MessageType.DIAGNOSTIC_ARRAY, DIAG),
        Arguments.of(MessageType.participantEntitiesInfo(16), DISCOVERY),
        Arguments.of(
            MessageType.participantEntitiesInfo(24),
            new ParticipantEntitiesInfo(
                ParticipantEntitiesInfo.Gid.of(GID16.data(), 24), List.of())));
  }

  @Test
  void stringIsALengthCountingTheNulThenTheBytes() {
    assertThat(HexFormat.of().formatHex(new StringMsg("hi").encode()))
        .isEqualTo("00010000" + "03000000" + "686900");
  }

  @Test
  void boolIsOneByteAfterTheHeader() {
    assertThat(new BoolMsg(true).encode()).containsExactly(0, 1, 0, 0, 1);
  }

  @Test
  void diagnosticArrayAlignsAfterTheOneByteLevelRelativeToTheData() {
    byte[] b =
        new DiagnosticArray(
                new DiagnosticArray.Header(new DiagnosticArray.Time(1, 2), ""),
                List.of(new DiagnosticArray.Status((byte) 2, "n", "", "", List.of())))
            .encode();
    // sec, nanosec, frame_id "" (len 1 + NUL), pad to 4, count 1, level, pad 3, name "n"...
    assertThat(HexFormat.of().formatHex(b))
        .startsWith(
            "00010000"
                + "01000000"
                + "02000000"
                + "01000000"
                + "00000000"
                + "01000000"
                + "02000000"
                + "02000000"
                + "6e00");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("samples")
  <T extends RosMessage> void decodingWhatWeEncodeGivesTheMessageBack(
      MessageType<T> type, T message) {
    assertThat(type.decode(message.encode())).isEqualTo(new Decoded.Ok<>(message));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("samples")
  <T extends RosMessage> void everyTruncationIsMalformedNeverAnException(
      MessageType<T> type, T message) {
    byte[] full = message.encode();
    for (int n = 0; n < full.length; n++) {
      Decoded<T> d = type.decode(Arrays.copyOf(full, n));
      assertThat(d)
          .as("first %d of %d bytes", n, full.length)
          .isInstanceOf(Decoded.Malformed.class);
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("samples")
  <T extends RosMessage> void trailingBytesBeyondPaddingAreMalformed(
      MessageType<T> type, T message) {
    byte[] full = message.encode();
    assertThat(type.decode(Arrays.copyOf(full, full.length + 4)))
        .isInstanceOf(Decoded.Malformed.class);
  }

  @Test
  void cycloneStylePaddingInTheHeaderOptionsIsAccepted() {
    byte[] b = new StringMsg("abcd").encode(); // 4 + 4 + 5 bytes: Cyclone pads 3 bytes
    byte[] padded = Arrays.copyOf(b, b.length + 3);
    padded[3] = 3;
    assertThat(MessageType.STRING.decode(padded))
        .isEqualTo(new Decoded.Ok<>(new StringMsg("abcd")));
  }

  @Test
  void bigEndianPayloadsAreReadByTheirEncapsulation() {
    byte[] be = {0, 0, 0, 0, 0, 0, 0, 3, 'h', 'i', 0};
    assertThat(MessageType.STRING.decode(be)).isEqualTo(new Decoded.Ok<>(new StringMsg("hi")));
  }

  @Test
  void xcdr2OrUnknownEncapsulationIsMalformed() {
    byte[] b = new StringMsg("hi").encode();
    b[1] = 0x07; // PLAIN_CDR2 little endian
    assertThat(MessageType.STRING.decode(b))
        .isInstanceOfSatisfying(
            Decoded.Malformed.class, m -> assertThat(m.reason()).contains("encapsulation"));
  }

  @Test
  void anAbsurdSequenceLengthIsRefusedBeforeAllocating() {
    byte[] b = {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f};
    assertThat(MessageType.DIAGNOSTIC_ARRAY.decode(b))
        .isInstanceOfSatisfying(
            Decoded.Malformed.class, m -> assertThat(m.reason()).contains("exceeds"));
  }

  @Test
  void aStringWithoutItsNulOrWithInvalidUtf8IsMalformed() {
    assertThat(MessageType.STRING.decode(new byte[] {0, 1, 0, 0, 2, 0, 0, 0, 'h', 'i'}))
        .isInstanceOf(Decoded.Malformed.class);
    assertThat(MessageType.STRING.decode(new byte[] {0, 1, 0, 0, 2, 0, 0, 0, (byte) 0xc3, 0}))
        .isInstanceOf(Decoded.Malformed.class);
  }

  @Test
  void aBooleanOtherThanZeroOrOneIsMalformed() {
    assertThat(MessageType.BOOL.decode(new byte[] {0, 1, 0, 0, 2}))
        .isInstanceOf(Decoded.Malformed.class);
  }
}
