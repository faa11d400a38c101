package io.stepguard.ros.dds;

import java.time.Duration;

/**
 * A Cyclone waitset with a guard condition: blocks a thread until a reader attached with {@link
 * #attach} has data, {@link #wakeup()} is called, or a timeout passes. No callbacks run in native
 * threads. {@link #await} from one thread; {@link #wakeup()} from any.
 */
public final class CycloneWaitset implements AutoCloseable {
  private final DdscLibrary lib;
  private final int handle;
  private final int guard;

  CycloneWaitset(DdscLibrary lib, int handle, int guard) {
    this.lib = lib;
    this.handle = handle;
    this.guard = guard;
    lib.waitsetAttach(handle, guard, 0L);
  }

  /** Wakes {@link #await} when {@code reader} has unread samples. */
  public void attach(CycloneReader reader) {
    int cond = lib.createReadcondition(reader.handle());
    lib.waitsetAttach(handle, cond, cond);
  }

  /**
   * Blocks up to {@code timeout} (or until {@link #wakeup()}).
   *
   * @return true if a reader has data or a wakeup was requested, false on timeout
   */
  public boolean await(Duration timeout) {
    long nanos = Math.max(0, timeout.toNanos());
    int n = lib.waitsetWait(handle, nanos);
    lib.takeGuardcondition(guard);
    return n > 0;
  }

  /** Makes the current or next {@link #await} return at once. */
  public void wakeup() {
    lib.setGuardcondition(guard, true);
  }

  @Override
  public void close() {
    lib.delete(handle);
    lib.delete(guard);
  }
}
