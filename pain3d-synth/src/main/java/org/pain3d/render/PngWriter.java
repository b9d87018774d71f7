package org.pain3d.render;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A fast PNG encoder for the renderer's buffers: 8-bit RGB from packed {@code 0xRRGGBB}
 * ints, 8-bit grey and 16-bit grey, one cheap filter for every row and
 * {@link java.util.zip.Deflater} at a low level (speed over size).
 *
 * <p>Reusable and not thread-safe: it keeps its deflater and row buffers between images.
 * Pixels are row-major, pixel frame (row 0 at the top). {@link #close()} releases the
 * deflater's native memory.
 */
public final class PngWriter implements AutoCloseable {
  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
  private static final int CHUNK = 1 << 16;
  private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  /** The top bit of each colour byte of a packed pixel, and the bits below it. */
  private static final int HIGH = 0x808080;
  private static final int LOW = 0x7F7F7F;
  private final Deflater deflater;
  private final RleDeflate rle;
  private final PngFilter filter;
  private final CRC32 crc = new CRC32();
  private final byte[] chunk = new byte[CHUNK + 12];
  private final byte[] header = new byte[25];
  private byte[] cur = new byte[0];
  private byte[] prev = new byte[0];
  private byte[] filtered = new byte[0];
  private byte[] whole = new byte[0];
  private int chunkLen;
  private boolean fuseUp = true;

  /**
   * @param level deflate level, 0 (store) to 9
   * @param filter the row filter
   */
  public PngWriter(int level, PngFilter filter) {
    if (level < 0 || level > 9) {
      throw new IllegalArgumentException("deflate level out of [0, 9]: " + level);
    }
    this.deflater = new Deflater(level);
    this.rle = null;
    this.filter = filter;
  }

  private PngWriter(RleDeflate rle, PngFilter filter) {
    this.deflater = null;
    this.rle = rle;
    this.filter = filter;
  }

  /**
   * Returns the fastest writer: the UP filter and {@link RleDeflate} (runs and a dynamic
   * Huffman code; about zlib level 1's size in less time). Any PNG decoder reads it.
   */
  public static PngWriter rle() {
    return new PngWriter(new RleDeflate(), PngFilter.UP);
  }

  /**
   * Returns the default fast writer: deflate level 1 and the UP filter (on rendered faces the
   * fastest and smallest of the cheap filters, see the PngBench benchmark).
   */
  public static PngWriter fast() {
    return new PngWriter(1, PngFilter.UP);
  }

  /**
   * Writes an 8-bit RGB image.
   *
   * @param rgb packed sRGB {@code 0xRRGGBB}, shape [width * height]
   * @param width image width, pixels
   * @param height image height, pixels
   * @param out the destination (not closed)
   * @throws IOException when writing fails
   */
  public void writeRgb(int[] rgb, int width, int height, OutputStream out) throws IOException {
    write(out, width, height, 2, 8, 3, (row, dst) -> {
      int o = 1;
      for (int x = 0, i = row * width; x < width; x++, i++) {
        int c = rgb[i];
        dst[o++] = (byte) (c >> 16);
        dst[o++] = (byte) (c >> 8);
        dst[o++] = (byte) c;
      }
    }, (row, dst, at) -> upRow(rgb, width, row, dst, at));
  }

  /**
   * One RGB row UP-filtered straight from the pixels into {@code dst[at .. at + 3 * width)}: each
   * colour byte minus the one above (row 0 as it is). Four pixels at a time, their differences
   * taken in one subtraction each ({@link #minusBytes}) and stored as three big-endian words.
   */
  private static void upRow(int[] rgb, int width, int row, byte[] dst, int at) {
    int o = at;
    int i = row * width;
    int end = i + width;
    // Row 0 has nothing above it: its pixels minus zero (a 0 mask on the pixel itself).
    int above = row == 0 ? 0 : width;
    int mask = row == 0 ? 0 : -1;
    for (; i + 4 <= end; i += 4, o += 12) {
      int z0 = minusBytes(rgb[i], rgb[i - above] & mask);
      int z1 = minusBytes(rgb[i + 1], rgb[i + 1 - above] & mask);
      int z2 = minusBytes(rgb[i + 2], rgb[i + 2 - above] & mask);
      int z3 = minusBytes(rgb[i + 3], rgb[i + 3 - above] & mask);
      INT_BE.set(dst, o, z0 << 8 | z1 >>> 16 & 0xFF);
      INT_BE.set(dst, o + 4, z1 << 16 | z2 >>> 8 & 0xFFFF);
      INT_BE.set(dst, o + 8, z2 << 24 | z3 & 0xFFFFFF);
    }
    for (; i < end; i++) {
      int z = minusBytes(rgb[i], rgb[i - above] & mask);
      dst[o++] = (byte) (z >> 16);
      dst[o++] = (byte) (z >> 8);
      dst[o++] = (byte) z;
    }
  }

  /**
   * The three colour bytes of c minus those of p, each modulo 256, in one subtraction: with each
   * byte's top bit set in c and cleared in p no byte borrows from the next, and the top bits
   * are put right after. Bits above the colour bytes are left undefined.
   */
  static int minusBytes(int c, int p) {
    return ((c | HIGH) - (p & LOW)) ^ ((c ^ ~p) & HIGH);
  }

  /**
   * Writes an 8-bit greyscale image.
   *
   * @param grey one unsigned byte per pixel, shape [width * height]
   * @param width image width, pixels
   * @param height image height, pixels
   * @param out the destination (not closed)
   * @throws IOException when writing fails
   */
  public void writeGray8(byte[] grey, int width, int height, OutputStream out) throws IOException {
    write(out, width, height, 0, 8, 1, (row, dst) -> System.arraycopy(grey, row * width, dst, 1, width));
  }

  /**
   * Writes a 16-bit greyscale image.
   *
   * @param grey one unsigned 16-bit value per pixel (as a Java short), shape [width * height]
   * @param width image width, pixels
   * @param height image height, pixels
   * @param out the destination (not closed)
   * @throws IOException when writing fails
   */
  public void writeGray16(short[] grey, int width, int height, OutputStream out) throws IOException {
    write(out, width, height, 0, 16, 2, (row, dst) -> {
      int o = 1;
      for (int x = 0, i = row * width; x < width; x++, i++) {
        dst[o++] = (byte) (grey[i] >> 8);
        dst[o++] = (byte) grey[i];
      }
    });
  }

  @FunctionalInterface
  private interface RowFiller {
    void fill(int row, byte[] dst);
  }

  /** Writes a row already filtered with {@link PngFilter#UP} into {@code dst[at .. at + stride)}. */
  @FunctionalInterface
  private interface UpFilteredRows {
    void fill(int row, byte[] dst, int at);
  }

  /**
   * For tests: whether {@link #writeRgb} lets the run-length writer take its rows UP-filtered
   * straight from the pixels (the default) rather than through the row filler and {@link
   * #filterRow}; the bytes are the same.
   */
  void fuseUpFilter(boolean fuse) {
    this.fuseUp = fuse;
  }

  private void write(OutputStream out, int width, int height, int colourType, int bitDepth,
      int bytesPerPixel, RowFiller rows) throws IOException {
    write(out, width, height, colourType, bitDepth, bytesPerPixel, rows, null);
  }

  /**
   * @param upRows the rows UP-filtered straight from the pixels, or null; used by the
   *     run-length path when the filter is UP
   */
  private void write(OutputStream out, int width, int height, int colourType, int bitDepth,
      int bytesPerPixel, RowFiller rows, UpFilteredRows upRows) throws IOException {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("bad image size " + width + "x" + height);
    }
    int stride = width * bytesPerPixel;
    if (cur.length < stride + 1) {
      cur = new byte[stride + 1];
      prev = new byte[stride + 1];
      filtered = new byte[stride + 1];
    }
    out.write(SIGNATURE);
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = (byte) bitDepth;
    header[9] = (byte) colourType;
    header[10] = 0;
    header[11] = 0;
    header[12] = 0;
    writeChunk(out, "IHDR", header, 13);
    if (rle != null) {
      writeWhole(out, height, stride, bytesPerPixel, rows, fuseUp && filter == PngFilter.UP ? upRows : null);
      writeChunk(out, "IEND", header, 0);
      return;
    }
    deflater.reset();
    chunkLen = 0;
    java.util.Arrays.fill(prev, 0, stride + 1, (byte) 0);
    for (int y = 0; y < height; y++) {
      rows.fill(y, cur);
      filterRow(stride, bytesPerPixel, filtered, 0);
      deflater.setInput(filtered, 0, stride + 1);
      while (!deflater.needsInput()) {
        drain(out);
      }
      byte[] t = prev;
      prev = cur;
      cur = t;
    }
    deflater.finish();
    while (!deflater.finished()) {
      drain(out);
    }
    if (chunkLen > 0) {
      flushIdat(out);
    }
    writeChunk(out, "IEND", header, 0);
  }

  /**
   * Filters every row into one buffer (straight from the pixels when {@code upRows} is given),
   * compresses it at once and writes it as IDAT chunks.
   */
  private void writeWhole(OutputStream out, int height, int stride, int bpp, RowFiller rows, UpFilteredRows upRows)
      throws IOException {
    int n = height * (stride + 1);
    if (whole.length < n) {
      whole = new byte[n];
    }
    if (upRows != null) {
      for (int y = 0; y < height; y++) {
        int at = y * (stride + 1);
        whole[at] = (byte) PngFilter.UP.code();
        upRows.fill(y, whole, at + 1);
      }
    } else {
      java.util.Arrays.fill(prev, 0, stride + 1, (byte) 0);
      for (int y = 0; y < height; y++) {
        rows.fill(y, cur);
        filterRow(stride, bpp, whole, y * (stride + 1));
        byte[] t = prev;
        prev = cur;
        cur = t;
      }
    }
    byte[] z = rle.compress(whole, n);
    int size = rle.size();
    for (int o = 0; o < size; o += CHUNK) {
      int len = Math.min(CHUNK, size - o);
      System.arraycopy(z, o, chunk, 8, len);
      chunkLen = len;
      flushIdat(out);
    }
  }

  /** Filters row {@code cur} (against {@code prev}) into {@code dst[at .. at + stride]}, filter byte first. */
  private void filterRow(int stride, int bpp, byte[] dst, int at) {
    dst[at] = (byte) filter.code();
    switch (filter) {
      case NONE:
        System.arraycopy(cur, 1, dst, at + 1, stride);
        break;
      case SUB:
        for (int i = 1; i <= bpp; i++) {
          dst[at + i] = cur[i];
        }
        for (int i = bpp + 1; i <= stride; i++) {
          dst[at + i] = (byte) (cur[i] - cur[i - bpp]);
        }
        break;
      default:
        for (int i = 1; i <= stride; i++) {
          dst[at + i] = (byte) (cur[i] - prev[i]);
        }
        break;
    }
  }

  private void drain(OutputStream out) throws IOException {
    int n = deflater.deflate(chunk, 8 + chunkLen, CHUNK - chunkLen);
    chunkLen += n;
    if (chunkLen == CHUNK) {
      flushIdat(out);
    }
  }

  private void flushIdat(OutputStream out) throws IOException {
    putInt(chunk, 0, chunkLen);
    chunk[4] = 'I';
    chunk[5] = 'D';
    chunk[6] = 'A';
    chunk[7] = 'T';
    crc.reset();
    crc.update(chunk, 4, chunkLen + 4);
    putInt(chunk, 8 + chunkLen, (int) crc.getValue());
    out.write(chunk, 0, chunkLen + 12);
    chunkLen = 0;
  }

  private void writeChunk(OutputStream out, String type, byte[] data, int len) throws IOException {
    byte[] b = new byte[len + 12];
    putInt(b, 0, len);
    for (int i = 0; i < 4; i++) {
      b[4 + i] = (byte) type.charAt(i);
    }
    System.arraycopy(data, 0, b, 8, len);
    crc.reset();
    crc.update(b, 4, len + 4);
    putInt(b, 8 + len, (int) crc.getValue());
    out.write(b);
  }

  private static void putInt(byte[] b, int o, int v) {
    b[o] = (byte) (v >>> 24);
    b[o + 1] = (byte) (v >>> 16);
    b[o + 2] = (byte) (v >>> 8);
    b[o + 3] = (byte) v;
  }

  @Override
  public void close() {
    if (deflater != null) {
      deflater.end();
    }
  }
}
