package org.pain3d.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

class FolderLockTest {
  @TempDir Path dir;

  @Test
  void secondHolderInTheSameJvmIsRefusedUntilTheFirstCloses() throws Exception {
    Path f = dir.resolve("out/.pain3d/lock");
    try (FolderLock first = FolderLock.acquire(f, "test one")) {
      assertThat(FolderLock.isHeld(f)).isTrue();
      assertThatThrownBy(() -> FolderLock.acquire(f, "test two"))
          .isInstanceOfSatisfying(Pain3dException.class,
              e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUSY))
          .hasMessageContaining("in use by another pain3d process")
          .hasMessageContaining("test one");
    }
    assertThat(FolderLock.isHeld(f)).isFalse();
    try (FolderLock again = FolderLock.acquire(f, "test three")) {
      assertThat(again.file()).isEqualTo(f.toAbsolutePath().normalize());
    }
  }

  @Test
  void lockHeldByAnotherProcessIsRefusedAndFreedWhenItIsKilled() throws Exception {
    Path f = dir.resolve("run/.lock");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        FolderLockHolder.class.getName(), f.toString())).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).isEqualTo("locked");
      assertThat(FolderLock.isHeld(f)).isTrue();
      assertThatThrownBy(() -> FolderLock.acquire(f, "second writer"))
          .isInstanceOfSatisfying(Pain3dException.class,
              e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUSY))
          .hasMessageContaining("pid " + child.pid())
          .hasMessageContaining("holder process");
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(FolderLock.isHeld(f)).isFalse();
    try (FolderLock mine = FolderLock.acquire(f, "after the kill")) {
      assertThat(FolderLock.isHeld(f)).isTrue();
    }
  }

  @Test
  void missingLockFileIsNotHeld() throws Exception {
    assertThat(FolderLock.isHeld(dir.resolve("nothing"))).isFalse();
  }
}
