package org.pain3d.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * The locks of an output folder that several processes may write at once (the shards of a job
 * array, possibly on several hosts sharing the folder over NFS), kept as {@link FolderLock}
 * files in one lock folder:
 *
 * <ul>
 *   <li>{@code setup.lock}, held briefly and exclusively by whoever prepares or finishes the
 *       folder (checks its state, wipes it, removes leftovers, writes the dataset-level files),
 *       so that these steps never run beside each other;
 *   <li>{@code <name>.lock}, one per live writer ({@link #join}), held for the writer's whole
 *       run: a second writer of the same name is refused ({@link ErrorKind#BUSY}), {@link
 *       #live()} tells who writes now (an {@code --overwrite} must find nobody), and the
 *       writer's temporary files carry its name ({@link TempOwner#named}), so that {@link
 *       #removeDeadTemporaries} deletes only the leftovers of writers that are gone.
 * </ul>
 *
 * <p>Lock files are never deleted (a deleted, still-held lock file would let a second holder
 * lock a new file of the same name). The kernel releases every lock when its process dies.
 */
public final class WriterLocks {
  /** The name of the setup lock's file (not a writer). */
  public static final String SETUP = "setup";
  private static final String SUFFIX = ".lock";

  private final Path dir;

  /**
   * Locks kept in a folder.
   *
   * @param dir the lock folder (created on first use; keep it out of anything a wipe deletes)
   */
  public WriterLocks(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** A live writer: its lock and the owner tag of its temporary files. */
  public static final class Writer implements AutoCloseable {
    private final FolderLock lock;
    private final TempOwner owner;

    private Writer(FolderLock lock, TempOwner owner) {
      this.lock = lock;
      this.owner = owner;
    }

    /**
     * The owner to write temporary files under.
     *
     * @return the named owner
     */
    public TempOwner owner() {
      return owner;
    }

    /** Releases the writer's lock. */
    @Override
    public void close() throws IOException {
      lock.close();
    }
  }

  /**
   * The lock folder.
   *
   * @return its absolute path
   */
  public Path folder() {
    return dir;
  }

  /**
   * Takes the setup lock, waiting while another process prepares or finishes the folder.
   *
   * @param purpose what this process does, for the others' messages
   * @param wait how long to wait at most
   * @return the held lock; close it when the step is done
   * @throws Pain3dException of kind {@link ErrorKind#BUSY} when it stays held for {@code wait}
   * @throws IOException when the lock cannot be taken for another reason
   */
  public FolderLock setup(String purpose, Duration wait) throws IOException {
    return FolderLock.acquire(dir.resolve(SETUP + SUFFIX), purpose, wait);
  }

  /**
   * Becomes a live writer of the folder.
   *
   * @param name the writer's name, unique among concurrent writers (e.g. {@code shard-2-of-4});
   *     starts with a letter, not {@value #SETUP}
   * @param purpose what the writer does, for the others' messages
   * @return the writer; close it when its run ends
   * @throws Pain3dException of kind {@link ErrorKind#BUSY} when a writer of that name is live
   * @throws IOException when the lock cannot be taken for another reason
   */
  public Writer join(String name, String purpose) throws IOException {
    TempOwner owner = TempOwner.named(name);
    if (name.equals(SETUP)) {
      throw new IllegalArgumentException("'" + SETUP + "' is not a writer name");
    }
    return new Writer(FolderLock.acquire(dir.resolve(name + SUFFIX), purpose), owner);
  }

  /**
   * The writers live now.
   *
   * @return writer name to its holder's description (pid, host, start, purpose), by name
   * @throws IOException when the lock folder cannot be listed
   */
  public SortedMap<String, String> live() throws IOException {
    SortedMap<String, String> live = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return live;
    }
    for (Path f : list(dir)) {
      String file = f.getFileName().toString();
      if (!file.endsWith(SUFFIX)) {
        continue;
      }
      String name = file.substring(0, file.length() - SUFFIX.length());
      if (!name.equals(SETUP) && FolderLock.isHeld(f)) {
        live.put(name, FolderLock.holder(f).orElse("holder unknown"));
      }
    }
    return live;
  }

  /**
   * Whether a temporary file's owner is a live writer.
   *
   * @param owner an owner from a temporary name
   * @return true for a named owner whose lock is held now; false for process (pid) owners,
   *     which cannot be told alive across hosts
   * @throws IOException when its lock file cannot be opened
   */
  public boolean isLive(TempOwner owner) throws IOException {
    return owner.isNamed() && !owner.tag().equals(SETUP)
        && FolderLock.isHeld(dir.resolve(owner.tag() + SUFFIX));
  }

  /**
   * Deletes the temporary files in some folders whose owner is not a live writer (left by a
   * crashed or killed run). Call it while holding the setup lock and before joining, so that
   * the leftovers of this writer's own previous run are removed too.
   *
   * @param folders the folders to clean (not recursive; missing ones are skipped)
   * @return how many files were deleted
   * @throws IOException when a folder cannot be listed or a file deleted
   */
  public int removeDeadTemporaries(Collection<Path> folders) throws IOException {
    int n = 0;
    for (Path d : folders) {
      if (!Files.isDirectory(d)) {
        continue;
      }
      for (Path p : list(d)) {
        String name = p.getFileName().toString();
        if (!AtomicFiles.isTemporary(name)) {
          continue;
        }
        var owner = TempOwner.ofTemporary(name);
        if (owner.isEmpty() || !isLive(owner.get())) {
          n += Files.deleteIfExists(p) ? 1 : 0;
        }
      }
    }
    return n;
  }

  private static List<Path> list(Path d) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(d)) {
      s.sorted().forEach(out::add);
    }
    return out;
  }
}
