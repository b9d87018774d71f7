package org.pain3d.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.TensorFormatException;

/**
 * A tensor of a {@code torch.save} file: a view of a {@link TorchStorage} with a shape, strides
 * (in elements) and a storage offset, exactly as PyTorch's {@code _rebuild_tensor_v2} receives
 * them. Values are read from the storage on demand; element {@code (i0, i1, ...)} is storage
 * element {@code offset + i0 * stride[0] + i1 * stride[1] + ...}. Non-contiguous views
 * (transposed, sliced, expanded with stride 0) and views that share a storage are supported.
 */
public final class TorchTensor {
  private final TorchStorage storage;
  private final long offset;
  private final long[] shape;
  private final long[] stride;
  private final boolean requiresGrad;

  /**
   * Creates a view, checking that it stays inside the storage.
   *
   * @param storage the storage
   * @param offset first element in the storage, {@code >= 0}
   * @param shape dimensions, each {@code >= 0}
   * @param stride elements between neighbours per dimension, each {@code >= 0}
   * @param requiresGrad whether PyTorch tracked gradients (a Parameter)
   * @throws TensorFormatException if the view does not fit the storage
   */
  TorchTensor(TorchStorage storage, long offset, long[] shape, long[] stride, boolean requiresGrad)
      throws TensorFormatException {
    this(storage, offset, shape, stride, requiresGrad, true);
  }

  private TorchTensor(TorchStorage storage, long offset, long[] shape, long[] stride,
      boolean requiresGrad, boolean newView) throws TensorFormatException {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.offset = offset;
    this.shape = shape.clone();
    this.stride = stride.clone();
    this.requiresGrad = requiresGrad;
    check();
    if (newView) {
      storage.addView();
    }
  }

  private void check() throws TensorFormatException {
    if (shape.length != stride.length || offset < 0) {
      throw bad("shape " + Arrays.toString(shape) + " and stride " + Arrays.toString(stride));
    }
    long last = offset;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] < 0 || stride[i] < 0) {
        throw bad("negative size or stride");
      }
      if (shape[i] == 0) {
        return;
      }
      last = Math.addExact(last, Math.multiplyExact(shape[i] - 1, stride[i]));
    }
    if (last >= storage.numel()) {
      throw bad("element " + last + " is outside the storage");
    }
  }

  private TensorFormatException bad(String what) {
    return new TensorFormatException("tensor view on storage " + storage.key() + " (offset "
        + offset + ", shape " + Arrays.toString(shape) + ", stride " + Arrays.toString(stride)
        + ", storage of " + storage.numel() + "): " + what);
  }

  /** @return the storage (the same instance for views of one storage) */
  public TorchStorage storage() {
    return storage;
  }

  /** @return the element type */
  public TorchDType dtype() {
    return storage.dtype();
  }

  /** @return the first element's index in the storage */
  public long storageOffset() {
    return offset;
  }

  /** @return a copy of the dimensions (empty for a scalar) */
  public long[] shape() {
    return shape.clone();
  }

  /** @return a copy of the strides in elements */
  public long[] stride() {
    return stride.clone();
  }

  /** @return whether PyTorch tracked gradients for it (saved as a Parameter) */
  public boolean requiresGrad() {
    return requiresGrad;
  }

  /** @return the number of elements */
  public long numel() {
    return HostTensor.numel(shape);
  }

  /** @return whether the view is row-major contiguous */
  public boolean isContiguous() {
    long expected = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      if (shape[i] != 1 && stride[i] != expected) {
        return false;
      }
      expected *= shape[i];
    }
    return true;
  }

  /**
   * The same view with another gradient flag (a Parameter rebuilt around its data).
   *
   * @param flag the flag
   * @return the view
   */
  TorchTensor withRequiresGrad(boolean flag) {
    try {
      return new TorchTensor(storage, offset, shape, stride, flag, false);
    } catch (TensorFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The values as float32 in row-major order (integers converted; exact for float32, float16
   * and bfloat16, rounded for float64 and large integers).
   *
   * @return a new host tensor of this shape
   * @throws IOException if the storage cannot be read or is complex
   */
  public HostTensor toHostTensor() throws IOException {
    float[] src = storage.floats();
    float[] dst = new float[checkedNumel()];
    if (isContiguous()) {
      System.arraycopy(src, (int) offset, dst, 0, dst.length);
    } else {
      long[] idx = new long[shape.length];
      for (int i = 0; i < dst.length; i++) {
        dst[i] = src[(int) next(idx, i)];
      }
    }
    return new HostTensor(shape.clone(), dst);
  }

  /**
   * The values as doubles in row-major order (exact for every real type except int64 beyond
   * 2^53).
   *
   * @return the values
   * @throws IOException if the storage cannot be read or is complex
   */
  public double[] toDoubles() throws IOException {
    double[] dst = new double[checkedNumel()];
    long[] idx = new long[shape.length];
    if (dtype() == TorchDType.FLOAT64 || !dtype().isFloatingPoint()) {
      ByteBuffer b = storage.bytes();
      for (int i = 0; i < dst.length; i++) {
        int at = (int) next(idx, i);
        dst[i] = dtype() == TorchDType.FLOAT64 ? b.getDouble(at * 8) : dtype().asLong(b, at);
      }
      return dst;
    }
    float[] src = storage.floats();
    for (int i = 0; i < dst.length; i++) {
      dst[i] = src[(int) next(idx, i)];
    }
    return dst;
  }

  /**
   * The values of an integer or boolean tensor, exactly, in row-major order.
   *
   * @return the values (booleans as 0 / 1)
   * @throws IOException if the storage cannot be read
   * @throws TensorFormatException for a floating-point tensor
   */
  public long[] toLongs() throws IOException {
    if (dtype().isFloatingPoint()) {
      throw new TensorFormatException("a " + dtype() + " tensor has no exact integer values");
    }
    ByteBuffer b = storage.bytes();
    long[] dst = new long[checkedNumel()];
    long[] idx = new long[shape.length];
    for (int i = 0; i < dst.length; i++) {
      dst[i] = dtype().asLong(b, (int) next(idx, i));
    }
    return dst;
  }

  private int checkedNumel() throws TensorFormatException {
    long n = numel();
    if (n > Integer.MAX_VALUE - 8) {
      throw new TensorFormatException("tensor of " + n + " elements is too large for one array");
    }
    return (int) n;
  }

  /**
   * The storage index of the {@code i}-th element in row-major order; {@code idx} holds the
   * multi-index of element {@code i - 1} and is advanced (start with zeros and {@code i = 0}).
   */
  private long next(long[] idx, int i) {
    if (i > 0) {
      for (int d = idx.length - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    long at = offset;
    for (int d = 0; d < idx.length; d++) {
      at += idx[d] * stride[d];
    }
    return at;
  }

  @Override
  public String toString() {
    return "TorchTensor[" + dtype() + " " + Arrays.toString(shape) + ", stride "
        + Arrays.toString(stride) + ", offset " + offset + ", storage " + storage.key() + "]";
  }
}
