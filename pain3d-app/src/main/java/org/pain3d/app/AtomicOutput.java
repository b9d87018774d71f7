package org.pain3d.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A group of output files written to temporary names beside their targets and renamed into
 * place only when all of them were written: a failure leaves no half-written output.
 */
final class AtomicOutput implements AutoCloseable {
  /** Writes one file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer w) throws IOException;
  }

  private final List<Path[]> pending = new ArrayList<>();

  /** Writes {@code target}'s content to a temporary file in the same folder. */
  void add(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(dir.toString(), null, "output folder does not exist");
    }
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    pending.add(new Path[] {tmp, target});
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      content.writeTo(w);
    }
  }

  /** Renames every temporary file onto its target. */
  void commit() throws IOException {
    for (Path[] p : pending) {
      Files.move(p[0], p[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    pending.clear();
  }

  /** Deletes temporary files that were not committed. */
  @Override
  public void close() {
    for (Path[] p : pending) {
      try {
        Files.deleteIfExists(p[0]);
      } catch (IOException ignored) {
        // best effort
      }
    }
    pending.clear();
  }
}
