package io.stepguard.ros.node;

import java.util.Map;

/**
 * ROS 2 name resolution for topics: a relative name is resolved against the node's namespace, a
 * private name ({@code ~/x}) against the node's fully qualified name, then remap rules apply; the
 * DDS topic is the resolved name with the {@code rt} prefix ({@code /arm/stepguard/plan} becomes
 * {@code rt/arm/stepguard/plan}).
 */
public record RosNames(String namespace, String nodeName, Map<String, String> remaps) {
  public RosNames {
    namespace = normalizeNamespace(namespace);
    if (!nodeName.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("invalid node name '" + nodeName + "'");
    }
    // ordered: the first matching rule wins, as in rcl
    remaps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(remaps));
  }

  static String normalizeNamespace(String ns) {
    String n = ns.isEmpty() ? "/" : ns.startsWith("/") ? ns : "/" + ns;
    if (n.length() > 1 && n.endsWith("/")) {
      n = n.substring(0, n.length() - 1);
    }
    if (!n.matches("/|(/[A-Za-z_][A-Za-z0-9_]*)+")) {
      throw new IllegalArgumentException("invalid namespace '" + ns + "'");
    }
    return n;
  }

  public String fullyQualifiedName() {
    return namespace.equals("/") ? "/" + nodeName : namespace + "/" + nodeName;
  }

  /** The absolute ROS name of {@code topic} after remapping. */
  public String resolve(String topic) {
    String abs;
    if (topic.startsWith("/")) {
      abs = topic;
    } else if (topic.startsWith("~")) {
      abs = fullyQualifiedName() + topic.substring(1);
    } else {
      abs = namespace.equals("/") ? "/" + topic : namespace + "/" + topic;
    }
    for (var e : remaps.entrySet()) {
      String from = e.getKey();
      int colon = from.indexOf(':');
      if (colon > 0) {
        // "node:from:=to" applies to the named node only
        if (!from.substring(0, colon).equals(nodeName)) {
          continue;
        }
        from = from.substring(colon + 1);
      }
      if (from.equals(topic)
          || from.equals(abs)
          || (!from.startsWith("/") && resolvePlain(from).equals(abs))) {
        return resolvePlainTarget(e.getValue());
      }
    }
    return abs;
  }

  private String resolvePlain(String t) {
    return namespace.equals("/") ? "/" + t : namespace + "/" + t;
  }

  private String resolvePlainTarget(String t) {
    return t.startsWith("/") ? t : resolvePlain(t);
  }

  /** The DDS topic name for a ROS topic: "rt" + the resolved name. */
  public String ddsTopic(String topic) {
    return "rt" + resolve(topic);
  }
}
