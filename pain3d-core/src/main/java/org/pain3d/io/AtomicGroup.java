package org.pain3d.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Output files that belong together (a mesh and its JSON), written with {@link AtomicFiles}'
 * temporary names, syncs and renames: every file is written to its temporary name first and
 * renamed into place only by {@link #commit}, so a failure in any of them leaves none
 * half-written. Unlike {@link AtomicFiles#write}, the target folders must exist (a command's
 * output folder is the user's to make).
 */
public final class AtomicGroup implements AutoCloseable {
  /** Writes one text file's content (UTF-8). */
  @FunctionalInterface
  public interface TextBody {
    /**
     * Writes the content.
     *
     * @param w the writer (closing it is allowed)
     * @throws IOException on failure
     */
    void writeTo(Writer w) throws IOException;
  }

  private final List<Path[]> pending = new ArrayList<>();

  /**
   * Writes {@code target}'s content to a temporary file in the same folder.
   *
   * @param target the file to create or replace on {@link #commit}
   * @param body writes the content
   * @throws NoSuchFileException when the target's folder does not exist
   * @throws IOException when writing fails
   */
  public void add(Path target, AtomicFiles.Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    if (!Files.isDirectory(abs.getParent())) {
      throw new NoSuchFileException(abs.getParent().toString(), null, "output folder does not exist");
    }
    Path tmp = AtomicFiles.createTemp(abs, TempOwner.process());
    pending.add(new Path[] {tmp, abs});
    AtomicFiles.writeStream(tmp, body);
  }

  /**
   * Writes a UTF-8 text file to a temporary file in the same folder.
   *
   * @param target the file to create or replace on {@link #commit}
   * @param body writes the text
   * @throws NoSuchFileException when the target's folder does not exist
   * @throws IOException when writing fails
   */
  public void addText(Path target, TextBody body) throws IOException {
    add(target, out -> {
      try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        body.writeTo(w);
      }
    });
  }

  /**
   * Syncs and renames every temporary file onto its target.
   *
   * @throws IOException when a sync or rename fails (the files not yet renamed stay as they
   *     were; {@link #close} deletes their temporaries)
   */
  public void commit() throws IOException {
    while (!pending.isEmpty()) {
      Path[] p = pending.get(0);
      AtomicFiles.commit(p[0], p[1]);
      pending.remove(0);
    }
  }

  /** Deletes temporary files that were not committed. */
  @Override
  public void close() {
    for (Path[] p : pending) {
      AtomicFiles.deleteQuietly(p[0]);
    }
    pending.clear();
  }
}
