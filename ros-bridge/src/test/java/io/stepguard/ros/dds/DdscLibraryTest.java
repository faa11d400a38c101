package io.stepguard.ros.dds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding libddsc, and what the user is told when it is missing. */
class DdscLibraryTest {
  @Test
  void aMissingLibraryNamesEveryAttemptAndTheDebianPackage() {
    assertThatThrownBy(
            () -> DdscLibrary.load(List.of("/nonexistent/libddsc.so.0", "libddsc-nope.so.0")))
        .isInstanceOf(DdsException.class)
        .hasMessageContaining("/nonexistent/libddsc.so.0")
        .hasMessageContaining("libddsc-nope.so.0")
        .hasMessageContaining("apt-get install -y libddsc0debian")
        .hasMessageContaining(DdscLibrary.LIBRARY_PROPERTY);
  }

  @Test
  void thePropertyComesFirstThenTheDebianAndRosNames() {
    String old = System.getProperty(DdscLibrary.LIBRARY_PROPERTY);
    System.setProperty(DdscLibrary.LIBRARY_PROPERTY, "/opt/custom/libddsc.so");
    try {
      List<String> c = DdscLibrary.candidates();
      assertThat(c.getFirst()).isEqualTo("/opt/custom/libddsc.so");
      assertThat(c).containsSubsequence("libddsc.so.0debian", "libddsc.so.0", "libddsc.so");
    } finally {
      if (old == null) {
        System.clearProperty(DdscLibrary.LIBRARY_PROPERTY);
      } else {
        System.setProperty(DdscLibrary.LIBRARY_PROPERTY, old);
      }
    }
  }

  @Test
  void theInstalledLibraryLoadsAndNamesReturnCodes() {
    DdscLibrary lib = DdscLibrary.get();
    assertThat(lib.loadedFrom()).contains("libddsc");
    assertThat(lib.retcodeText(-3)).isEqualTo("Bad Parameter");
    assertThatThrownBy(() -> lib.check(-3, "dds_test")).hasMessageContaining("dds_test");
  }
}
