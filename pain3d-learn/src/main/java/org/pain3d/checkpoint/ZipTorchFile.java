package org.pain3d.checkpoint;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.pain3d.tensor.TensorFormatException;

/**
 * The zip format of {@code torch.save} (PyTorch 1.6 and later, what Lightning writes): one
 * folder ({@code archive/} or the file's stem) holding {@code data.pkl} (the pickle), {@code
 * data/<key>} (one raw storage per key, stored uncompressed), {@code version} and, since PyTorch
 * 2.1, {@code byteorder} ({@code little} when absent).
 */
final class ZipTorchFile {
  private ZipTorchFile() {}

  /**
   * Opens the archive and reads its pickle; storages stay in the file until read.
   *
   * @param file the file
   * @return the root object and the open zip (close it when done)
   * @throws IOException if the file is not a complete torch.save archive or its pickle is bad
   */
  static TorchCheckpoint.Loaded read(Path file) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new TensorFormatException(file + ": not a complete zip archive (truncated or"
          + " damaged): " + e.getMessage(), e);
    }
    try {
      String prefix = folder(zip, file);
      ByteOrder order = byteOrder(zip, prefix, file);
      StorageTable table = new StorageTable((key, bytes, size) ->
          StorageTable.toLittleEndian(storage(zip, prefix + "data/" + key, bytes, file), order,
              size));
      ZipEntry pkl = zip.getEntry(prefix + "data.pkl");
      Object root;
      try (InputStream raw = new BufferedInputStream(zip.getInputStream(pkl));
          CountingInput in = new CountingInput(raw, 0, pkl.getSize())) {
        root = TorchCheckpoint.unpickle(in, table::resolve, file, prefix + "data.pkl");
      }
      return new TorchCheckpoint.Loaded(root, zip);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private static String folder(ZipFile zip, Path file) throws TensorFormatException {
    String first = null;
    boolean script = false;
    for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
      String name = en.nextElement().getName();
      if (first == null) {
        first = name.contains("/") ? name.substring(0, name.indexOf('/') + 1) : "";
      }
      script |= name.endsWith("/constants.pkl") || name.contains("/code/");
    }
    if (first != null && zip.getEntry(first + "data.pkl") != null) {
      return first;
    }
    throw new TensorFormatException(file + (script
        ? ": a TorchScript archive (torch.jit.save), not a torch.save checkpoint"
        : ": a zip file without <folder>/data.pkl, not a torch.save checkpoint"));
  }

  private static ByteOrder byteOrder(ZipFile zip, String prefix, Path file) throws IOException {
    ZipEntry e = zip.getEntry(prefix + "byteorder");
    if (e == null) {
      return ByteOrder.LITTLE_ENDIAN;
    }
    try (InputStream in = zip.getInputStream(e)) {
      String s = new String(in.readNBytes(16), StandardCharsets.US_ASCII).trim();
      return switch (s) {
        case "little" -> ByteOrder.LITTLE_ENDIAN;
        case "big" -> ByteOrder.BIG_ENDIAN;
        default -> throw new TensorFormatException(file + ": unknown byteorder '" + s + "'");
      };
    }
  }

  private static ByteBuffer storage(ZipFile zip, String name, int bytes, Path file)
      throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      throw new TensorFormatException(file + ": storage " + name + " is missing");
    }
    if (e.getSize() >= 0 && e.getSize() < bytes) {
      throw new TensorFormatException(file + ": storage " + name + " holds " + e.getSize()
          + " bytes, its tensors need " + bytes);
    }
    try (InputStream in = zip.getInputStream(e)) {
      byte[] b = in.readNBytes(bytes);
      if (b.length < bytes) {
        throw new TensorFormatException(file + ": storage " + name + " ends after " + b.length
            + " of " + bytes + " bytes");
      }
      return ByteBuffer.wrap(b);
    } catch (ZipException ex) {
      throw new TensorFormatException(file + ": storage " + name + " is damaged: "
          + ex.getMessage(), ex);
    }
  }
}
