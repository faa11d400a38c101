package io.stepguard.ros.transport;

import io.stepguard.ros.dds.Qos;
import io.stepguard.ros.dds.TopicType;
import io.stepguard.ros.msg.RosMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory bus with DDS-like semantics for tests and simulation: every publication is encoded
 * to CDR and delivered to every subscription on the same topic; a transient-local topic keeps its
 * last {@code depth} payloads for late subscribers. Several transports can share one {@link Bus}
 * (one per simulated participant). Thread-safe.
 */
public final class InProcessTransport implements Transport {
  private static final AtomicLong IDS = new AtomicLong();

  /** The shared medium. */
  public static final class Bus {
    private final Map<String, List<Queue>> subscribers = new HashMap<>();
    private final Map<String, ArrayDeque<byte[]>> latched = new HashMap<>();
    private final List<InProcessTransport> members = new ArrayList<>();
    private final Map<String, Integer> publishers = new HashMap<>();

    synchronized void advertise(String topic) {
      publishers.merge(topic, 1, Integer::sum);
    }

    synchronized int subscriberCount(String topic) {
      return subscribers.getOrDefault(topic, List.of()).size();
    }

    synchronized int publisherCount(String topic) {
      return publishers.getOrDefault(topic, 0);
    }

    synchronized void publish(String topic, byte[] payload, Qos qos) {
      if (qos.transientLocal()) {
        var keep = latched.computeIfAbsent(topic, t -> new ArrayDeque<>());
        keep.addLast(payload);
        while (keep.size() > qos.depth()) {
          keep.removeFirst();
        }
      }
      for (Queue q : subscribers.getOrDefault(topic, List.of())) {
        q.offer(payload);
      }
      members.forEach(InProcessTransport::wakeUp);
    }

    synchronized Queue subscribe(String topic, Qos qos) {
      var q = new Queue(qos.depth());
      subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(q);
      if (qos.transientLocal()) {
        latched.getOrDefault(topic, new ArrayDeque<>()).forEach(q::offer);
      }
      return q;
    }

    synchronized void join(InProcessTransport t) {
      members.add(t);
    }
  }

  /** A keep-last queue. */
  static final class Queue {
    private final ArrayDeque<byte[]> items = new ArrayDeque<>();
    private final int depth;

    Queue(int depth) {
      this.depth = depth;
    }

    synchronized void offer(byte[] b) {
      items.addLast(b);
      while (items.size() > depth) {
        items.removeFirst();
      }
    }

    synchronized List<byte[]> drain() {
      var out = new ArrayList<>(items);
      items.clear();
      return out;
    }
  }

  private final Bus bus;
  private final byte[] guid = newGuid();
  private final Object signal = new Object();
  private boolean woken;

  public InProcessTransport(Bus bus) {
    this.bus = bus;
    bus.join(this);
  }

  private static byte[] newGuid() {
    long id = IDS.incrementAndGet();
    byte[] g = new byte[16];
    for (int i = 0; i < 8; i++) {
      g[15 - i] = (byte) (id >>> (8 * i));
    }
    return g;
  }

  @Override
  public Publisher publisher(String ddsTopic, TopicType type, Qos qos) {
    byte[] g = newGuid();
    bus.advertise(ddsTopic);
    return new Publisher() {
      @Override
      public void publish(RosMessage m) {
        bus.publish(ddsTopic, m.encode(), qos);
      }

      @Override
      public byte[] guid() {
        return g.clone();
      }

      @Override
      public int matched() {
        return bus.subscriberCount(ddsTopic);
      }
    };
  }

  @Override
  public Subscription subscription(String ddsTopic, TopicType type, Qos qos) {
    Queue q = bus.subscribe(ddsTopic, qos);
    byte[] g = newGuid();
    return new Subscription() {
      @Override
      public String ddsTopic() {
        return ddsTopic;
      }

      @Override
      public List<byte[]> take() {
        return q.drain();
      }

      @Override
      public byte[] guid() {
        return g.clone();
      }

      @Override
      public int matched() {
        return bus.publisherCount(ddsTopic);
      }
    };
  }

  @Override
  public void await(long timeoutNanos) {
    synchronized (signal) {
      long deadline = System.nanoTime() + Math.max(0, timeoutNanos);
      while (!woken) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          signal.wait(left / 1_000_000, (int) (left % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      woken = false;
    }
  }

  @Override
  public void wakeUp() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  @Override
  public byte[] guid() {
    return guid.clone();
  }

  @Override
  public void close() {
    wakeUp();
  }
}
