package org.pain3d.dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes files atomically: the content goes to a hidden temporary file in the target's
 * directory ({@code .<name>.<pid>-<n>.tmp}), which is then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. Readers see the old file or the complete new
 * one, never a partial one. On any failure the temporary file is deleted and the target
 * is left as it was.
 */
public final class AtomicFiles {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final long PID = ProcessHandle.current().pid();

  private AtomicFiles() {}

  /** Writes a file's content to a stream. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the content.
     *
     * @param out the stream (buffered; do not close it)
     * @throws IOException on failure
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file atomically, creating parent directories.
   *
   * @param target the file to create or replace
   * @param body writes the content
   * @throws IOException when writing or renaming fails (the target is unchanged)
   */
  public static void write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = createTemp(dir, abs.getFileName().toString());
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.writeTo(new NonClosingOutputStream(out));
      }
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } finally {
      if (!moved) {
        deleteQuietly(tmp);
      }
    }
  }

  /**
   * Writes bytes atomically.
   *
   * @param target the file to create or replace
   * @param data the content
   * @throws IOException when writing fails
   */
  public static void write(Path target, byte[] data) throws IOException {
    write(target, out -> out.write(data));
  }

  /**
   * Tells whether a file name is one of our temporary names.
   *
   * @param fileName a file name
   * @return true for {@code .<name>.<pid>-<n>.tmp}
   */
  public static boolean isTemporary(String fileName) {
    return fileName.startsWith(".") && fileName.endsWith(".tmp");
  }

  private static Path createTemp(Path dir, String name) throws IOException {
    while (true) {
      Path tmp = dir.resolve("." + name + "." + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
      try {
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        // Left over from a crashed run with the same pid: try the next number.
      }
    }
  }

  private static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // The original failure matters more; a stray hidden .tmp is harmless.
      LOG.warn("could not delete temporary file {}: {}", tmp, e.toString());
    }
  }

  /** Keeps the body from closing the stream before the rename. */
  private static final class NonClosingOutputStream extends OutputStream {
    private final OutputStream out;

    NonClosingOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
