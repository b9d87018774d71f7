package org.pain3d.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The safetensors element types this reader accepts; every one is converted to float32 in Java
 * (DJL's own reader aborts the JVM on BF16).
 */
public enum SafetensorsDType {
  /** IEEE 754 single precision. */
  F32(4),
  /** IEEE 754 half precision. */
  F16(2),
  /** bfloat16: the upper 16 bits of a float32. */
  BF16(2),
  /** IEEE 754 double precision (narrowed to float32). */
  F64(8);

  private final int bytes;

  SafetensorsDType(int bytes) {
    this.bytes = bytes;
  }

  /**
   * Bytes per element.
   *
   * @return the element size in bytes
   */
  public int bytes() {
    return bytes;
  }

  /**
   * Decodes little-endian elements into floats.
   *
   * @param src the raw bytes, position at the first element; {@code count * bytes()} remain
   * @param dst where the values go, from index 0
   * @param count how many elements
   */
  public void decode(ByteBuffer src, float[] dst, int count) {
    ByteBuffer b = src.order(ByteOrder.LITTLE_ENDIAN);
    switch (this) {
      case F32 -> b.asFloatBuffer().get(dst, 0, count);
      case F64 -> {
        var d = b.asDoubleBuffer();
        for (int i = 0; i < count; i++) {
          dst[i] = (float) d.get(i);
        }
      }
      case BF16 -> {
        var s = b.asShortBuffer();
        for (int i = 0; i < count; i++) {
          dst[i] = Float.intBitsToFloat((s.get(i) & 0xffff) << 16);
        }
      }
      case F16 -> {
        var s = b.asShortBuffer();
        for (int i = 0; i < count; i++) {
          dst[i] = halfToFloat(s.get(i));
        }
      }
    }
  }

  /**
   * Converts IEEE half-precision bits to a float (exact: every half is a float).
   *
   * @param h the 16 bits of a half
   * @return the same value as a float
   */
  static float halfToFloat(short h) {
    int bits = h & 0xffff;
    int sign = (bits & 0x8000) << 16;
    int exp = (bits >>> 10) & 0x1f;
    int mant = bits & 0x3ff;
    if (exp == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
    }
    if (exp == 0) {
      // zero or subnormal: mant * 2^-24
      float v = mant * 0x1p-24f;
      return sign == 0 ? v : -v;
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
  }

  /**
   * Looks up a safetensors dtype name.
   *
   * @param name the header's {@code dtype} value, e.g. {@code "BF16"}
   * @return the type, or {@code null} when not supported
   */
  static SafetensorsDType byName(String name) {
    for (SafetensorsDType t : values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }
}
