package io.stepguard.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Whether a standard stream is a terminal, through the C library's {@code isatty} (a restricted FFM
 * call: the jar enables native access in its manifest).
 */
@SuppressWarnings("restricted")
final class Terminal {
  private Terminal() {}

  /**
   * Whether file descriptor 2 (standard error) is a terminal. False when it is a pipe or a file,
   * and when the C library cannot be called (no native access): a progress display is then left
   * out.
   */
  static boolean stderrIsTerminal() {
    try {
      Linker linker = Linker.nativeLinker();
      Optional<java.lang.foreign.MemorySegment> f = linker.defaultLookup().find("isatty");
      if (f.isEmpty()) {
        return false;
      }
      MethodHandle isatty =
          linker.downcallHandle(
              f.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
      return (int) isatty.invokeExact(2) == 1;
    } catch (Throwable t) {
      return false;
    }
  }
}
