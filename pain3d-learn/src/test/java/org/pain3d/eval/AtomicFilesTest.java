package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheTargetAndLeavesNoTemporaryFile() throws Exception {
    Path f = dir.resolve("a.json");
    Files.writeString(f, "old");
    AtomicFiles.write(f, "new".getBytes());
    assertThat(f).hasContent("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void aFailedWriteLeavesNothing() throws Exception {
    Path f = dir.resolve("b.json");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write(1);
      throw new IOException("disk full");
    })).hasMessage("disk full");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
