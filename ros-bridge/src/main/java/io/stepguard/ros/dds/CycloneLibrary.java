package io.stepguard.ros.dds;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The FFM binding to Cyclone DDS's C library ({@code libddsc}, 0.10.x): method handles for the
 * plain C API stepguard uses, and the layout of {@code dds_topic_descriptor_t} (internal to
 * Cyclone, so pinned here and tested against the loaded library).
 *
 * <p>Only downcalls: no upcalls (an exception in an upcall kills the JVM), so readers are served
 * through waitsets. Thread-safe: Cyclone's API is thread-safe and the handles are immutable.
 *
 * <p>Lookup order: system property {@code stepguard.ddsc.library}, environment variable {@code
 * STEPGUARD_DDSC_LIBRARY} (a path or a name), then {@code libddsc.so.0debian} (Debian package
 * libddsc0debian), {@code libddsc.so.0}, {@code libddsc.so}, then {@code
 * /opt/ros/*&#47;lib/libddsc.so.0}.
 */
// FFM's restricted methods (Linker.nativeLinker, SymbolLookup.libraryLookup,
// MemorySegment.reinterpret) are the point of this class; the JVM runs with
// --enable-native-access=ALL-UNNAMED, and no other class uses them.
@SuppressWarnings("restricted")
public final class CycloneLibrary {
  static final Linker LINKER = Linker.nativeLinker();
  static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT;
  static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG;
  static final java.lang.foreign.AddressLayout PTR = ValueLayout.ADDRESS;

  /** dds_topic_descriptor_t as in dds/ddsc/dds_public_impl.h of Cyclone DDS 0.10. */
  static final StructLayout DESCRIPTOR =
      MemoryLayout.structLayout(
          I32.withName("m_size"),
          I32.withName("m_align"),
          I32.withName("m_flagset"),
          I32.withName("m_nkeys"),
          PTR.withName("m_typename"),
          PTR.withName("m_keys"),
          I32.withName("m_nops"),
          MemoryLayout.paddingLayout(4),
          PTR.withName("m_ops"),
          PTR.withName("m_meta"),
          PTR.withName("type_information_data"),
          I32.withName("type_information_sz"),
          MemoryLayout.paddingLayout(4),
          PTR.withName("type_mapping_data"),
          I32.withName("type_mapping_sz"),
          I32.withName("restrict_data_representation"));

  /** dds_sample_info_t: 64 bytes; valid_data is the bool at offset 12. */
  static final long SAMPLE_INFO_SIZE = 64;

  static final long SAMPLE_INFO_VALID_DATA = 12;

  /** dds_publication_matched_status_t / dds_subscription_matched_status_t: 24 bytes. */
  static final long MATCHED_STATUS_SIZE = 24;

  private static volatile Optional<CycloneLibrary> instance = Optional.empty();

  final String loadedFrom;
  final MethodHandle createParticipant;
  final MethodHandle createTopic;
  final MethodHandle createReader;
  final MethodHandle createWriter;
  final MethodHandle write;
  final MethodHandle takecdr;
  final MethodHandle serdataSize;
  final MethodHandle serdataToSer;
  final MethodHandle serdataUnref;
  final MethodHandle delete;
  final MethodHandle createQos;
  final MethodHandle deleteQos;
  final MethodHandle qsetReliability;
  final MethodHandle qsetDurability;
  final MethodHandle qsetHistory;
  final MethodHandle qsetUserdata;
  final MethodHandle qsetDeadline;
  final MethodHandle qsetLiveliness;
  final MethodHandle createWaitset;
  final MethodHandle createReadcondition;
  final MethodHandle waitsetAttach;
  final MethodHandle waitsetWait;
  final MethodHandle waitsetSetTrigger;
  final MethodHandle getPublicationMatchedStatus;
  final MethodHandle getSubscriptionMatchedStatus;
  final MethodHandle getGuid;
  final MethodHandle strretcode;

  private CycloneLibrary(SymbolLookup lib, String loadedFrom) {
    this.loadedFrom = loadedFrom;
    createParticipant = h(lib, "dds_create_participant", FunctionDescriptor.of(I32, I32, PTR, PTR));
    createTopic = h(lib, "dds_create_topic", FunctionDescriptor.of(I32, I32, PTR, PTR, PTR, PTR));
    createReader = h(lib, "dds_create_reader", FunctionDescriptor.of(I32, I32, I32, PTR, PTR));
    createWriter = h(lib, "dds_create_writer", FunctionDescriptor.of(I32, I32, I32, PTR, PTR));
    write = h(lib, "dds_write", FunctionDescriptor.of(I32, I32, PTR));
    takecdr = h(lib, "dds_takecdr", FunctionDescriptor.of(I32, I32, PTR, I32, PTR, I32));
    serdataSize = h(lib, "ddsi_serdata_size", FunctionDescriptor.of(I32, PTR));
    serdataToSer = h(lib, "ddsi_serdata_to_ser", FunctionDescriptor.ofVoid(PTR, I64, I64, PTR));
    serdataUnref = h(lib, "ddsi_serdata_unref", FunctionDescriptor.ofVoid(PTR));
    delete = h(lib, "dds_delete", FunctionDescriptor.of(I32, I32));
    createQos = h(lib, "dds_create_qos", FunctionDescriptor.of(PTR));
    deleteQos = h(lib, "dds_delete_qos", FunctionDescriptor.ofVoid(PTR));
    qsetReliability = h(lib, "dds_qset_reliability", FunctionDescriptor.ofVoid(PTR, I32, I64));
    qsetDurability = h(lib, "dds_qset_durability", FunctionDescriptor.ofVoid(PTR, I32));
    qsetHistory = h(lib, "dds_qset_history", FunctionDescriptor.ofVoid(PTR, I32, I32));
    qsetUserdata = h(lib, "dds_qset_userdata", FunctionDescriptor.ofVoid(PTR, PTR, I64));
    qsetDeadline = h(lib, "dds_qset_deadline", FunctionDescriptor.ofVoid(PTR, I64));
    qsetLiveliness = h(lib, "dds_qset_liveliness", FunctionDescriptor.ofVoid(PTR, I32, I64));
    createWaitset = h(lib, "dds_create_waitset", FunctionDescriptor.of(I32, I32));
    createReadcondition = h(lib, "dds_create_readcondition", FunctionDescriptor.of(I32, I32, I32));
    waitsetAttach = h(lib, "dds_waitset_attach", FunctionDescriptor.of(I32, I32, I32, I64));
    waitsetWait = h(lib, "dds_waitset_wait", FunctionDescriptor.of(I32, I32, PTR, I64, I64));
    waitsetSetTrigger =
        h(
            lib,
            "dds_waitset_set_trigger",
            FunctionDescriptor.of(I32, I32, ValueLayout.JAVA_BOOLEAN));
    getPublicationMatchedStatus =
        h(lib, "dds_get_publication_matched_status", FunctionDescriptor.of(I32, I32, PTR));
    getSubscriptionMatchedStatus =
        h(lib, "dds_get_subscription_matched_status", FunctionDescriptor.of(I32, I32, PTR));
    getGuid = h(lib, "dds_get_guid", FunctionDescriptor.of(I32, I32, PTR));
    strretcode = h(lib, "dds_strretcode", FunctionDescriptor.of(PTR, I32));
  }

  private static MethodHandle h(SymbolLookup lib, String name, FunctionDescriptor fd) {
    MemorySegment sym =
        lib.find(name)
            .orElseThrow(
                () ->
                    new DdsException(
                        "libddsc has no symbol " + name + ": is it Cyclone DDS 0.10?"));
    return LINKER.downcallHandle(sym, fd);
  }

  /**
   * The library, loaded on first use; {@link DdsException} with the package to install if absent.
   */
  public static CycloneLibrary get() {
    Optional<CycloneLibrary> lib = instance;
    if (lib.isPresent()) {
      return lib.get();
    }
    synchronized (CycloneLibrary.class) {
      if (instance.isEmpty()) {
        instance = Optional.of(load());
      }
      return instance.get();
    }
  }

  /** The names and paths tried, in order. */
  static List<String> candidates() {
    var out = new ArrayList<String>();
    String prop = System.getProperty("stepguard.ddsc.library");
    if (prop != null && !prop.isBlank()) {
      out.add(prop);
    }
    String env = System.getenv("STEPGUARD_DDSC_LIBRARY");
    if (env != null && !env.isBlank()) {
      out.add(env);
    }
    out.add("libddsc.so.0debian");
    out.add("libddsc.so.0");
    out.add("libddsc.so");
    try (var dirs = Files.newDirectoryStream(Path.of("/opt/ros"))) {
      for (Path d : dirs) {
        out.add(d.resolve("lib/libddsc.so.0").toString());
      }
    } catch (java.io.IOException | SecurityException e) {
      // no ROS 2 installation: nothing to add
    }
    return out;
  }

  private static CycloneLibrary load() {
    var errors = new ArrayList<String>();
    for (String c : candidates()) {
      try {
        SymbolLookup lib =
            c.contains("/")
                ? SymbolLookup.libraryLookup(Path.of(c), Arena.global())
                : SymbolLookup.libraryLookup(c, Arena.global());
        return new CycloneLibrary(lib, c);
      } catch (IllegalArgumentException e) {
        errors.add(c + ": " + e.getMessage());
      }
    }
    throw new DdsException(
        "Cyclone DDS (libddsc) not found; tried "
            + errors
            + ". Install it with: sudo apt-get install -y libddsc0debian (Debian/Ubuntu), "
            + "or source a ROS 2 installation (ros-<distro>-cyclonedds), or set "
            + "-Dstepguard.ddsc.library=/path/to/libddsc.so");
  }

  /** Where the library was loaded from. */
  public String loadedFrom() {
    return loadedFrom;
  }

  /** The name Cyclone gives a return code ("DDS_RETCODE_BAD_PARAMETER"). */
  static String retcodeName(int rc) {
    try {
      MemorySegment s = (MemorySegment) get().strretcode.invokeExact(rc);
      return s.reinterpret(256).getString(0);
    } catch (Throwable t) {
      return "retcode " + rc;
    }
  }

  /** Builds a topic descriptor for {@code type} in {@code arena} (which must outlive the topic). */
  static MemorySegment descriptor(Arena arena, TopicType type) {
    MemorySegment d = arena.allocate(DESCRIPTOR);
    d.set(I32, DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement("m_size")), type.size());
    d.set(
        I32, DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement("m_align")), type.align());
    d.set(
        I32,
        DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement("m_flagset")),
        type.flags());
    d.set(I32, DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement("m_nkeys")), 0);
    d.set(
        PTR,
        DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement("m_typename")),
        arena.allocateFrom(type.ddsName()));
    d.set(I32, DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement("m_nops")), type.nops());
    MemorySegment ops = arena.allocate(I32, type.ops().size());
    for (int i = 0; i < type.ops().size(); i++) {
      ops.setAtIndex(I32, i, type.ops().get(i));
    }
    d.set(PTR, DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement("m_ops")), ops);
    d.set(
        PTR,
        DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement("m_meta")),
        arena.allocateFrom(""));
    return d;
  }

  /** Views a native pointer returned by Cyclone as {@code size} readable bytes. */
  static MemorySegment view(MemorySegment pointer, long size) {
    return pointer.reinterpret(size);
  }
}
