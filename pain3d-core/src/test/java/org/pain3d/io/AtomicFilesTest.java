package org.pain3d.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAndReplaces() throws IOException {
    Path f = dir.resolve("sub/dir/a.json");
    AtomicFiles.write(f, "one".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(f, "two".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(f)).isEqualTo("two");
    assertThat(names(f.getParent())).containsExactly("a.json");
  }

  @Test
  void failureInTheBodyLeavesNoTempAndKeepsTheOldFile() throws IOException {
    Path f = dir.resolve("a.json");
    Files.writeString(f, "old");
    assertThatThrownBy(
            () -> AtomicFiles.write(f, out -> {
              out.write("partial new content".getBytes(StandardCharsets.UTF_8));
              throw new IOException("disk full (simulated)");
            }))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("simulated");
    assertThat(Files.readString(f)).isEqualTo("old");
    assertThat(names(dir)).containsExactly("a.json");
  }

  @Test
  void runtimeFailureAlsoCleansUp() throws IOException {
    Path f = dir.resolve("b.bin");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write(1);
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void failedRenameLeavesNoTemp() throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectories(target.resolve("child"));
    assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1, 2, 3}))
        .isInstanceOf(IOException.class);
    assertThat(names(dir)).containsExactly("taken");
    assertThat(Files.isDirectory(target.resolve("child"))).isTrue();
  }

  @Test
  void bodyClosingTheStreamDoesNotBreakTheRename() throws IOException {
    Path f = dir.resolve("c.txt");
    AtomicFiles.write(f, out -> {
      out.write('x');
      out.close();
    });
    assertThat(Files.readString(f)).isEqualTo("x");
    assertThat(AtomicFiles.isTemporary(".c.txt.12-3.tmp")).isTrue();
  }

  @Test
  void aFileBodyThatFailsItsCheckLeavesNothing() throws IOException {
    Path f = dir.resolve("d/archive.zip");
    assertThatThrownBy(() -> AtomicFiles.writeFile(f, tmp -> {
      Files.writeString(tmp, "downloaded");
      throw new IOException("checksum mismatch (simulated)");
    })).hasMessageContaining("simulated");
    assertThat(names(f.getParent())).isEmpty();
    AtomicFiles.writeFile(f, tmp -> Files.writeString(tmp, "ok"));
    assertThat(Files.readString(f)).isEqualTo("ok");
  }

  @Test
  void aGroupRenamesAllOnCommitAndNothingWithoutIt() throws IOException {
    try (AtomicGroup g = new AtomicGroup()) {
      g.addText(dir.resolve("a.obj"), w -> w.write("v 0 0 0\n"));
      g.add(dir.resolve("a.json"), out -> out.write('{'));
      assertThat(names(dir)).hasSize(2).allMatch(AtomicFiles::isTemporary);
    }
    assertThat(names(dir)).isEmpty();
    try (AtomicGroup g = new AtomicGroup()) {
      g.addText(dir.resolve("a.obj"), w -> w.write("v 0 0 0\n"));
      g.add(dir.resolve("a.json"), out -> out.write('{'));
      g.commit();
    }
    assertThat(names(dir)).containsExactly("a.json", "a.obj");
    assertThat(Files.readString(dir.resolve("a.obj"))).isEqualTo("v 0 0 0\n");
    try (AtomicGroup g = new AtomicGroup()) {
      assertThatThrownBy(() -> g.add(dir.resolve("missing/x.txt"), out -> { }))
          .hasMessageContaining("output folder does not exist");
    }
  }
}
