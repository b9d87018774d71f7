package org.pain3d.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempOwnerTest {
  @TempDir Path dir;

  @Test
  void temporaryNamesCarryTheirOwner() throws Exception {
    assertThat(TempOwner.ofTemporary(".x.png.shard-1-of-2-17.tmp")).contains(new TempOwner("shard-1-of-2"));
    assertThat(TempOwner.ofTemporary(".a.b.json.1234-5.tmp")).contains(new TempOwner("1234"));
    assertThat(TempOwner.ofTemporary(".legacy.png.123.tmp")).contains(new TempOwner("123"));
    assertThat(TempOwner.ofTemporary("x.png")).isEmpty();
    assertThat(TempOwner.ofTemporary(".x.weird!-1.tmp")).isEmpty();
    assertThat(TempOwner.named("shard-2-of-4").isNamed()).isTrue();
    assertThat(TempOwner.process().isNamed()).isFalse();
    assertThatThrownBy(() -> TempOwner.named("4-of-4")).hasMessageContaining("start with a letter");
    assertThatThrownBy(() -> new TempOwner("a.b")).hasMessageContaining("owner tag");
  }

  @Test
  void atomicWritesUseTheOwnersTagAndReachTheCrashPoints() throws Exception {
    Path f = dir.resolve("a.json");
    List<String> seen = new ArrayList<>();
    CrashPoints.setListener((point, detail) -> {
      seen.add(point);
      if (point.equals(CrashPoints.FILE_WRITTEN)) {
        try (var s = Files.list(dir)) {
          List<Optional<TempOwner>> owners = s.map(p -> TempOwner.ofTemporary(p.getFileName().toString())).toList();
          assertThat(owners).containsExactly(Optional.of(TempOwner.named("writer-one")));
        } catch (java.io.IOException e) {
          throw new AssertionError(e);
        }
      }
    });
    try {
      AtomicFiles.write(f, TempOwner.named("writer-one"), out -> out.write("x".getBytes(StandardCharsets.UTF_8)));
    } finally {
      CrashPoints.setListener(null);
    }
    assertThat(seen).containsExactly(CrashPoints.FILE_WRITTEN, CrashPoints.FILE_RENAMED);
    assertThat(Files.readString(f)).isEqualTo("x");
  }
}
