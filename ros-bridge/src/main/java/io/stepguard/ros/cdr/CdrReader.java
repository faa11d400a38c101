package io.stepguard.ros.cdr;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads plain CDR (XCDR1) as ROS 2 middlewares write it: a 4-byte encapsulation header (byte 1 is
 * 0x00 for big endian or 0x01 for little endian CDR; the options in bytes 2 and 3 are ignored),
 * then the data with each primitive aligned to its size relative to the start of the data. Every
 * read checks bounds and throws {@link CdrException}; nothing is read past the payload. Not
 * thread-safe; one reader per payload.
 */
public final class CdrReader {
  /** Largest sequence or string length accepted, to refuse absurd lengths before allocating. */
  public static final int MAX_LENGTH = 16 * 1024 * 1024;

  private static final int HEADER = 4;

  private final byte[] buf;
  private final boolean little;
  private int pos;

  private CdrReader(byte[] buf, boolean little) {
    this.buf = buf;
    this.little = little;
    this.pos = HEADER;
  }

  /** Checks the encapsulation header and positions at the start of the data. */
  public static CdrReader of(byte[] payload) throws CdrException {
    if (payload.length < HEADER) {
      throw new CdrException(
          "payload shorter than the 4-byte encapsulation header", payload.length);
    }
    if (payload[0] != 0 || (payload[1] != 0 && payload[1] != 1)) {
      throw new CdrException(
          String.format(
              "unsupported encapsulation 0x%02x%02x (expected plain CDR 0x0000 or 0x0001)",
              payload[0] & 0xff, payload[1] & 0xff),
          0);
    }
    return new CdrReader(payload, payload[1] == 1);
  }

  private void align(int n) throws CdrException {
    int rel = pos - HEADER;
    int pad = (n - rel % n) % n;
    need(pad);
    pos += pad;
  }

  private void need(int n) throws CdrException {
    if (n < 0 || pos + n > buf.length) {
      throw new CdrException(
          "truncated payload: need " + n + " more byte(s), have " + (buf.length - pos), pos);
    }
  }

  public byte readOctet() throws CdrException {
    need(1);
    return buf[pos++];
  }

  public boolean readBool() throws CdrException {
    byte b = readOctet();
    if (b != 0 && b != 1) {
      throw new CdrException("boolean must be 0 or 1, was " + (b & 0xff), pos - 1);
    }
    return b == 1;
  }

  public int readInt32() throws CdrException {
    align(4);
    need(4);
    int v;
    if (little) {
      v =
          (buf[pos] & 0xff)
              | (buf[pos + 1] & 0xff) << 8
              | (buf[pos + 2] & 0xff) << 16
              | (buf[pos + 3] & 0xff) << 24;
    } else {
      v =
          (buf[pos] & 0xff) << 24
              | (buf[pos + 1] & 0xff) << 16
              | (buf[pos + 2] & 0xff) << 8
              | (buf[pos + 3] & 0xff);
    }
    pos += 4;
    return v;
  }

  /** An unsigned 32-bit value, as a long. */
  public long readUInt32() throws CdrException {
    return readInt32() & 0xffffffffL;
  }

  /** A sequence or array length, checked against the bytes left ({@code minElementSize} each). */
  public int readLength(int minElementSize) throws CdrException {
    int at = pos;
    long n = readUInt32();
    if (n > MAX_LENGTH || n * Math.max(1, minElementSize) > buf.length - pos) {
      throw new CdrException("length " + n + " exceeds the payload", at);
    }
    return (int) n;
  }

  /** A CDR string: uint32 length counting the NUL, the UTF-8 bytes, the NUL. */
  public String readString() throws CdrException {
    int at = pos;
    int n = readLength(1);
    if (n == 0) {
      throw new CdrException("string length 0 (a CDR string counts its terminating NUL)", at);
    }
    need(n);
    if (buf[pos + n - 1] != 0) {
      throw new CdrException("string not terminated by NUL", pos + n - 1);
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(buf, pos, n - 1))
              .toString();
      pos += n;
      return s;
    } catch (CharacterCodingException e) {
      throw new CdrException("string is not valid UTF-8", pos);
    }
  }

  public byte[] readOctets(int n) throws CdrException {
    need(n);
    byte[] out = java.util.Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return out;
  }

  /**
   * Checks that only alignment padding (at most 3 bytes, the encapsulation's padding) is left;
   * trailing data means the payload is not of the expected type.
   */
  public void expectEnd() throws CdrException {
    int left = buf.length - pos;
    if (left > 3) {
      throw new CdrException("oversized payload: " + left + " byte(s) after the message", pos);
    }
  }
}
