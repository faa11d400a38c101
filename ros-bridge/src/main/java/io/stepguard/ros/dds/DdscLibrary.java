package io.stepguard.ros.dds;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Foreign Function &amp; Memory binding to Cyclone DDS's C library ({@code libddsc}, 0.10
 * series): downcalls only, no upcalls (an exception thrown in an upcall would kill the JVM, so
 * blocking reads use waitsets). Entities are Cyclone's {@code dds_entity_t} handles (int).
 *
 * <p>The library is found, in order, at the path or name in the system property {@value
 * #LIBRARY_PROPERTY}, the environment variable {@value #LIBRARY_ENV}, then {@code
 * libddsc.so.0debian} (Debian), {@code libddsc.so.0} and {@code libddsc.so} on the loader path,
 * then {@code /opt/ros/<distro>/lib/libddsc.so.0} (ROS 2). Loading happens once per JVM.
 *
 * <p>Thread-safe: Cyclone's API is thread-safe and this class keeps no state but the method handles
 * and the reference counts of the domains it created. Every call costs a downcall (tens of
 * nanoseconds) plus Cyclone's own work.
 */
// FFM's Linker.downcallHandle, SymbolLookup.libraryLookup and MemorySegment.reinterpret are
// "restricted" methods (javac -Xlint:restricted warns, and -Werror would fail the build); this
// class is the one place in stepguard that calls them, and the JVM runs with
// --enable-native-access=ALL-UNNAMED.
@SuppressWarnings("restricted")
public final class DdscLibrary {
  /** System property naming the library file or soname to load first. */
  public static final String LIBRARY_PROPERTY = "stepguard.ddsc.library";

  /** Environment variable naming the library file or soname, after the property. */
  public static final String LIBRARY_ENV = "STEPGUARD_DDSC_LIBRARY";

  /** The default names tried after the property and the environment variable. */
  public static final List<String> DEFAULT_NAMES =
      List.of("libddsc.so.0debian", "libddsc.so.0", "libddsc.so");

  static final int DDS_ANY_STATE = 0x7f;
  static final int RETCODE_PRECONDITION_NOT_MET = -4;
  static final long DDS_INFINITY = Long.MAX_VALUE;

  /** How long a reliable write may block on a full history (ROS 2 uses 100 ms). */
  static final long RELIABLE_MAX_BLOCKING_NANOS = 100_000_000L;

  private static final Linker LINKER = Linker.nativeLinker();
  private static volatile DdscLibrary instance;

  private final String loadedFrom;
  private final MethodHandle createDomain;
  private final MethodHandle createParticipant;
  private final MethodHandle createTopic;
  private final MethodHandle createReader;
  private final MethodHandle createWriter;
  private final MethodHandle delete;
  private final MethodHandle createQos;
  private final MethodHandle deleteQos;
  private final MethodHandle qsetReliability;
  private final MethodHandle qsetDurability;
  private final MethodHandle qsetHistory;
  private final MethodHandle qsetUserdata;
  private final MethodHandle qsetDeadline;
  private final MethodHandle qsetLiveliness;
  private final MethodHandle write;
  private final MethodHandle take;
  private final MethodHandle returnLoan;
  private final MethodHandle takecdr;
  private final MethodHandle serdataSize;
  private final MethodHandle serdataToSer;
  private final MethodHandle serdataUnref;
  private final MethodHandle createWaitset;
  private final MethodHandle waitsetAttach;
  private final MethodHandle waitsetWait;
  private final MethodHandle createReadcondition;
  private final MethodHandle createGuardcondition;
  private final MethodHandle setGuardcondition;
  private final MethodHandle takeGuardcondition;
  private final MethodHandle publicationMatched;
  private final MethodHandle subscriptionMatched;
  private final MethodHandle getGuid;
  private final MethodHandle strretcode;

  private final Map<Integer, int[]> ownedDomains = new HashMap<>(); // id -> {handle, refs}

