package org.pain3d.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

class WriterLocksTest {
  @TempDir Path dir;

  @Test
  void oneWriterPerNameAndTheLiveOnesAreListed() throws Exception {
    WriterLocks locks = new WriterLocks(dir.resolve(".pain3d/locks"));
    assertThat(locks.live()).isEmpty();
    try (WriterLocks.Writer a = locks.join("shard-1-of-2", "test shard 1")) {
      assertThat(a.owner()).isEqualTo(TempOwner.named("shard-1-of-2"));
      assertThat(locks.live()).containsOnlyKeys("shard-1-of-2");
      assertThat(locks.live().get("shard-1-of-2")).contains("test shard 1");
      assertThatThrownBy(() -> locks.join("shard-1-of-2", "again"))
          .isInstanceOfSatisfying(Pain3dException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUSY));
      try (FolderLock setup = locks.setup("preparing", Duration.ofSeconds(1))) {
        assertThat(locks.live()).as("the setup lock is no writer").containsOnlyKeys("shard-1-of-2");
        assertThatThrownBy(() -> locks.setup("second", Duration.ofMillis(300)))
            .isInstanceOfSatisfying(Pain3dException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUSY));
      }
    }
    assertThat(locks.live()).isEmpty();
    assertThatThrownBy(() -> locks.join("setup", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cleanupRemovesOnlyTheTemporaryFilesOfWritersThatAreGone() throws Exception {
    Path locksDir = dir.resolve(".pain3d/locks");
    WriterLocks locks = new WriterLocks(locksDir);
    Path images = Files.createDirectories(dir.resolve("images"));
    Path live = Files.writeString(images.resolve(".a.png.shard-1-of-2-3.tmp"), "live");
    Path dead = Files.writeString(images.resolve(".b.png.shard-2-of-2-9.tmp"), "dead");
    Path pid = Files.writeString(images.resolve(".c.png.4242-1.tmp"), "old version");
    Path data = Files.writeString(images.resolve("d.png"), "data");
    Files.createDirectories(locksDir);
    Files.writeString(locksDir.resolve("shard-2-of-2.lock"), "an old holder\n");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        FolderLockHolder.class.getName(), locksDir.resolve("shard-1-of-2.lock").toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).isEqualTo("locked");
      try (FolderLock setup = locks.setup("cleaning", Duration.ofSeconds(5))) {
        assertThat(locks.removeDeadTemporaries(List.of(images, dir.resolve("missing")))).isEqualTo(2);
      }
      assertThat(live).exists();
      assertThat(dead).doesNotExist();
      assertThat(pid).doesNotExist();
      assertThat(data).exists();
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(locks.removeDeadTemporaries(List.of(images))).as("its writer is gone now").isEqualTo(1);
    assertThat(live).doesNotExist();
  }
}
