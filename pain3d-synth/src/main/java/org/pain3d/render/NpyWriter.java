package org.pain3d.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes float32 arrays in NumPy's {@code .npy} format (version 1.0, little-endian,
 * C order), e.g. the metric depth pass as a {@code height x width} array in cm.
 */
public final class NpyWriter {
  private NpyWriter() {}

  /**
   * Writes a 2D float32 array.
   *
   * @param data row-major values, shape [rows * cols]
   * @param rows number of rows (image height)
   * @param cols number of columns (image width)
   * @param out the destination (not closed)
   * @throws IOException when writing fails
   */
  public static void writeFloat2d(float[] data, int rows, int cols, OutputStream out) throws IOException {
    if (rows < 1 || cols < 1 || (long) rows * cols > data.length) {
      throw new IllegalArgumentException("bad shape " + rows + "x" + cols + " for " + data.length + " values");
    }
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
    // Magic (6) + version (2) + header length (2) + dict + padding + newline, a multiple of 64.
    int total = 10 + dict.length() + 1;
    int padded = (total + 63) / 64 * 64;
    StringBuilder header = new StringBuilder(dict);
    header.append(" ".repeat(padded - total)).append('\n');
    byte[] h = header.toString().getBytes(StandardCharsets.US_ASCII);
    out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
        (byte) (h.length & 255), (byte) (h.length >> 8)});
    out.write(h);
    ByteBuffer buf = ByteBuffer.allocate(4 * Math.min(cols * 64, rows * cols)).order(ByteOrder.LITTLE_ENDIAN);
    int n = rows * cols;
    for (int i = 0; i < n; i++) {
      buf.putFloat(data[i]);
      if (!buf.hasRemaining()) {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
      }
    }
    out.write(buf.array(), 0, buf.position());
  }
}
