package io.stepguard.ros.transport;

import io.stepguard.ros.cdr.CdrException;
import io.stepguard.ros.dds.CycloneParticipant;
import io.stepguard.ros.dds.CycloneReader;
import io.stepguard.ros.dds.CycloneWaitset;
import io.stepguard.ros.dds.CycloneWriter;
import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.RosMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The real wire: one Cyclone DDS participant on {@code domainId} (ROS_DOMAIN_ID) with ROS 2's
 * participant user data, and one waitset to which every subscription is attached.
 */
public final class CycloneTransport implements Transport {
  private final CycloneParticipant participant;
  private final CycloneWaitset waitset;

  /** A participant configured by {@code CYCLONEDDS_URI}, as ROS 2 nodes are. */
  public CycloneTransport(int domainId) {
    this(domainId, Optional.empty());
  }

  /**
   * @param config Cyclone XML for the domain (used when this JVM creates the domain first); empty
   *     to let Cyclone read {@code CYCLONEDDS_URI}
   */
  public CycloneTransport(int domainId, Optional<String> config) {
    this.participant =
        CycloneParticipant.create(domainId, config, CycloneParticipant.ROS_USER_DATA);
    this.waitset = participant.waitset();
  }

  @Override
  public Publisher publisher(String ddsTopic, TopicType type, Qos qos) {
    CycloneWriter w = participant.writer(ddsTopic, type, qos);
    byte[] guid = w.guid();
    return new Publisher() {
      @Override
      public void publish(RosMessage m) {
        try {
          w.write(m.encode());
        } catch (CdrException e) {
          throw new IllegalStateException(
              "a message encoded by stepguard does not fit " + type.ddsName(), e);
        }
      }

      @Override
      public byte[] guid() {
        return guid.clone();
      }

      @Override
      public int matched() {
        return w.matchedReaders();
      }
    };
  }

  @Override
  public Subscription subscription(String ddsTopic, TopicType type, Qos qos) {
    CycloneReader r = participant.reader(ddsTopic, type, qos);
    waitset.attach(r);
    byte[] guid = r.guid();
    return new Subscription() {
      @Override
      public String ddsTopic() {
        return ddsTopic;
      }

      @Override
      public List<byte[]> take() {
        return r.take();
      }

      @Override
      public byte[] guid() {
        return guid.clone();
      }

      @Override
      public int matched() {
        return r.matchedWriters();
      }
    };
  }

  @Override
  public void await(long timeoutNanos) {
    waitset.await(Duration.ofNanos(Math.max(0, timeoutNanos)));
  }

  @Override
  public void wakeUp() {
    waitset.wakeup();
  }

  @Override
  public byte[] guid() {
    return participant.guid();
  }

  @Override
  public void close() {
    participant.close();
  }
}
