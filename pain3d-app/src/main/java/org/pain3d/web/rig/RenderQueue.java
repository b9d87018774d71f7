package org.pain3d.web.rig;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;

/**
 * Runs renders on its own worker threads (never the HTTP request threads) behind a bounded
 * queue, and coalesces each client's queued work to its latest request.
 *
 * <p>A task submitted with a client key while an earlier task of that key is still waiting
 * (not started) takes the waiting task's place in the queue; the earlier request is answered
 * {@link WebErrorKind#SUPERSEDED} at once. So a client has at most one task running and one
 * waiting, and slider moves that arrive faster than renders finish are rendered once, with
 * the latest values. Tasks without a key are never coalesced. When the queue is full a new
 * task fails with {@link WebErrorKind#OVERLOADED} (503) instead of waiting.
 */
public final class RenderQueue implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  /** Waiting (not started) slots by client key. */
  private final Map<String, Slot<?>> waiting = new HashMap<>();

  /**
   * Starts the workers.
   *
   * @param threads worker threads, at least 1
   * @param capacity waiting tasks at most, at least 1
   * @param name thread name prefix
   */
  public RenderQueue(int threads, int capacity, String name) {
    if (threads < 1 || capacity < 1) {
      throw new IllegalArgumentException("a render queue needs >= 1 thread and >= 1 place, got "
          + threads + " and " + capacity);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(capacity), factory, new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Queues a task.
   *
   * @param <T> the result type
   * @param client the client key, or null (never coalesced)
   * @param task the work
   * @return its result; fails with SUPERSEDED when a newer task of the client replaced it
   *     before it started, OVERLOADED when the queue was full
   */
  public <T> CompletableFuture<T> submit(String client, Callable<T> task) {
    CompletableFuture<T> future = new CompletableFuture<>();
    Slot<?> replaced = null;
    synchronized (this) {
      Slot<?> old = client == null ? null : waiting.get(client);
      if (old != null) {
        replaced = old.replace(task, future);
      } else {
        Slot<T> slot = new Slot<>(client, task, future);
        if (client != null) {
          waiting.put(client, slot);
        }
        try {
          pool.execute(() -> run(slot));
        } catch (RejectedExecutionException e) {
          if (client != null) {
            waiting.remove(client);
          }
          future.completeExceptionally(new WebException(WebErrorKind.OVERLOADED,
              "the render queue is full (" + pool.getQueue().size() + " waiting); retry shortly"));
        }
      }
    }
    if (replaced != null) {
      replaced.supersede();
    }
    return future;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void run(Slot<?> slot) {
    Callable<?> task;
    CompletableFuture future;
    synchronized (this) {
      if (slot.client != null) {
        waiting.remove(slot.client, slot);
      }
      task = slot.task;
      future = slot.future;
    }
    try {
      future.complete(task.call());
    } catch (Throwable e) {
      future.completeExceptionally(e);
    }
  }

  /** @return tasks waiting now */
  public int waitingCount() {
    return pool.getQueue().size();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /**
   * One place in the queue; its task and future change while it waits (guarded by the
   * queue's lock, read once by the worker that starts it).
   */
  private static final class Slot<T> {
    final String client;
    Callable<?> task;
    CompletableFuture<?> future;

    Slot(String client, Callable<T> task, CompletableFuture<T> future) {
      this.client = client;
      this.task = task;
      this.future = future;
    }

    /** Puts a newer task in this place; returns the replaced future's slot, to supersede. */
    <U> Slot<?> replace(Callable<U> newer, CompletableFuture<U> newerFuture) {
      Slot<Object> old = new Slot<>(client, null, null);
      old.future = future;
      task = newer;
      future = newerFuture;
      return old;
    }

    void supersede() {
      future.completeExceptionally(new WebException(WebErrorKind.SUPERSEDED,
          "superseded by a newer request of client " + client));
    }
  }
}
