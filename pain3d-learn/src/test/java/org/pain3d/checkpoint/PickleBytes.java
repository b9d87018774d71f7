package org.pain3d.checkpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-written protocol-2 pickles and torch.save-style zips for the error tests (what a
 * damaged or malicious file could hold; PyTorch would never write them).
 */
final class PickleBytes {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  PickleBytes() {
    raw(0x80, 2);
  }

  PickleBytes raw(int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
    return this;
  }

  PickleBytes global(String module, String name) {
    out.write('c');
    out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  PickleBytes str(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.write('X');
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length).array());
    out.writeBytes(b);
    return this;
  }

  PickleBytes integer(int v) {
    out.write('J');
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
    return this;
  }

  PickleBytes mark() {
    return raw('(');
  }

  PickleBytes tuple() {
    return raw('t');
  }

  PickleBytes reduce() {
    return raw('R');
  }

  /**
   * A {@code _rebuild_tensor_v2} call of a float32 tensor of shape {@code (n)} viewing storage
   * {@code key} of {@code numel} elements (leaves the tensor on the stack).
   */
  PickleBytes tensor(String key, int numel, int n) {
    global("torch._utils", "_rebuild_tensor_v2").mark();
    mark().str("storage").global("torch", "FloatStorage").str(key).str("cpu").integer(numel)
        .tuple().raw('Q');
    integer(0).mark().integer(n).tuple().mark().integer(1).tuple().raw(0x89);
    global("collections", "OrderedDict").raw(')').reduce();
    return tuple().reduce();
  }

  /** {@code {name: tensor}} with a float32 tensor of n elements on storage "0". */
  static PickleBytes dictWithTensor(String name, int numel, int n) {
    PickleBytes p = new PickleBytes().raw('}').str(name).tensor("0", numel, n).raw('s');
    return p;
  }

  byte[] stop() {
    out.write('.');
    return out.toByteArray();
  }

  /** Writes a stored (uncompressed) zip with the given entries, in order. */
  static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(os)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry ze = new ZipEntry(e.getKey());
        ze.setMethod(ZipEntry.STORED);
        ze.setSize(e.getValue().length);
        CRC32 crc = new CRC32();
        crc.update(e.getValue());
        ze.setCrc(crc.getValue());
        z.putNextEntry(ze);
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return file;
  }

  /** A torch.save-style zip: {@code archive/data.pkl} and storages {@code archive/data/<k>}. */
  static Path torchZip(Path file, byte[] pickle, Map<String, byte[]> storages) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("archive/data.pkl", pickle);
    storages.forEach((k, v) -> entries.put("archive/data/" + k, v));
    entries.put("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
    return zip(file, entries);
  }

  static byte[] floats(ByteOrder order, float... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(order);
    for (float v : values) {
      b.putFloat(v);
    }
    return b.array();
  }
}
