package org.pain3d.tensor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy {@code .npy} files of float32 in C order (format versions 1, 2 and 3 read; version 1
 * written). The header is the Python dict {@code {'descr': '<f4', 'fortran_order': False,
 * 'shape': (...), }}. Little-endian float64 ({@code '<f8'}) is read too and narrowed to float32.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private Npy() {}

  /**
   * Reads a float32 (or float64) C-order array.
   *
   * @param file the {@code .npy} file
   * @return the array as float32
   * @throws TensorFormatException if the file is not such an array or is truncated
   * @throws IOException if the file cannot be read
   */
  public static HostTensor read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] pre = in.readNBytes(8);
      if (pre.length < 8 || !startsWithMagic(pre)) {
        throw new TensorFormatException(file + ": not a .npy file (bad magic)");
      }
      int major = pre[6];
      int hlen;
      if (major == 1) {
        hlen = ByteBuffer.wrap(in.readNBytes(2)).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
      } else if (major == 2 || major == 3) {
        byte[] l = in.readNBytes(4);
        if (l.length < 4) {
          throw new TensorFormatException(file + ": truncated .npy header");
        }
        hlen = ByteBuffer.wrap(l).order(ByteOrder.LITTLE_ENDIAN).getInt();
      } else {
        throw new TensorFormatException(file + ": unsupported .npy version " + major);
      }
      byte[] hb = in.readNBytes(hlen);
      if (hlen < 0 || hb.length < hlen) {
        throw new TensorFormatException(file + ": truncated .npy header");
      }
      String header = new String(hb, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      String descr = group(DESCR, header, file, "descr");
      if (group(FORTRAN, header, file, "fortran_order").equals("True")) {
        throw new TensorFormatException(file + ": Fortran-order arrays are not supported");
      }
      long[] shape = parseShape(group(SHAPE, header, file, "shape"), file);
      int elem = switch (descr) {
        case "<f4" -> 4;
        case "<f8" -> 8;
        default -> throw new TensorFormatException(
            file + ": dtype '" + descr + "' not supported (need little-endian float32 '<f4')");
      };
      long n = HostTensor.numel(shape);
      if (n * elem > Integer.MAX_VALUE - 8) {
        throw new TensorFormatException(file + ": array too large");
      }
      byte[] raw = in.readNBytes((int) (n * elem));
      if (raw.length < n * elem) {
        throw new TensorFormatException(
            file + ": truncated data (" + raw.length + " of " + n * elem + " bytes)");
      }
      float[] data = new float[(int) n];
      ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
      if (elem == 4) {
        b.asFloatBuffer().get(data);
      } else {
        for (int i = 0; i < n; i++) {
          data[i] = (float) b.getDouble(8 * i);
        }
      }
      return new HostTensor(shape, data);
    }
  }

  /**
   * Writes a float32 C-order array (format version 1.0, header padded to 64 bytes).
   *
   * @param file the output file (replaced)
   * @param t the array
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, HostTensor t) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, t);
    }
  }

  /**
   * Writes a float32 C-order array to a stream (format version 1.0, header padded to 64
   * bytes).
   *
   * @param out the stream (not closed)
   * @param t the array
   * @throws IOException if writing fails
   */
  public static void write(OutputStream out, HostTensor t) throws IOException {
    StringBuilder shape = new StringBuilder("(");
    for (long d : t.shape()) {
      shape.append(d).append(", ");
    }
    if (t.shape().length > 1) {
      shape.setLength(shape.length() - 2);
    } else if (t.shape().length == 1) {
      shape.setLength(shape.length() - 1);
    }
    shape.append(')');
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
    int total = 10 + dict.length() + 1;
    int pad = (64 - total % 64) % 64;
    String header = dict + " ".repeat(pad) + "\n";
    ByteBuffer head = ByteBuffer.allocate(10 + header.length()).order(ByteOrder.LITTLE_ENDIAN);
    head.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
    head.put(header.getBytes(StandardCharsets.ISO_8859_1));
    ByteBuffer body = ByteBuffer.allocate(4 * t.data().length).order(ByteOrder.LITTLE_ENDIAN);
    body.asFloatBuffer().put(t.data());
    out.write(head.array());
    out.write(body.array());
  }

  private static boolean startsWithMagic(byte[] b) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (b[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static String group(Pattern p, String header, Path file, String key)
      throws TensorFormatException {
    Matcher m = p.matcher(header);
    if (!m.find()) {
      throw new TensorFormatException(file + ": .npy header has no '" + key + "': " + header.trim());
    }
    return m.group(1);
  }

  private static long[] parseShape(String s, Path file) throws TensorFormatException {
    List<Long> dims = new ArrayList<>();
    for (String part : s.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      try {
        dims.add(Long.parseLong(p.endsWith("L") ? p.substring(0, p.length() - 1) : p));
      } catch (NumberFormatException e) {
        throw new TensorFormatException(file + ": bad .npy shape (" + s + ")", e);
      }
    }
    return dims.stream().mapToLong(Long::longValue).toArray();
  }
}
