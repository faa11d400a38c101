package io.stepguard.ros.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded fuzzing: thousands of mutated payloads (bit flips, byte overwrites, truncations,
 * insertions, length fields set to extremes) are decoded by every message type; each decode must
 * return {@link Decoded.Ok} or {@link Decoded.Malformed}, never throw, and an Ok must re-encode to
 * a payload that decodes to the same message.
 */
class MessageFuzzTest {
  private static final List<RosMessage> SEEDS =
      List.of(
          new StringMsg("{\"schema_version\":1,\"plan_id\":\"p\"}"),
          new BoolMsg(false),
          MessageCodecTest.DIAG,
          MessageCodecTest.DISCOVERY);

  private static final List<MessageType<?>> TYPES =
      List.of(
          MessageType.STRING,
          MessageType.BOOL,
          MessageType.DIAGNOSTIC_ARRAY,
          MessageType.participantEntitiesInfo(16),
          MessageType.participantEntitiesInfo(24));

  private static byte[] mutate(byte[] in, Random rnd) {
    byte[] b = in.clone();
    int edits = 1 + rnd.nextInt(4);
    for (int e = 0; e < edits; e++) {
      switch (rnd.nextInt(5)) {
        case 0 -> {
          int i = rnd.nextInt(b.length);
          b[i] ^= (byte) (1 << rnd.nextInt(8));
        }
        case 1 -> b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        case 2 -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1));
        case 3 -> {
          int at = rnd.nextInt(b.length + 1);
          int n = 1 + rnd.nextInt(8);
          byte[] out = new byte[b.length + n];
          System.arraycopy(b, 0, out, 0, at);
          for (int i = 0; i < n; i++) {
            out[at + i] = (byte) rnd.nextInt(256);
          }
          System.arraycopy(b, at, out, at + n, b.length - at);
          b = out;
        }
        default -> {
          // a 4-aligned word (a length field, often) set to an extreme
          if (b.length >= 8) {
            int at = 4 + 4 * rnd.nextInt((b.length - 4) / 4);
            int v = rnd.nextBoolean() ? -1 : rnd.nextInt(1 << 20);
            for (int i = 0; i < 4 && at + i < b.length; i++) {
              b[at + i] = (byte) (v >>> (8 * i));
            }
          }
        }
      }
      if (b.length == 0) {
        return b;
      }
    }
    return b;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20261124})
  void mutatedPayloadsDecodeToOkOrMalformedNeverAnException(long seed) {
    var rnd = new Random(seed);
    int ok = 0;
    int malformed = 0;
    for (int i = 0; i < 2500; i++) {
      byte[] payload = mutate(SEEDS.get(rnd.nextInt(SEEDS.size())).encode(), rnd);
      for (MessageType<?> type : TYPES) {
        switch (type.decode(payload)) {
          case Decoded.Ok<?> good -> {
            ok++;
            RosMessage m = (RosMessage) good.message();
            assertThat(type.decode(m.encode())).isEqualTo(good);
          }
          case Decoded.Malformed<?> bad -> {
            malformed++;
            assertThat(bad.reason()).isNotBlank();
          }
        }
      }
    }
    assertThat(ok + malformed).isEqualTo(2500 * TYPES.size());
    assertThat(malformed).isPositive();
  }
}
