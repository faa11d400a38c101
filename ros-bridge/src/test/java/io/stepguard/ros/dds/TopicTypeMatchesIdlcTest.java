package io.stepguard.ros.dds;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepguard.ros.testing.Native;
import java.lang.foreign.MemoryLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The descriptors built in Java (TopicType) are what Cyclone's own IDL compiler generates for the
 * same IDL (src/test/idl/ros_messages.idl), compiled against the installed library's headers.
 */
class TopicTypeMatchesIdlcTest {
  private static Map<String, String[]> idlc(int gidSize) throws Exception {
    Path out = Files.createDirectories(Path.of("target", "idlc-check-" + gidSize)).toAbsolutePath();
    Path idl = Path.of("src/test/idl/ros_messages.idl").toAbsolutePath();
    Native.check(
        out, 60, List.of("idlc", "-D", "GID_SIZE=" + gidSize, "-t", "-l", "c", idl.toString()));
    String flags =
        Native.check(out, 30, List.of("pkg-config", "--cflags", "--libs", "CycloneDDS")).strip();
    var cmd =
        new java.util.ArrayList<>(
            List.of(
                "gcc",
                "-o",
                "dump",
                Path.of("src/test/idl/dump_descriptors.c").toAbsolutePath().toString(),
                "-I."));
    cmd.addAll(Arrays.asList(flags.split("\\s+")));
    Native.check(out, 60, cmd);
    var map = new HashMap<String, String[]>();
    for (String line : Native.check(out, 30, List.of("./dump")).split("\n")) {
      String[] f = line.split(" ");
      map.put(f[0], f);
    }
    return map;
  }

  private static void assertSame(String[] f, TopicType t) {
    assertThat(Integer.parseInt(f[1])).as("size of %s", t.ddsName()).isEqualTo(t.size());
    assertThat(Integer.parseInt(f[2])).as("align").isEqualTo(t.align());
    assertThat(Integer.parseInt(f[3])).as("flags").isEqualTo(t.flags());
    assertThat(Integer.parseInt(f[4])).as("nops").isEqualTo(t.nops());
    assertThat(f[5]).isEqualTo(t.ddsName());
    List<Integer> words =
        Arrays.stream(f[7].split(",")).map(s -> Integer.parseUnsignedInt(s)).toList();
    assertThat(t.ops()).as("ops of %s", t.ddsName()).isEqualTo(words);
  }

  @ParameterizedTest(name = "GID size {0}")
  @ValueSource(ints = {16, 24})
  void javaDescriptorsEqualWhatIdlcGenerates(int gidSize) throws Exception {
    var generated = idlc(gidSize);
    assertSame(generated.get("STRING"), TopicType.STRING);
    assertSame(generated.get("BOOL"), TopicType.BOOL);
    assertSame(generated.get("DIAGNOSTIC_ARRAY"), TopicType.DIAGNOSTIC_ARRAY);
    assertSame(
        generated.get("PARTICIPANT_ENTITIES_INFO"), TopicType.participantEntitiesInfo(gidSize));
  }

  private static long offset(String field) {
    return TopicType.DESCRIPTOR.byteOffset(MemoryLayout.PathElement.groupElement(field));
  }

  @Test
  void theStructLayoutsPinnedInJavaAreWhatTheCompilerMakesOfTheInstalledHeaders() throws Exception {
    var generated = idlc(16);
    long[] descriptor =
        Arrays.stream(generated.get("LAYOUT")).skip(2).mapToLong(Long::parseLong).toArray();
    assertThat(descriptor)
        .containsExactly(
            TopicType.DESCRIPTOR.byteSize(),
            offset("m_size"),
            offset("m_align"),
            offset("m_flagset"),
            offset("m_nkeys"),
            offset("m_typename"),
            offset("m_keys"),
            offset("m_nops"),
            offset("m_ops"),
            offset("m_meta"),
            offset("type_information"),
            offset("type_mapping"));
    long[] info =
        Arrays.stream(generated.get("SAMPLE_INFO")).skip(1).mapToLong(Long::parseLong).toArray();
    assertThat(info)
        .containsExactly(CycloneReader.SAMPLE_INFO_SIZE, CycloneReader.VALID_DATA_OFFSET);
    long[] seq =
        Arrays.stream(generated.get("SEQUENCE")).skip(1).mapToLong(Long::parseLong).toArray();
    // SampleCodec's _length, _buffer and _release offsets
    assertThat(seq).containsExactly(TopicType.SEQUENCE_SIZE, 4L, 8L, 16L);
  }
}
