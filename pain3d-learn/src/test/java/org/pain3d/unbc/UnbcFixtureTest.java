package org.pain3d.unbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnbcFixtureTest {

  @TempDir Path dir;

  @Test
  void ausAddUpToThePspiForEveryValue() {
    for (int p = 0; p <= 16; p++) {
      float[] aus = UnbcFixture.ausFor(p);
      int mask = 0;
      for (int i = 0; i < aus.length; i++) {
        mask |= aus[i] > 0 ? 1 << i : 0;
      }
      assertThat(new FacsCoding(aus, mask).pspi()).as("PSPI %d", p).isEqualTo((float) p);
    }
  }

  @Test
  void realSubjectsAndLayout() throws Exception {
    assertThat(UnbcFixture.REAL_SUBJECTS).hasSize(25).doesNotHaveDuplicates()
        .startsWith("064-ak064").endsWith("080-bn080");
    UnbcFixture.Archive fx = UnbcFixture.builder().subjects(1).sequencesPerSubject(1)
        .framesPerSequence(2).pspi((s, q, f) -> 5 * f).write(dir);
    UnbcFixture.Frame f = fx.frame("ak064t1aaaff002");
    assertThat(f.image()).isEqualTo(
        dir.resolve("Images/064-ak064/ak064t1aaaff/ak064t1aaaff002.png"));
    assertThat(Files.readString(f.pspiFile())).isEqualTo("   5.0000000e+00\n");
    assertThat(Files.readString(f.facsFile())).isEqualTo(
        "   4.0000000e+00   5.0000000e+00   0.0000000e+00   0.0000000e+00\n"
            + "   2.5000000e+01   2.0000000e+00   0.0000000e+00   0.0000000e+00\n");
    assertThat(Files.readAllLines(f.aamFile())).hasSize(66);
    assertThat(Files.readString(dir.resolve("Sequence_Labels/VAS/064-ak064/ak064t1aaaff.txt")))
        .isEqualTo("4.0000000e+00\n");
    assertThat(FaceCropper.readImage(f.image()).getWidth()).isEqualTo(UnbcFixture.WIDTH);
  }

  @Test
  void corruptionHelpers() {
    UnbcFixture.Archive fx = UnbcFixture.builder().write(dir);
    Path png = fx.corruptImage("ak064t1aaaff002");
    Path pspi = fx.deletePspi("ak064t1aaaff003");
    assertThat(Files.exists(pspi)).isFalse();
    assertThatThrownBy(() -> FaceCropper.readImage(png)).isInstanceOf(UnbcDataException.class);
    assertThatThrownBy(() -> UnbcArchive.open(dir)).hasMessageContaining(pspi.toString());
  }
}
