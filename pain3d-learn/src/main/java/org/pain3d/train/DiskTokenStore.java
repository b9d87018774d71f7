package org.pain3d.train;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens in a folder, so that a frozen backbone runs once per image across the folds of a
 * cross-validation and across interrupted runs, and the heap holds only an index:
 *
 * <ul>
 *   <li>{@code tokens.json}: {@code fingerprint} (the backbone weights' SHA-256, input size, pixel
 *       source; see {@link TokenCache#fingerprint}) and the token shape {@code T}, {@code D};
 *   <li>{@code tokens.f32}: the images' tokens back to back, float32 little-endian, {@code 4 T D}
 *       bytes each;
 *   <li>{@code tokens.index}: one line {@code offset<TAB>key} per image, appended after its
 *       tokens are written.
 * </ul>
 *
 * <p>Opening checks the pieces: index lines that are partial or point past the data's end (an
 * interrupted write) are dropped, the data is cut back to the last complete image and the index
 * rewritten. A folder with another fingerprint is refused ({@link RunFormatException}), like a
 * run folder of another config, and left as it is.
 */
public final class DiskTokenStore implements TokenStore, Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(DiskTokenStore.class);
  /** Metadata file. */
  public static final String META = "tokens.json";
  /** Token data file. */
  public static final String DATA = "tokens.f32";
  /** Index file. */
  public static final String INDEX = "tokens.index";

  /**
   * The contents of {@code tokens.json}.
   *
   * @param fingerprint what the tokens were computed from
   * @param tokens {@code T}, 0 while empty
   * @param dim {@code D}, 0 while empty
   */
  public record Meta(String fingerprint, long tokens, long dim) {}

  private final Path dir;
  private final String fingerprint;
  private final FileChannel data;
  private final BufferedWriter index;
  private final Map<String, Long> offsets = new HashMap<>();
  private long[] shape;

  private DiskTokenStore(Path dir, String fingerprint, FileChannel data, BufferedWriter index,
      Map<String, Long> offsets, long[] shape) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    this.data = data;
    this.index = index;
    this.offsets.putAll(offsets);
    this.shape = shape;
  }

  /**
   * Opens (or creates) a store.
   *
   * @param dir the folder
   * @param fingerprint what the tokens are computed from
   * @return the store (close it)
   * @throws RunFormatException if the folder holds tokens of another fingerprint
   * @throws IOException if the folder cannot be read or written
   */
  public static DiskTokenStore open(Path dir, String fingerprint) throws IOException {
    Files.createDirectories(dir);
    Path metaFile = dir.resolve(META);
    Meta meta = Files.exists(metaFile) ? RunFiles.read(metaFile, Meta.class) : null;
    if (meta != null && !meta.fingerprint().equals(fingerprint)) {
      throw new RunFormatException(metaFile, "the token cache holds tokens of "
          + meta.fingerprint() + ", not of " + fingerprint + "; use another --out folder or"
          + " delete " + dir, null);
    }
    if (meta == null) {
      Files.deleteIfExists(dir.resolve(DATA));
      Files.deleteIfExists(dir.resolve(INDEX));
      meta = new Meta(fingerprint, 0, 0);
      RunFiles.write(metaFile, meta);
    }
    long[] shape = meta.tokens() > 0 ? new long[] {meta.tokens(), meta.dim()} : null;
    FileChannel data = FileChannel.open(dir.resolve(DATA), StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    Map<String, Long> offsets = new HashMap<>();
    List<String> kept = new ArrayList<>();
    long end = 0;
    if (shape != null && Files.exists(dir.resolve(INDEX))) {
      long bytes = 4 * shape[0] * shape[1];
      String text = Files.readString(dir.resolve(INDEX), StandardCharsets.UTF_8);
      int complete = text.lastIndexOf('\n') + 1;
      for (String line : text.substring(0, complete).split("\n")) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        long off;
        try {
          off = Long.parseLong(line.substring(0, tab));
        } catch (NumberFormatException e) {
          continue;
        }
        if (off >= 0 && off % bytes == 0 && off + bytes <= data.size()) {
          offsets.put(line.substring(tab + 1), off);
          kept.add(line);
          end = Math.max(end, off + bytes);
        }
      }
    }
    data.truncate(end);
    AtomicFiles.write(dir.resolve(INDEX), out -> {
      for (String line : kept) {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    });
    BufferedWriter index = Files.newBufferedWriter(dir.resolve(INDEX), StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    if (!offsets.isEmpty()) {
      LOG.info("{}: {} images' tokens already computed", dir, offsets.size());
    }
    return new DiskTokenStore(dir, fingerprint, data, index, offsets, shape);
  }

  @Override
  public synchronized float[] get(String key) {
    Long off = offsets.get(key);
    if (off == null) {
      return null;
    }
    float[] out = new float[(int) (shape[0] * shape[1])];
    ByteBuffer buf = ByteBuffer.allocate(4 * out.length).order(ByteOrder.LITTLE_ENDIAN);
    try {
      while (buf.hasRemaining()) {
        if (data.read(buf, off + buf.position()) < 0) {
          throw new IOException("unexpected end of " + dir.resolve(DATA));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    buf.flip().asFloatBuffer().get(out);
    return out;
  }

  @Override
  public synchronized void put(String key, float[] tokens, long[] tokenShape) {
    if (key.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("image key with a line break: " + key);
    }
    try {
      if (shape == null) {
        shape = tokenShape.clone();
        RunFiles.write(dir.resolve(META), new Meta(fingerprint, shape[0], shape[1]));
      } else if (!Arrays.equals(shape, tokenShape)) {
        throw new IllegalArgumentException("token shape " + Arrays.toString(tokenShape)
            + " differs from the stored " + Arrays.toString(shape));
      }
      long off = data.size();
      ByteBuffer buf = ByteBuffer.allocate(4 * tokens.length).order(ByteOrder.LITTLE_ENDIAN);
      buf.asFloatBuffer().put(tokens);
      while (buf.hasRemaining()) {
        data.write(buf, off + buf.position());
      }
      index.write(off + "\t" + key + "\n");
      index.flush();
      offsets.put(key, off);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public synchronized long[] shape() {
    return shape == null ? null : shape.clone();
  }

  @Override
  public synchronized int size() {
    return offsets.size();
  }

  @Override
  public synchronized void close() throws IOException {
    try (data) {
      index.close();
    }
  }
}
