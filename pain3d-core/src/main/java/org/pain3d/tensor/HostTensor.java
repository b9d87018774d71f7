package org.pain3d.tensor;

import java.util.Arrays;

/**
 * A float32 tensor on the Java heap: a shape and its values in row-major (C) order.
 *
 * <p>The record does not copy: the caller hands over {@code data} and must not change it after
 * construction if the tensor is shared. Equality is by content (shape and values).
 *
 * @param shape the dimensions, each {@code >= 0}; an empty shape is a scalar
 * @param data the values, {@code data.length == product(shape)}
 */
public record HostTensor(long[] shape, float[] data) {

  /** Validates that the shape matches the number of values. */
  public HostTensor {
    if (shape == null || data == null) {
      throw new IllegalArgumentException("shape and data must not be null");
    }
    long n = numel(shape);
    if (n != data.length) {
      throw new IllegalArgumentException(
          "shape " + Arrays.toString(shape) + " needs " + n + " values, got " + data.length);
    }
  }

  /**
   * A tensor of zeros.
   *
   * @param shape the dimensions
   * @return a new zero tensor
   */
  public static HostTensor zeros(long... shape) {
    long n = numel(shape);
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("tensor too large for one Java array: " + n);
    }
    return new HostTensor(shape.clone(), new float[(int) n]);
  }

  /**
   * The number of elements of a shape.
   *
   * @param shape the dimensions
   * @return their product (1 for a scalar)
   */
  public static long numel(long[] shape) {
    long n = 1;
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
      }
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  /**
   * The shape as text, e.g. {@code [1, 3, 224, 224]}.
   *
   * @return the shape formatted like a list
   */
  public String shapeString() {
    return Arrays.toString(shape);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostTensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "HostTensor" + shapeString();
  }
}
