package io.stepguard.ros.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.BoolMsg;
import io.stepguard.ros.msg.Decoded;
import io.stepguard.ros.msg.MessageType;
import io.stepguard.ros.msg.StringMsg;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-process bus keeps the DDS semantics the node relies on. */
class InProcessTransportTest {
  private final InProcessTransport.Bus bus = new InProcessTransport.Bus();
  private final InProcessTransport a = new InProcessTransport(bus);
  private final InProcessTransport b = new InProcessTransport(bus);

  private static List<String> strings(List<byte[]> payloads) {
    return payloads.stream()
        .map(p -> ((Decoded.Ok<StringMsg>) MessageType.STRING.decode(p)).message().data())
        .toList();
  }

  @Test
  void aLateTransientLocalSubscriberGetsTheLastValueAndAVolatileOneNothing() {
    var halt = a.publisher("rt/halt", TopicType.BOOL, Qos.LATCHED);
    halt.publish(new BoolMsg(false));
    halt.publish(new BoolMsg(true));
    var latched = b.subscription("rt/halt", TopicType.BOOL, Qos.LATCHED);
    var plain = b.subscription("rt/halt", TopicType.BOOL, Qos.DEFAULT);
    assertThat(latched.take())
        .singleElement()
        .satisfies(
            p ->
                assertThat(MessageType.BOOL.decode(p))
                    .isEqualTo(new Decoded.Ok<>(new BoolMsg(true))));
    assertThat(plain.take()).isEmpty();
  }

  @Test
  void keepLastDropsTheOldestAndPayloadsAreCdr() {
    var sub = b.subscription("rt/x", TopicType.STRING, Qos.DEFAULT);
    var pub = a.publisher("rt/x", TopicType.STRING, Qos.DEFAULT);
    for (int i = 0; i < 12; i++) {
      pub.publish(new StringMsg("m" + i));
    }
    assertThat(strings(sub.take())).hasSize(10).startsWith("m2").endsWith("m11");
    assertThat(sub.take()).isEmpty();
  }

  @Test
  void matchedCountsAndWakeUps() {
    var pub = a.publisher("rt/y", TopicType.STRING, Qos.DEFAULT);
    assertThat(pub.matched()).isZero();
    var sub = b.subscription("rt/y", TopicType.STRING, Qos.DEFAULT);
    assertThat(pub.matched()).isEqualTo(1);
    assertThat(sub.matched()).isEqualTo(1);
    long t0 = System.nanoTime();
    pub.publish(new StringMsg("wake"));
    b.await(5_000_000_000L);
    assertThat(System.nanoTime() - t0).isLessThan(2_000_000_000L);
    assertThat(strings(sub.take())).containsExactly("wake");
  }
}
