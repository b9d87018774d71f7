package org.pain3d.checkpoint;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.PickleException;
import org.pain3d.tensor.TensorFormatException;

/**
 * The format of {@code torch.save} before PyTorch 1.6 (and {@code
 * _use_new_zipfile_serialization=False}): five pickles in a row (magic number, protocol version
 * 1001, system info, the object, the sorted storage keys), then for each key an int64
 * little-endian element count and the raw little-endian storage bytes.
 */
final class LegacyTorchFile {
  /** The magic number the first pickle holds. */
  static final BigInteger MAGIC = new BigInteger("1950a86a20f9469cfc6c", 16);
  private static final long PROTOCOL = 1001;

  private LegacyTorchFile() {}

  /**
   * Reads the pickles and locates every storage; storages stay in the file until read.
   *
   * @param file the file
   * @return the root object and the open file channel (close it when done)
   * @throws IOException if the file is malformed or truncated
   */
  static TorchCheckpoint.Loaded read(Path file) throws IOException {
    long size = Files.size(file);
    Map<String, long[]> offsets = new HashMap<>();
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    try {
      StorageTable table = new StorageTable((key, bytes, elementSize) -> {
        long[] at = offsets.get(key);
        if (at == null || at[1] < bytes) {
          throw new TensorFormatException(file + ": storage " + key + (at == null
              ? " is not in the file" : " holds " + at[1] + " bytes, its tensors need " + bytes));
        }
        return read(ch, at[0], bytes, file);
      });
      Object root;
      long pos;
      try (InputStream raw = Files.newInputStream(file);
          CountingInput in = new CountingInput(new BufferedInputStream(raw, 1 << 16), 0, size)) {
        expect(header(in, file), MAGIC, "magic number", file);
        expect(header(in, file), BigInteger.valueOf(PROTOCOL), "protocol version", file);
        header(in, file); // system info: {protocol_version, little_endian, type_sizes}
        root = TorchCheckpoint.unpickle(in, table::resolve, file, "the object pickle");
        Object keys = TorchCheckpoint.unpickle(in, pid -> refusePid(), file, "the storage keys");
        pos = in.position();
        for (Object k : keys instanceof List<?> l ? l : List.of()) {
          long numel = read(ch, pos, 8, file).order(ByteOrder.LITTLE_ENDIAN).getLong();
          long bytes = Math.multiplyExact(numel, (long) table.elementSize(String.valueOf(k)));
          offsets.put(String.valueOf(k), new long[] {pos + 8, bytes});
          pos += 8 + bytes;
        }
      }
      if (pos > size) {
        throw new TensorFormatException(file + ": truncated: its storages need " + pos
            + " bytes, the file has " + size);
      }
      return new TorchCheckpoint.Loaded(root, ch);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  private static Object header(CountingInput in, Path file) throws IOException {
    return TorchCheckpoint.unpickle(in, pid -> refusePid(), file, "the header");
  }

  private static Object refusePid() {
    throw new PickleException("a persistent id outside the object pickle");
  }

  private static void expect(Object got, BigInteger want, String what, Path file)
      throws TensorFormatException {
    BigInteger v = got instanceof BigInteger b ? b
        : got instanceof Number n ? BigInteger.valueOf(n.longValue()) : null;
    if (!want.equals(v)) {
      throw new TensorFormatException(file + ": not a legacy torch.save file (" + what + " "
          + got + ")");
    }
  }

  private static ByteBuffer read(FileChannel ch, long at, int bytes, Path file)
      throws IOException {
    ByteBuffer b = ByteBuffer.allocate(bytes);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new TensorFormatException(file + ": truncated at byte " + (at + b.position()));
      }
    }
    return b.flip();
  }
}
