package org.pain3d.synth;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs one task per work item on a fixed pool of daemon threads, each thread with its own
 * reusable job (scene, buffers, encoder), closed at the end. The first failure is rethrown
 * (an {@link IOException} or runtime exception as it was).
 */
final class WorkerPool {
  private WorkerPool() {}

  /**
   * A task on one item with the thread's job.
   *
   * @param <J> the job type
   * @param <P> the item type
   */
  @FunctionalInterface
  interface Task<J, P> {
    /**
     * @param job the thread's job
     * @param item the work item
     * @throws IOException when writing fails
     */
    void run(J job, P item) throws IOException;
  }

  /**
   * @param threads at most this many threads
   * @param items the work, in submission order
   * @param newJob makes a thread's job
   * @param task the task
   * @param <J> the job type
   * @param <P> the item type
   * @throws IOException the first task failure
   */
  static <J extends AutoCloseable, P> void run(int threads, List<P> items, Supplier<J> newJob, Task<J, P> task)
      throws IOException {
    if (items.isEmpty()) {
      return;
    }
    ConcurrentLinkedQueue<J> jobs = new ConcurrentLinkedQueue<>();
    ThreadLocal<J> job = ThreadLocal.withInitial(() -> {
      J j = newJob.get();
      jobs.add(j);
      return j;
    });
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
      Thread t = new Thread(r, "pain3d-generate");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (P item : items) {
        futures.add(pool.submit(() -> {
          task.run(job.get(), item);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        get(f);
      }
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (J j : jobs) {
        try {
          j.close();
        } catch (Exception e) {
          // A job's own resources; the run's outcome is already decided.
        }
      }
    }
  }

  private static void get(Future<?> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("generation interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(c);
    }
  }
}
