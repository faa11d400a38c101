package io.stepguard.ros.cdr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes plain little-endian CDR (XCDR1) with the 4-byte encapsulation header {@code 00 01 00 00};
 * alignment is relative to the start of the data. Not thread-safe.
 */
public final class CdrWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

  public CdrWriter() {
    out.write(0);
    out.write(1);
    out.write(0);
    out.write(0);
  }

  private void align(int n) {
    int rel = out.size() - 4;
    int pad = (n - rel % n) % n;
    for (int i = 0; i < pad; i++) {
      out.write(0);
    }
  }

  public CdrWriter octet(byte b) {
    out.write(b);
    return this;
  }

  public CdrWriter bool(boolean b) {
    out.write(b ? 1 : 0);
    return this;
  }

  public CdrWriter int32(int v) {
    align(4);
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
    return this;
  }

  public CdrWriter string(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int32(b.length + 1);
    out.writeBytes(b);
    out.write(0);
    return this;
  }

  public CdrWriter octets(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }
}
