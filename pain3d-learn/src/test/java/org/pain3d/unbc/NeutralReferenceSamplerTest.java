package org.pain3d.unbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeutralReferenceSamplerTest {

  @TempDir Path dir;
  private UnbcArchive archive;

  @BeforeEach
  void archive() {
    // Subject 0: frames 0, 2, 4, 6 of two sequences neutral (8 neutral frames);
    // subject 1: no neutral frame at all.
    UnbcFixture.builder().subjects(2).sequencesPerSubject(2).framesPerSequence(8)
        .pspi((s, q, f) -> s == 1 ? 2 : (f % 2 == 0 ? 0 : 4))
        .write(dir);
    archive = UnbcArchive.open(dir);
  }

  @Test
  void drawsNeutralFramesOfTheSameSubjectAnewOnEveryCall() {
    NeutralReferenceSampler s = NeutralReferenceSampler.seeded(archive.frames(), 5);
    UnbcFrame pain = archive.framesOf("064-ak064").get(1);
    assertThat(pain.pspi()).isEqualTo(4f);
    assertThat(s.neutralCount("064-ak064")).isEqualTo(8);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      UnbcFrame n = s.sample(pain);
      assertThat(n.subject()).isEqualTo("064-ak064");
      assertThat(n.pspi()).isZero();
      seen.add(n.frameId());
    }
    assertThat(seen).hasSize(8);
  }

  @Test
  void sameSeedSameDraws() {
    UnbcFrame pain = archive.framesOf("064-ak064").get(3);
    List<String> a = draws(NeutralReferenceSampler.seeded(archive.frames(), 11), pain);
    List<String> b = draws(NeutralReferenceSampler.seeded(archive.frames(), 11), pain);
    List<String> c = draws(NeutralReferenceSampler.seeded(archive.frames(), 12), pain);
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    NeutralReferenceSampler s = NeutralReferenceSampler.seeded(archive.frames(), 0);
    assertThat(s.sample("064-ak064", new SplittableRandom(3)))
        .isEqualTo(s.sample("064-ak064", new SplittableRandom(3)));
  }

  @Test
  void multiShotDrawsDistinctFramesWhileThereAreEnough() {
    NeutralReferenceSampler s = NeutralReferenceSampler.seeded(archive.frames(), 1);
    List<UnbcFrame> five = s.sample("064-ak064", 5, new SplittableRandom(9));
    assertThat(five).hasSize(5).doesNotHaveDuplicates().allMatch(UnbcFrame::neutral);
    List<UnbcFrame> ten = s.sample("064-ak064", 10, new SplittableRandom(9));
    assertThat(ten).hasSize(10);
    assertThat(new HashSet<>(ten)).hasSize(8);
    assertThatThrownBy(() -> s.sample("064-ak064", 0, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subjectWithoutNeutralFrameIsAClearError() {
    NeutralReferenceSampler s = NeutralReferenceSampler.seeded(archive.frames(), 1);
    UnbcFrame pain = archive.framesOf("121-vw121").get(0);
    assertThat(s.neutralCount("121-vw121")).isZero();
    assertThatThrownBy(() -> s.sample(pain))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage("subject 121-vw121 has no PSPI-0 frame to serve as a neutral reference");
    assertThatThrownBy(() -> s.requireNeutralFrames(archive.subjects()))
        .hasMessageContaining("121-vw121");
    s.requireNeutralFrames(List.of("064-ak064"));
  }

  private static List<String> draws(NeutralReferenceSampler s, UnbcFrame f) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      out.add(s.sample(f).frameId());
    }
    return out;
  }
}
