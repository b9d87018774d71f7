package org.pain3d.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.slf4j.LoggerFactory;

/**
 * An advisory, exclusive lock that one writer holds on an output (a dataset folder, a shard of
 * it, a training run), so that a second pain3d process on the same output fails at once with
 * one clear {@link ErrorKind#BUSY} error instead of writing beside the first.
 *
 * <p>The lock is an operating-system file lock ({@code fcntl}/{@code flock} through {@link
 * FileChannel#tryLock()}) on a small lock file that stays on disk; the kernel releases it when
 * the holder exits, however it exits (kill -9 included), so a stale lock file never blocks a
 * later run. The file's content names the holder (pid, host, start time, purpose) for the error
 * message only; ownership is the OS lock, never the content. Within one JVM, a second {@link
 * #acquire} of a held file fails the same way (Java's file locks are per process, so this class
 * tracks its own holders).
 *
 * <p>{@link #isHeld} lets a cleanup ask whether the owner of some leftover files is still alive
 * (it is alive while its lock is held), without blocking it.
 */
public final class FolderLock implements AutoCloseable {
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
  private static final long POLL_MS = 100;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock or fails at once.
   *
   * @param lockFile the lock file (created with its parent folders when missing; kept after
   *     {@link #close})
   * @param purpose what the holder does, for the other process's error message (e.g.
   *     "pain3d generate, shard 1/4")
   * @return the held lock; close it when the writing is done
   * @throws Pain3dException of kind {@link ErrorKind#BUSY} when another process or another
   *     holder in this JVM has it, naming the holder
   * @throws IOException when the lock file cannot be created or locked for another reason
   */
  public static FolderLock acquire(Path lockFile, String purpose) throws IOException {
    Path key = lockFile.toAbsolutePath().normalize();
    Files.createDirectories(key.getParent());
    if (!HELD_HERE.add(key)) {
      throw busy(key, describe(key));
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        Optional<String> holder = describe(key);
        ch.close();
        throw busy(key, holder);
      }
      byte[] who = (ProcessHandle.current().pid() + " " + host() + " " + Instant.now() + " "
          + purpose + "\n").getBytes(StandardCharsets.UTF_8);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(who), 0);
      ch.force(true);
      return new FolderLock(key, ch, l);
    } catch (IOException | RuntimeException e) {
      HELD_HERE.remove(key);
      if (ch != null && ch.isOpen()) {
        ch.close();
      }
      throw e;
    }
  }

  /**
   * Takes the lock, waiting while another holder has it (polling, so that a holder that dies
   * frees it at once).
   *
   * @param lockFile the lock file
   * @param purpose what the holder does, for other processes' messages
   * @param wait how long to wait at most
   * @return the held lock
   * @throws Pain3dException of kind {@link ErrorKind#BUSY} when it is still held after {@code
   *     wait}
   * @throws IOException when the lock file cannot be created or locked for another reason
   */
  public static FolderLock acquire(Path lockFile, String purpose, Duration wait)
      throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    boolean told = false;
    while (true) {
      try {
        return acquire(lockFile, purpose);
      } catch (Pain3dException e) {
        if (e.kind() != ErrorKind.BUSY || System.nanoTime() - deadline >= 0) {
          throw e;
        }
        if (!told) {
          LoggerFactory.getLogger(FolderLock.class)
              .info("waiting for another pain3d process: {}", e.getMessage());
          told = true;
        }
      }
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while waiting for " + lockFile);
      }
    }
  }

  /**
   * The holder a lock file names (pid, host, start, purpose), for messages.
   *
   * @param lockFile a lock file
   * @return the description; empty when the file is missing or empty
   */
  public static Optional<String> holder(Path lockFile) {
    return describe(lockFile.toAbsolutePath().normalize());
  }

  /**
   * Whether some process (this one included) holds the lock on a file now. Never blocks and
   * never leaves the lock taken.
   *
   * @param lockFile a lock file
   * @return false when the file does not exist or nobody holds it
   * @throws IOException when the file exists but cannot be opened
   */
  public static boolean isHeld(Path lockFile) throws IOException {
    Path key = lockFile.toAbsolutePath().normalize();
    if (HELD_HERE.contains(key)) {
      return true;
    }
    if (!Files.exists(key)) {
      return false;
    }
    try (FileChannel ch = FileChannel.open(key, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        return true;
      }
      if (l == null) {
        return true;
      }
      l.release();
      return false;
    }
  }

  /**
   * The lock file.
   *
   * @return its absolute path
   */
  public Path file() {
    return file;
  }

  /** Releases the lock (the file stays). */
  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } finally {
      HELD_HERE.remove(file);
    }
  }

  private static Pain3dException busy(Path key, Optional<String> holder) {
    return new Pain3dException(ErrorKind.BUSY, key.getParent() + " is in use by another pain3d"
        + " process" + holder.map(h -> " (" + h + ")").orElse("")
        + "; wait for it to finish or stop it (the lock " + key.getFileName()
        + " is released when its process exits)");
  }

  private static Optional<String> describe(Path key) {
    try {
      String s = Files.readString(key, StandardCharsets.UTF_8).strip();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      String[] f = s.split(" ", 4);
      return f.length == 4
          ? Optional.of("pid " + f[0] + " on " + f[1] + " since " + f[2] + ": " + f[3])
          : Optional.of(s);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String host() {
    String h = System.getenv("HOSTNAME");
    if (h == null || h.isBlank()) {
      try {
        h = java.net.InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        h = "unknown-host";
      }
    }
    return h.replace(' ', '_');
  }
}
