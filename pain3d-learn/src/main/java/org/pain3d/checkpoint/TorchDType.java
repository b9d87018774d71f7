package org.pain3d.checkpoint;

import java.nio.ByteBuffer;
import org.pain3d.tensor.SafetensorsDType;

/**
 * The element types of PyTorch storages, named as {@code torch.save} names them: the storage
 * class in a persistent id ({@code torch.FloatStorage}, ...) and the dtype object ({@code
 * torch.float32}, ...).
 *
 * <p>Complex types are recognised (their storages are sized correctly) but cannot be converted
 * to real values.
 */
public enum TorchDType {
  /** IEEE 754 single precision. */
  FLOAT32("FloatStorage", 4, true),
  /** IEEE 754 double precision. */
  FLOAT64("DoubleStorage", 8, true),
  /** IEEE 754 half precision. */
  FLOAT16("HalfStorage", 2, true),
  /** bfloat16: the upper 16 bits of a float32. */
  BFLOAT16("BFloat16Storage", 2, true),
  /** Signed 64-bit integer. */
  INT64("LongStorage", 8, false),
  /** Signed 32-bit integer. */
  INT32("IntStorage", 4, false),
  /** Signed 16-bit integer. */
  INT16("ShortStorage", 2, false),
  /** Signed 8-bit integer ({@code torch.int8}; its storage class is {@code CharStorage}). */
  INT8("CharStorage", 1, false),
  /** Unsigned 8-bit integer; also the element of {@code torch.UntypedStorage} (raw bytes). */
  UINT8("ByteStorage", 1, false),
  /** Boolean, one byte per element (0 or 1). */
  BOOL("BoolStorage", 1, false),
  /** Two float32 (real, imaginary): recognised, not convertible. */
  COMPLEX64("ComplexFloatStorage", 8, true),
  /** Two float64: recognised, not convertible. */
  COMPLEX128("ComplexDoubleStorage", 16, true);

  private final String storageClass;
  private final int bytes;
  private final boolean floatingPoint;

  TorchDType(String storageClass, int bytes, boolean floatingPoint) {
    this.storageClass = storageClass;
    this.bytes = bytes;
    this.floatingPoint = floatingPoint;
  }

  /** @return bytes per element */
  public int bytes() {
    return bytes;
  }

  /** @return whether values are floating point (complex included) */
  public boolean isFloatingPoint() {
    return floatingPoint;
  }

  /** @return whether values are complex (not convertible to real numbers) */
  public boolean isComplex() {
    return this == COMPLEX64 || this == COMPLEX128;
  }

  /** @return the name of the storage class in module {@code torch}, e.g. {@code FloatStorage} */
  public String storageClass() {
    return storageClass;
  }

  /**
   * Looks up a storage class of module {@code torch}.
   *
   * @param name e.g. {@code BFloat16Storage}; {@code UntypedStorage} is raw bytes ({@link #UINT8})
   * @return the type, or {@code null} when not one of these
   */
  static TorchDType ofStorageClass(String name) {
    if (name.equals("UntypedStorage")) {
      return UINT8;
    }
    for (TorchDType t : values()) {
      if (t.storageClass.equals(name)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Looks up a dtype object of module {@code torch} by any of its names.
   *
   * @param name e.g. {@code float32}, {@code float}, {@code half}, {@code long}
   * @return the type, or {@code null} when not one of these
   */
  static TorchDType ofDtypeName(String name) {
    return switch (name) {
      case "float32", "float" -> FLOAT32;
      case "float64", "double" -> FLOAT64;
      case "float16", "half" -> FLOAT16;
      case "bfloat16" -> BFLOAT16;
      case "int64", "long" -> INT64;
      case "int32", "int" -> INT32;
      case "int16", "short" -> INT16;
      case "int8" -> INT8;
      case "uint8" -> UINT8;
      case "bool" -> BOOL;
      case "complex64", "cfloat" -> COMPLEX64;
      case "complex128", "cdouble" -> COMPLEX128;
      default -> null;
    };
  }

  /**
   * The safetensors type with the same bytes, for the real floating-point types.
   *
   * @return the type, or {@code null} for integer, boolean and complex types
   */
  SafetensorsDType floatCodec() {
    return switch (this) {
      case FLOAT32 -> SafetensorsDType.F32;
      case FLOAT64 -> SafetensorsDType.F64;
      case FLOAT16 -> SafetensorsDType.F16;
      case BFLOAT16 -> SafetensorsDType.BF16;
      default -> null;
    };
  }

  /**
   * Reads one element of an integer or boolean type exactly.
   *
   * @param b the storage bytes, little-endian
   * @param index element index in the storage
   * @return the value
   */
  long asLong(ByteBuffer b, int index) {
    int at = index * bytes;
    return switch (this) {
      case INT64 -> b.getLong(at);
      case INT32 -> b.getInt(at);
      case INT16 -> b.getShort(at);
      case INT8 -> b.get(at);
      case UINT8, BOOL -> b.get(at) & 0xff;
      default -> throw new IllegalStateException(name() + " is not an integer type");
    };
  }
}
