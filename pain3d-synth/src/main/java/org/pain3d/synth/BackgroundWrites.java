package org.pain3d.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.pain3d.dataset.DatasetWriter;
import org.pain3d.io.AtomicFiles;

/**
 * Writes one worker's files in order on a thread of their own, so that the worker renders
 * the next image while the disk syncs the last one (every file is synced and renamed: {@link
 * org.pain3d.io.AtomicFiles}, several milliseconds a file). What is on disk at any moment, and
 * in which order files appear, is what writing them in the worker would give: one writer
 * thread takes the files in submission order. The folders are synced once per batch instead
 * of once per file ({@link AtomicFiles.FolderSync#BY_CALLER}): {@link #finish} waits for every
 * file submitted since the last call, then syncs each folder they went to, so an identity is
 * recorded as done only after all its files and their names are on disk. At most {@value
 * #MAX_PENDING} files wait in memory (about 1 MB each at 512 px); {@link #submit} blocks
 * beyond that. Files are encoded into that many buffers, reused from file to file (a fresh array
 * per file cost a copy and a large allocation per image).
 *
 * <p>Not thread-safe: one per worker (its {@link IdentityJob}).
 */
final class BackgroundWrites implements AutoCloseable {
  /** Files encoded but not yet written before {@link #submit} waits. */
  static final int MAX_PENDING = 16;

  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "pain3d-write");
    t.setDaemon(true);
    return t;
  });
  /** The buffers no queued file holds; a file takes one to be encoded into and gives it back once written. */
  private final BlockingQueue<ByteArrayOutputStream> free = new ArrayBlockingQueue<>(MAX_PENDING);
  private final List<String> names = new ArrayList<>();
  private final List<Future<String>> sums = new ArrayList<>();
  /** The folders of this batch's files, synced once each by {@link #finish}. */
  private final Set<Path> folders = new LinkedHashSet<>();
  private final Consumer<Path> folderSync;
  private volatile boolean failed;

  /** Syncs folders with {@link AtomicFiles#syncFolder}. */
  BackgroundWrites() {
    this(AtomicFiles::syncFolder);
  }

  /**
   * For tests: syncs folders with the given action.
   *
   * @param folderSync syncs one folder (on the writer thread)
   */
  BackgroundWrites(Consumer<Path> folderSync) {
    this.folderSync = folderSync;
    for (int i = 0; i < MAX_PENDING; i++) {
      free.add(new ByteArrayOutputStream());
    }
  }

  /**
   * Encodes a file into a free buffer (here, in the caller's thread) and queues it; an earlier
   * failure is rethrown here (after the queued files are done).
   *
   * @param writer the dataset writer
   * @param relative the file's path in the dataset
   * @param body writes the file's complete content
   * @throws IOException when the body fails (nothing is queued), or an earlier file of this
   *     batch could not be written
   */
  void submit(DatasetWriter writer, String relative, AtomicFiles.Body body) throws IOException {
    if (failed) {
      finish();
    }
    ByteArrayOutputStream data;
    try {
      data = free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to write " + relative);
    }
    try {
      data.reset();
      body.writeTo(data);
    } catch (IOException | RuntimeException e) {
      free.add(data);
      throw e;
    }
    names.add(relative);
    folders.add(writer.resolve(relative).getParent());
    sums.add(thread.submit(() -> {
      try {
        return writer.write(relative, AtomicFiles.FolderSync.BY_CALLER, data::writeTo);
      } catch (IOException | RuntimeException e) {
        failed = true;
        throw e;
      } finally {
        free.add(data);
      }
    }));
  }

  /**
   * Waits for every file submitted since the last call, then for the sync of each of their
   * folders (after the last of them was renamed: the writer thread takes tasks in order).
   *
   * @return their SHA-256 hex by relative path, in submission order
   * @throws IOException the first failure among them (the others are waited for all the same)
   */
  Map<String, String> finish() throws IOException {
    List<Path> dirs = List.copyOf(folders);
    folders.clear();
    Future<String> synced = thread.submit(() -> {
      dirs.forEach(folderSync);
      return null;
    });
    Map<String, String> out = new LinkedHashMap<>();
    Throwable failure = null;
    boolean interrupted = false;
    for (int i = 0; i <= sums.size(); i++) {
      Future<String> f = i < sums.size() ? sums.get(i) : synced;
      while (true) {
        try {
          String sum = f.get();
          if (f != synced) {
            out.put(names.get(i), sum);
          }
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the write is under way: wait for it, then report
        } catch (ExecutionException e) {
          failure = failure == null ? e.getCause() : failure;
          break;
        }
      }
    }
    names.clear();
    sums.clear();
    failed = false;
    if (interrupted) {
      Thread.currentThread().interrupt();
      failure = failure == null ? new InterruptedIOException("interrupted while files were written") : failure;
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error err) {
      throw err;
    }
    if (failure != null) {
      throw new IOException(failure);
    }
    return out;
  }

  /** Waits for queued files (their failures were or will not be reported) and stops the thread. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
        // a slow disk: keep waiting, a write must not be cut short
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