  private DdscLibrary(SymbolLookup lib, String loadedFrom) {
    this.loadedFrom = loadedFrom;
    createDomain = fn(lib, "dds_create_domain", JAVA_INT, JAVA_INT, ADDRESS);
    createParticipant = fn(lib, "dds_create_participant", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    createTopic =
        fn(lib, "dds_create_topic", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
    createReader = fn(lib, "dds_create_reader", JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    createWriter = fn(lib, "dds_create_writer", JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    delete = fn(lib, "dds_delete", JAVA_INT, JAVA_INT);
    createQos = fn(lib, "dds_create_qos", ADDRESS);
    deleteQos = fnVoid(lib, "dds_delete_qos", ADDRESS);
    qsetReliability = fnVoid(lib, "dds_qset_reliability", ADDRESS, JAVA_INT, JAVA_LONG);
    qsetDurability = fnVoid(lib, "dds_qset_durability", ADDRESS, JAVA_INT);
    qsetHistory = fnVoid(lib, "dds_qset_history", ADDRESS, JAVA_INT, JAVA_INT);
    qsetUserdata = fnVoid(lib, "dds_qset_userdata", ADDRESS, ADDRESS, JAVA_LONG);
    qsetDeadline = fnVoid(lib, "dds_qset_deadline", ADDRESS, JAVA_LONG);
    qsetLiveliness = fnVoid(lib, "dds_qset_liveliness", ADDRESS, JAVA_INT, JAVA_LONG);
    write = fn(lib, "dds_write", JAVA_INT, JAVA_INT, ADDRESS);
    take = fn(lib, "dds_take", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT);
    returnLoan = fn(lib, "dds_return_loan", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    takecdr = fn(lib, "dds_takecdr", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
    serdataSize = fn(lib, "ddsi_serdata_size", JAVA_INT, ADDRESS);
    serdataToSer = fnVoid(lib, "ddsi_serdata_to_ser", ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS);
    serdataUnref = fnVoid(lib, "ddsi_serdata_unref", ADDRESS);
    createWaitset = fn(lib, "dds_create_waitset", JAVA_INT, JAVA_INT);
    waitsetAttach = fn(lib, "dds_waitset_attach", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG);
    waitsetWait = fn(lib, "dds_waitset_wait", JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG);
    createReadcondition = fn(lib, "dds_create_readcondition", JAVA_INT, JAVA_INT, JAVA_INT);
    createGuardcondition = fn(lib, "dds_create_guardcondition", JAVA_INT, JAVA_INT);
    setGuardcondition = fn(lib, "dds_set_guardcondition", JAVA_INT, JAVA_INT, JAVA_BOOLEAN);
    takeGuardcondition = fn(lib, "dds_take_guardcondition", JAVA_INT, JAVA_INT, ADDRESS);
    publicationMatched = fn(lib, "dds_get_publication_matched_status", JAVA_INT, JAVA_INT, ADDRESS);
    subscriptionMatched =
        fn(lib, "dds_get_subscription_matched_status", JAVA_INT, JAVA_INT, ADDRESS);
    getGuid = fn(lib, "dds_get_guid", JAVA_INT, JAVA_INT, ADDRESS);
    strretcode = fn(lib, "dds_strretcode", ADDRESS, JAVA_INT);
  }

  /**
   * The library, loaded on first use.
   *
   * @throws DdsException when no candidate loads; the message lists what was tried and the package
   *     that provides the library
   */
  public static DdscLibrary get() {
    DdscLibrary lib = instance;
    if (lib == null) {
      synchronized (DdscLibrary.class) {
        lib = instance;
        if (lib == null) {
          lib = load(candidates());
          instance = lib;
        }
      }
    }
    return lib;
  }

  /** The candidates tried by {@link #get()}, in order. */
  public static List<String> candidates() {
    var out = new ArrayList<String>();
    Optional.ofNullable(System.getProperty(LIBRARY_PROPERTY))
        .filter(s -> !s.isBlank())
        .ifPresent(out::add);
    Optional.ofNullable(System.getenv(LIBRARY_ENV)).filter(s -> !s.isBlank()).ifPresent(out::add);
    out.addAll(DEFAULT_NAMES);
    Path ros = Path.of("/opt/ros");
    if (Files.isDirectory(ros)) {
      try (Stream<Path> distros = Files.list(ros)) {
        distros
            .sorted()
            .map(d -> d.resolve("lib").resolve("libddsc.so.0"))
            .filter(Files::exists)
            .forEach(p -> out.add(p.toString()));
      } catch (java.io.IOException e) {
        // An unreadable /opt/ros only removes candidates; the error below lists what was tried.
      }
    }
    return List.copyOf(out);
  }

  /** Loads the first candidate that opens; the error names every attempt and the package. */
  static DdscLibrary load(List<String> candidates) {
    var failures = new ArrayList<String>();
    for (String c : candidates) {
      try {
        SymbolLookup lookup =
            c.contains("/")
                ? SymbolLookup.libraryLookup(Path.of(c), Arena.global())
                : SymbolLookup.libraryLookup(c, Arena.global());
        return new DdscLibrary(lookup, c);
      } catch (IllegalArgumentException | DdsException e) {
        failures.add(c + " (" + e.getMessage() + ")");
      }
    }
    throw new DdsException(
        "Cyclone DDS (libddsc) not found; tried "
            + String.join(", ", failures)
            + ". Install it with: sudo apt-get install -y libddsc0debian (Debian 12), or source"
            + " a ROS 2 installation that has ros-<distro>-cyclonedds (libddsc.so.0 under"
            + " /opt/ros/<distro>/lib), or set -D"
            + LIBRARY_PROPERTY
            + " / "
            + LIBRARY_ENV
            + " to the library's path.");
  }

  /** Where the library was loaded from (a path or a soname). */
  public String loadedFrom() {
    return loadedFrom;
  }

  private static MethodHandle fn(
      SymbolLookup lib,
      String name,
      java.lang.foreign.MemoryLayout ret,
      java.lang.foreign.MemoryLayout... args) {
    return LINKER.downcallHandle(symbol(lib, name), FunctionDescriptor.of(ret, args));
  }

  private static MethodHandle fnVoid(
      SymbolLookup lib, String name, java.lang.foreign.MemoryLayout... args) {
    return LINKER.downcallHandle(symbol(lib, name), FunctionDescriptor.ofVoid(args));
  }

  private static MemorySegment symbol(SymbolLookup lib, String name) {
    return lib.find(name)
        .orElseThrow(
            () ->
                new DdsException(
                    "symbol "
                        + name
                        + " missing from libddsc: stepguard needs Cyclone DDS 0.10 or newer"));
  }

  // ---- memory helpers (reinterpret is restricted) ----

  /** A view of {@code bytes} bytes at the address held by {@code pointer}. */
  static MemorySegment view(MemorySegment pointer, long bytes) {
    return pointer.reinterpret(bytes);
  }

  /** The NUL-terminated UTF-8 string at {@code pointer}; "" for NULL. */
  static String cString(MemorySegment pointer) {
    if (pointer.address() == 0) {
      return "";
    }
    return pointer.reinterpret(Integer.MAX_VALUE).getString(0);
  }

  // ---- calls ----

  private static RuntimeException rethrow(String call, Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new DdsException(call + " failed: " + t, t);
  }

  /** Cyclone's text for a return code. */
  public String retcodeText(int rc) {
    try {
      return cString((MemorySegment) strretcode.invokeExact(rc));
    } catch (Throwable t) {
      throw rethrow("dds_strretcode", t);
    }
  }

  /** {@code rc} when it is not negative, else a {@link DdsException} naming {@code call}. */
  int check(int rc, String call) {
    if (rc < 0) {
      throw new DdsException(call + " failed: " + retcodeText(rc) + " (" + rc + ")");
    }
    return rc;
  }

  /**
   * Creates domain {@code domainId} with the XML {@code config} for this JVM, or takes a reference
   * to the one this class already created; released by {@link #releaseDomain}.
   *
   * @return true if this call created or referenced a domain owned by this class; false if the
   *     domain already existed (created by Cyclone from CYCLONEDDS_URI), in which case the config
   *     is not applied
   */
  boolean acquireDomain(int domainId, String config) {
    synchronized (ownedDomains) {
      int[] owned = ownedDomains.get(domainId);
      if (owned != null) {
        owned[1]++;
        return true;
      }
      int rc;
      try (Arena a = Arena.ofConfined()) {
        rc = (int) createDomain.invokeExact(domainId, a.allocateFrom(config));
      } catch (Throwable t) {
        throw rethrow("dds_create_domain", t);
      }
      if (rc == RETCODE_PRECONDITION_NOT_MET) {
        return false;
      }
      check(rc, "dds_create_domain(" + domainId + ")");
      ownedDomains.put(domainId, new int[] {rc, 1});
      return true;
    }
  }

  /** Drops a reference from {@link #acquireDomain}; the last one deletes the domain. */
  void releaseDomain(int domainId) {
    synchronized (ownedDomains) {
      int[] owned = ownedDomains.get(domainId);
      if (owned != null && --owned[1] == 0) {
        ownedDomains.remove(domainId);
        delete(owned[0]);
      }
    }
  }

  int createParticipant(int domainId, MemorySegment qos) {
    try {
      return check(
          (int) createParticipant.invokeExact(domainId, qos, MemorySegment.NULL),
          "dds_create_participant(domain " + domainId + ")");
    } catch (Throwable t) {
      throw rethrow("dds_create_participant", t);
    }
  }

  int createTopic(int participant, MemorySegment descriptor, String name) {
    try (Arena a = Arena.ofConfined()) {
      return check(
          (int)
              createTopic.invokeExact(
                  participant,
                  descriptor,
                  a.allocateFrom(name),
                  MemorySegment.NULL,
                  MemorySegment.NULL),
          "dds_create_topic(" + name + ")");
    } catch (Throwable t) {
      throw rethrow("dds_create_topic", t);
    }
  }

  int createReader(int participant, int topic, MemorySegment qos) {
    try {
      return check(
          (int) createReader.invokeExact(participant, topic, qos, MemorySegment.NULL),
          "dds_create_reader");
    } catch (Throwable t) {
      throw rethrow("dds_create_reader", t);
    }
  }

  int createWriter(int participant, int topic, MemorySegment qos) {
    try {
      return check(
          (int) createWriter.invokeExact(participant, topic, qos, MemorySegment.NULL),
          "dds_create_writer");
    } catch (Throwable t) {
      throw rethrow("dds_create_writer", t);
    }
  }

  /** Deletes an entity and its children; an already deleted entity is ignored. */
  void delete(int entity) {
    try {
      int rc = (int) delete.invokeExact(entity);
      if (rc < 0 && rc != -3 /* BAD_PARAMETER: already gone */ && rc != -9 /* ALREADY_DELETED */) {
        check(rc, "dds_delete");
      }
    } catch (Throwable t) {
      throw rethrow("dds_delete", t);
    }
  }

  /**
   * A {@code dds_qos_t} for {@code qos}, plus {@code userData} when not empty; free it with {@link
   * #deleteQos}.
   */
  MemorySegment createQos(Qos qos, byte[] userData) {
    try {
      MemorySegment q = (MemorySegment) createQos.invokeExact();
      if (qos.reliable()) {
        qsetReliability.invokeExact(q, 1, RELIABLE_MAX_BLOCKING_NANOS);
      } else {
        qsetReliability.invokeExact(q, 0, 0L);
      }
      qsetDurability.invokeExact(q, qos.transientLocal() ? 1 : 0);
      qsetHistory.invokeExact(q, 0, qos.depth());
      if (qos.deadline().isPresent()) {
        qsetDeadline.invokeExact(q, qos.deadline().get().toNanos());
      }
      if (qos.liveliness().isPresent()) {
        qsetLiveliness.invokeExact(q, 0, qos.liveliness().get().toNanos());
      }
      if (userData.length > 0) {
        try (Arena a = Arena.ofConfined()) {
          MemorySegment ud = a.allocate(userData.length);
          ud.copyFrom(MemorySegment.ofArray(userData));
          qsetUserdata.invokeExact(q, ud, (long) userData.length);
        }
      }
      return q;
    } catch (Throwable t) {
      throw rethrow("dds_create_qos", t);
    }
  }

  void deleteQos(MemorySegment qos) {
    try {
      deleteQos.invokeExact(qos);
    } catch (Throwable t) {
      throw rethrow("dds_delete_qos", t);
    }
  }

  void write(int writer, MemorySegment sample) {
    try {
      check((int) write.invokeExact(writer, sample), "dds_write");
    } catch (Throwable t) {
      throw rethrow("dds_write", t);
    }
  }

  /**
   * {@code dds_take} with a loan: {@code buffers} (max pointers, buffers[0] NULL on entry) receives
   * Cyclone's sample pointers, {@code infos} the sample infos; returns the count. The caller must
   * call {@link #returnLoan} with the same {@code buffers} when the count is positive.
   */
  int takeLoan(int reader, MemorySegment buffers, MemorySegment infos, int max) {
    try {
      buffers.set(ADDRESS, 0, MemorySegment.NULL);
      return check((int) take.invokeExact(reader, buffers, infos, (long) max, max), "dds_take");
    } catch (Throwable t) {
      throw rethrow("dds_take", t);
    }
  }

  void returnLoan(int reader, MemorySegment buffers, int count) {
    try {
      check((int) returnLoan.invokeExact(reader, buffers, count), "dds_return_loan");
    } catch (Throwable t) {
      throw rethrow("dds_return_loan", t);
    }
  }

  /**
   * {@code dds_takecdr}: takes up to {@code max} samples in the serialized form Cyclone received
   * them (encapsulation header included), skipping invalid (state-only) samples; every serdata
   * reference is released.
   */
  java.util.List<byte[]> takeSerialized(
      int reader,
      MemorySegment buffers,
      MemorySegment infos,
      int max,
      long infoSize,
      long validAt) {
    var out = new ArrayList<byte[]>();
    try {
      int n = check((int) takecdr.invokeExact(reader, buffers, max, infos, 0), "dds_takecdr");
      for (int i = 0; i < n; i++) {
        MemorySegment sd = buffers.getAtIndex(ADDRESS, i);
        try {
          if (infos.get(JAVA_BOOLEAN, i * infoSize + validAt)) {
            int size = (int) serdataSize.invokeExact(sd);
            try (Arena a = Arena.ofConfined()) {
              MemorySegment dst = a.allocate(Math.max(1, size));
              serdataToSer.invokeExact(sd, 0L, (long) size, dst);
              out.add(dst.asSlice(0, size).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
            }
          }
        } finally {
          serdataUnref.invokeExact(sd);
        }
      }
      return out;
    } catch (Throwable t) {
      throw rethrow("dds_takecdr", t);
    }
  }

  int createWaitset(int participant) {
    try {
      return check((int) createWaitset.invokeExact(participant), "dds_create_waitset");
    } catch (Throwable t) {
      throw rethrow("dds_create_waitset", t);
    }
  }

  void waitsetAttach(int waitset, int entity, long token) {
    try {
      check((int) waitsetAttach.invokeExact(waitset, entity, token), "dds_waitset_attach");
    } catch (Throwable t) {
      throw rethrow("dds_waitset_attach", t);
    }
  }

  /** Blocks up to {@code timeoutNanos}; returns how many attached conditions triggered. */
  int waitsetWait(int waitset, long timeoutNanos) {
    try {
      return check(
          (int) waitsetWait.invokeExact(waitset, MemorySegment.NULL, 0L, timeoutNanos),
          "dds_waitset_wait");
    } catch (Throwable t) {
      throw rethrow("dds_waitset_wait", t);
    }
  }

  int createReadcondition(int reader) {
    try {
      return check(
          (int) createReadcondition.invokeExact(reader, DDS_ANY_STATE), "dds_create_readcondition");
    } catch (Throwable t) {
      throw rethrow("dds_create_readcondition", t);
    }
  }

  int createGuardcondition(int participant) {
    try {
      return check(
          (int) createGuardcondition.invokeExact(participant), "dds_create_guardcondition");
    } catch (Throwable t) {
      throw rethrow("dds_create_guardcondition", t);
    }
  }

  void setGuardcondition(int guard, boolean triggered) {
    try {
      check((int) setGuardcondition.invokeExact(guard, triggered), "dds_set_guardcondition");
    } catch (Throwable t) {
      throw rethrow("dds_set_guardcondition", t);
    }
  }

  /** Reads and resets the guard condition; true if it was triggered. */
  boolean takeGuardcondition(int guard) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment b = a.allocate(JAVA_BOOLEAN);
      check((int) takeGuardcondition.invokeExact(guard, b), "dds_take_guardcondition");
      return b.get(JAVA_BOOLEAN, 0);
    } catch (Throwable t) {
      throw rethrow("dds_take_guardcondition", t);
    }
  }

  /** Current number of matched readers of a writer. */
  int matchedReaders(int writer) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment s = a.allocate(24, 8);
      check((int) publicationMatched.invokeExact(writer, s), "dds_get_publication_matched_status");
      return s.get(JAVA_INT, 8); // current_count
    } catch (Throwable t) {
      throw rethrow("dds_get_publication_matched_status", t);
    }
  }

  /** Current number of matched writers of a reader. */
  int matchedWriters(int reader) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment s = a.allocate(24, 8);
      check(
          (int) subscriptionMatched.invokeExact(reader, s), "dds_get_subscription_matched_status");
      return s.get(JAVA_INT, 8); // current_count
    } catch (Throwable t) {
      throw rethrow("dds_get_subscription_matched_status", t);
    }
  }

  /** The 16-byte DDS GUID of an entity. */
  byte[] guid(int entity) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment g = a.allocate(16);
      check((int) getGuid.invokeExact(entity, g), "dds_get_guid");
      return g.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    } catch (Throwable t) {
      throw rethrow("dds_get_guid", t);
    }
  }
}
