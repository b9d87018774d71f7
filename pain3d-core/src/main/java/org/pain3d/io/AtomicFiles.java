package org.pain3d.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes files atomically and durably, the one way pain3d writes a file that must never be
 * seen half-written: the content goes to a hidden temporary file in the target's folder
 * ({@code .<name>.<owner>-<n>.tmp}, the owner a {@link TempOwner}: this process's pid, or the
 * name of a lock its writer holds), the file is synced to disk, renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}, and the folder is synced so that the rename survives
 * a crash. Readers see the old file or the complete new one, never a partial one. On any
 * failure the temporary file is deleted and the target is left as it was.
 *
 * <p>Several files that belong together (an OBJ and its JSON) are written with a {@link
 * AtomicGroup}: all temporaries first, then all renames.
 */
public final class AtomicFiles {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /** When the target's folder is synced after the rename that puts a file in place. */
  public enum FolderSync {
    /** Right after the rename: the file survives a crash (a power loss) once the write returns. */
    AFTER_RENAME,
    /**
     * By the caller, once for several files written into the same folder ({@link
     * #syncFolder}), before anything records them as durable: until then a power loss may
     * lose the renamed file (never leave it half-written). A killed process loses nothing.
     */
    BY_CALLER
  }

  /** Writes a file's content to a stream. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the content.
     *
     * @param out the stream (buffered; closing it is allowed and harmless)
     * @throws IOException on failure
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Fills a file given by its path (for writers that open the file themselves). */
  @FunctionalInterface
  public interface FileBody {
    /**
     * Writes the content, replacing the (empty) temporary file.
     *
     * @param tmp the temporary file, in the target's folder
     * @throws IOException on failure
     */
    void writeTo(Path tmp) throws IOException;
  }

  /**
   * Writes a file atomically, creating parent folders.
   *
   * @param target the file to create or replace
   * @param body writes the content
   * @throws IOException when writing or renaming fails (the target is unchanged)
   */
  public static void write(Path target, Body body) throws IOException {
    write(target, TempOwner.process(), body);
  }

  /**
   * Writes a file atomically under a named owner's temporary name, creating parent folders.
   *
   * @param target the file to create or replace
   * @param owner whose temporary file it is while it is written
   * @param body writes the content
   * @throws IOException when writing or renaming fails (the target is unchanged)
   */
  public static void write(Path target, TempOwner owner, Body body) throws IOException {
    write(target, owner, FolderSync.AFTER_RENAME, body);
  }

  /**
   * Writes a file atomically under a named owner's temporary name, creating parent folders,
   * and syncs its folder now or leaves that to the caller.
   *
   * @param target the file to create or replace
   * @param owner whose temporary file it is while it is written
   * @param folderSync when the folder is synced
   * @param body writes the content
   * @throws IOException when writing or renaming fails (the target is unchanged)
   */
  public static void write(Path target, TempOwner owner, FolderSync folderSync, Body body)
      throws IOException {
    writeFile(target, owner, folderSync, tmp -> writeStream(tmp, body));
  }

  /**
   * Writes bytes atomically, creating parent folders.
   *
   * @param target the file to create or replace
   * @param data the content
   * @throws IOException when writing fails (the target is unchanged)
   */
  public static void write(Path target, byte[] data) throws IOException {
    write(target, out -> out.write(data));
  }

  /**
   * Writes a file atomically through its path, creating parent folders: the body fills a
   * temporary file (and may check it, e.g. a download's checksum) before the rename.
   *
   * @param target the file to create or replace
   * @param body fills the temporary file
   * @throws IOException when writing, checking or renaming fails (the target is unchanged)
   */
  public static void writeFile(Path target, FileBody body) throws IOException {
    writeFile(target, TempOwner.process(), body);
  }

  /**
   * Writes a file atomically through its path under an owner's temporary name.
   *
   * @param target the file to create or replace
   * @param owner whose temporary file it is while it is written
   * @param body fills the temporary file
   * @throws IOException when writing, checking or renaming fails (the target is unchanged)
   */
  public static void writeFile(Path target, TempOwner owner, FileBody body) throws IOException {
    writeFile(target, owner, FolderSync.AFTER_RENAME, body);
  }

  private static void writeFile(Path target, TempOwner owner, FolderSync folderSync, FileBody body)
      throws IOException {
    Path abs = target.toAbsolutePath();
    ensureFolder(abs.getParent());
    Path tmp = createTemp(abs, owner);
    boolean moved = false;
    try {
      body.writeTo(tmp);
      commit(tmp, abs, folderSync);
      moved = true;
    } finally {
      if (!moved) {
        deleteQuietly(tmp);
      }
    }
  }

  /**
   * Creates a folder and its parents where missing. Looks first: {@link Files#createDirectories}
   * on a folder that exists throws and catches two exceptions, and a dataset writes every file
   * into an existing folder.
   */
  private static void ensureFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
    }
  }

  /**
   * Tells whether a file name is one of our temporary names.
   *
   * @param fileName a file name
   * @return true for {@code .<name>.<owner>-<n>.tmp}
   */
  public static boolean isTemporary(String fileName) {
    return fileName.startsWith(".") && fileName.endsWith(".tmp");
  }

  /**
   * Creates an empty temporary file beside a target, under a name no other writer uses.
   *
   * @param target the absolute target
   * @param owner the owner named in the temporary name
   * @return the temporary file
   * @throws IOException when the folder is not writable
   */
  static Path createTemp(Path target, TempOwner owner) throws IOException {
    Path dir = target.getParent();
    String name = target.getFileName().toString();
    while (true) {
      Path tmp = dir.resolve("." + name + "." + owner.tag() + "-" + COUNTER.incrementAndGet()
          + ".tmp");
      try {
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        // Left over from a crashed run with the same owner: try the next number.
      }
    }
  }

  /** Writes a body into an existing temporary file through a buffer. */
  static void writeStream(Path tmp, Body body) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      body.writeTo(new NonClosingOutputStream(out));
    }
  }

  /**
   * Syncs a written temporary file, renames it over its target and syncs the folder.
   *
   * @param tmp the complete temporary file
   * @param target the absolute target in the same folder
   * @throws IOException when syncing or renaming fails
   */
  static void commit(Path tmp, Path target) throws IOException {
    commit(tmp, target, FolderSync.AFTER_RENAME);
  }

  /**
   * Syncs a written temporary file, renames it over its target and syncs the folder now or
   * leaves that to the caller.
   *
   * @param tmp the complete temporary file
   * @param target the absolute target in the same folder
   * @param folderSync when the folder is synced
   * @throws IOException when syncing or renaming fails
   */
  private static void commit(Path tmp, Path target, FolderSync folderSync) throws IOException {
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    CrashPoints.reach(CrashPoints.FILE_WRITTEN, target);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    if (folderSync == FolderSync.AFTER_RENAME) {
      syncFolder(target.getParent());
    }
    CrashPoints.reach(CrashPoints.FILE_RENAMED, target);
  }

  /**
   * Syncs a folder so that renames and deletions in it survive a crash; a platform that cannot
   * open a folder (Windows) is skipped.
   *
   * @param dir the folder
   */
  public static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open a folder; the rename itself has happened.
      LOG.debug("cannot sync folder {}: {}", dir, e.toString());
    }
  }

  static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // The original failure matters more; a stray hidden .tmp is harmless.
      LOG.warn("could not delete temporary file {}: {}", tmp, e.toString());
    }
  }

  /** Keeps the body from closing the stream before the sync and rename. */
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
