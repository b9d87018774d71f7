package org.pain3d.checkpoint;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import org.pain3d.tensor.SafetensorsDType;
import org.pain3d.tensor.TensorFormatException;

/**
 * One storage of a {@code torch.save} file: a flat array of {@code numel} elements of one type,
 * read from the file only when a tensor needs its values (and then kept while memory allows).
 * Several tensors may view the same storage (same instance) at different offsets and strides.
 */
public final class TorchStorage {
  private final String key;
  private final TorchDType dtype;
  private final long numel;
  private final String location;
  private final StorageSource source;
  private SoftReference<float[]> floats = new SoftReference<>(null);
  private int views;

  /** Reads the raw little-endian bytes of a storage from its file. */
  @FunctionalInterface
  interface StorageSource {
    /**
     * @param key the storage key in the file
     * @param bytes how many bytes the storage must hold
     * @param elementSize bytes per element (for files written big-endian)
     * @return exactly {@code bytes} bytes, little-endian, position 0
     * @throws IOException if the file cannot be read or holds too few bytes
     */
    ByteBuffer read(String key, int bytes, int elementSize) throws IOException;
  }

  TorchStorage(String key, TorchDType dtype, long numel, String location, StorageSource source) {
    this.key = Objects.requireNonNull(key, "key");
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.numel = numel;
    this.location = location;
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Counts one more tensor that views this storage. */
  synchronized void addView() {
    views++;
  }

  /** @return how many tensors of the file view this storage */
  public synchronized int views() {
    return views;
  }

  /** @return the key in the file (zip entry {@code data/<key>}) */
  public String key() {
    return key;
  }

  /** @return the element type */
  public TorchDType dtype() {
    return dtype;
  }

  /** @return the number of elements */
  public long numel() {
    return numel;
  }

  /** @return where the storage lived when saved, e.g. {@code cpu} or {@code cuda:0} */
  public String location() {
    return location;
  }

  /**
   * The raw bytes, read from the file on every call.
   *
   * @return {@code numel * dtype.bytes()} little-endian bytes
   * @throws IOException if the file cannot be read, holds too few bytes, or the storage is
   *     larger than 2 GiB
   */
  public ByteBuffer bytes() throws IOException {
    long n = Math.multiplyExact(numel, (long) dtype.bytes());
    if (n > Integer.MAX_VALUE - 8) {
      throw new TensorFormatException("storage " + key + " holds " + n
          + " bytes; storages over 2 GiB are not supported");
    }
    return source.read(key, (int) n, dtype.bytes()).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * Every element as a float (integers converted, exact up to 2^24; booleans 0 / 1). Cached
   * softly when several tensors view the storage, so it is read once.
   *
   * @return a shared array: do not modify
   * @throws IOException if the bytes cannot be read
   * @throws TensorFormatException for complex storages
   */
  synchronized float[] floats() throws IOException {
    float[] f = floats.get();
    if (f != null) {
      return f;
    }
    if (dtype.isComplex()) {
      throw new TensorFormatException("storage " + key + " is " + dtype
          + ": complex tensors cannot be converted to real values");
    }
    ByteBuffer b = bytes();
    f = new float[(int) numel];
    SafetensorsDType codec = dtype.floatCodec();
    if (codec != null) {
      codec.decode(b, f, f.length);
    } else {
      for (int i = 0; i < f.length; i++) {
        f[i] = dtype.asLong(b, i);
      }
    }
    if (views > 1) {
      floats = new SoftReference<>(f);
    }
    return f;
  }

  @Override
  public String toString() {
    return "TorchStorage[" + key + ", " + dtype + " x " + numel + ", " + location + "]";
  }
}
