package org.pain3d.web.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;

/** The render queue: workers off the caller's thread, coalescing per client, bounded. */
class RenderQueueTest {

  private static WebErrorKind kindOf(CompletableFuture<?> f) {
    try {
      f.get(10, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause() instanceof WebException w ? w.kind() : null;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void coalescesAClientsWaitingTasksToTheLatest() throws Exception {
    try (RenderQueue q = new RenderQueue(1, 8, "test")) {
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch running = new CountDownLatch(1);
      CompletableFuture<Integer> first = q.submit("a", () -> {
        running.countDown();
        release.await();
        return 1;
      });
      running.await();
      AtomicInteger ran = new AtomicInteger();
      List<CompletableFuture<Integer>> moves = new ArrayList<>();
      for (int i = 2; i <= 6; i++) {
        int v = i;
        moves.add(q.submit("a", () -> {
          ran.incrementAndGet();
          return v;
        }));
      }
      CompletableFuture<Integer> other = q.submit("b", () -> 99);
      assertThat(q.waitingCount()).isEqualTo(2);
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      for (int i = 0; i < 4; i++) {
        assertThat(kindOf(moves.get(i))).isEqualTo(WebErrorKind.SUPERSEDED);
      }
      assertThat(moves.get(4).get(10, TimeUnit.SECONDS)).isEqualTo(6);
      assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(99);
      assertThat(ran.get()).isEqualTo(1);
    }
  }

  @Test
  void tasksWithoutAClientAreNeverCoalesced() throws Exception {
    try (RenderQueue q = new RenderQueue(1, 8, "test")) {
      CountDownLatch release = new CountDownLatch(1);
      q.submit(null, () -> {
        release.await();
        return 0;
      });
      List<CompletableFuture<Integer>> fs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        int v = i;
        fs.add(q.submit(null, () -> v));
      }
      release.countDown();
      for (int i = 0; i < 4; i++) {
        assertThat(fs.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
      }
    }
  }

  @Test
  void aFullQueueRefusesAtOnce() throws Exception {
    try (RenderQueue q = new RenderQueue(1, 2, "test")) {
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch running = new CountDownLatch(1);
      q.submit(null, () -> {
        running.countDown();
        release.await();
        return 0;
      });
      running.await();
      CompletableFuture<Integer> a = q.submit("x", () -> 1);
      CompletableFuture<Integer> b = q.submit("y", () -> 2);
      CompletableFuture<Integer> c = q.submit("z", () -> 3);
      assertThat(kindOf(c)).isEqualTo(WebErrorKind.OVERLOADED);
      // a coalesced move takes no new place
      CompletableFuture<Integer> a2 = q.submit("x", () -> 4);
      assertThat(kindOf(a)).isEqualTo(WebErrorKind.SUPERSEDED);
      release.countDown();
      assertThat(a2.get(10, TimeUnit.SECONDS)).isEqualTo(4);
      assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo(2);
      // the refused client can queue again
      assertThat(q.submit("z", () -> 5).get(10, TimeUnit.SECONDS)).isEqualTo(5);
    }
  }

  @Test
  void runsOffTheCallersThreadAndPassesFailuresOn() {
    try (RenderQueue q = new RenderQueue(2, 4, "pain3d-render")) {
      String caller = Thread.currentThread().getName();
      assertThat(q.submit(null, () -> Thread.currentThread().getName()).join())
          .startsWith("pain3d-render-").isNotEqualTo(caller);
      CompletableFuture<Object> f = q.submit("c", () -> {
        throw new IllegalArgumentException("bad AU");
      });
      assertThatThrownBy(f::join).hasRootCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad AU");
    }
    assertThatThrownBy(() -> new RenderQueue(0, 1, "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
