package io.stepguard.ros.msg;

import io.stepguard.ros.cdr.CdrException;
import io.stepguard.ros.cdr.CdrReader;
import io.stepguard.ros.cdr.CdrWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * rmw_dds_common/msg/ParticipantEntitiesInfo, what {@code ros2 node list} reads from the topic
 * {@code ros_discovery_info}. A GID is {@code octet[gidSize]}: the 16-byte DDS GUID, padded with
 * zeros to 24 bytes up to Humble.
 */
public record ParticipantEntitiesInfo(Gid gid, List<NodeEntitiesInfo> nodes) implements RosMessage {
  public ParticipantEntitiesInfo {
    nodes = List.copyOf(nodes);
  }

  /** A GID; {@code data.length} is the wire size (16 or 24). */
  public record Gid(byte[] data) {
    public Gid {
      data = data.clone();
    }

    /** The 16-byte GUID padded (or cut) to {@code size} bytes. */
    public static Gid of(byte[] guid, int size) {
      return new Gid(java.util.Arrays.copyOf(guid, size));
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Gid g && java.util.Arrays.equals(data, g.data);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return java.util.HexFormat.of().formatHex(data);
    }
  }

  /** One node of the participant, with the GIDs of its readers and writers. */
  public record NodeEntitiesInfo(
      String namespace, String name, List<Gid> readers, List<Gid> writers) {
    public NodeEntitiesInfo {
      readers = List.copyOf(readers);
      writers = List.copyOf(writers);
    }
  }

  @Override
  public void write(CdrWriter w) {
    w.octets(gid.data());
    w.int32(nodes.size());
    for (NodeEntitiesInfo n : nodes) {
      w.string(n.namespace()).string(n.name());
      w.int32(n.readers().size());
      n.readers().forEach(g -> w.octets(g.data()));
      w.int32(n.writers().size());
      n.writers().forEach(g -> w.octets(g.data()));
    }
  }

  static ParticipantEntitiesInfo read(CdrReader r, int gidSize) throws CdrException {
    var gid = new Gid(r.readOctets(gidSize));
    int n = r.readLength(10);
    var nodes = new ArrayList<NodeEntitiesInfo>(n);
    for (int i = 0; i < n; i++) {
      String ns = r.readString();
      String name = r.readString();
      nodes.add(new NodeEntitiesInfo(ns, name, gids(r, gidSize), gids(r, gidSize)));
    }
    return new ParticipantEntitiesInfo(gid, nodes);
  }

  private static List<Gid> gids(CdrReader r, int gidSize) throws CdrException {
    int n = r.readLength(gidSize);
    var out = new ArrayList<Gid>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Gid(r.readOctets(gidSize)));
    }
    return out;
  }
}
