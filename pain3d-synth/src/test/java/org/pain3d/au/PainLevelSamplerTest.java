package org.pain3d.au;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PainLevelSamplerTest {
  private final PainLevelSampler sampler = PainLevelSampler.fullRange();

  @Test
  void strataPartitionTheRange() {
    for (int count = 1; count <= 16; count++) {
      int next = 1;
      for (int i = 0; i < count; i++) {
        int[] s = sampler.stratum(i, count);
        assertThat(s[0]).as("count %d stratum %d", count, i).isEqualTo(next);
        assertThat(s[1]).isGreaterThanOrEqualTo(s[0]);
        next = s[1] + 1;
      }
      assertThat(next).isEqualTo(17);
    }
  }

  @Test
  void tenLevelsAreDistinctSortedAndSpreadOverTheRange() {
    SplittableRandom rng = new SplittableRandom(5);
    int[] hits = new int[17];
    for (int k = 0; k < 2000; k++) {
      int[] levels = sampler.sample(10, rng);
      assertThat(levels).isSorted().doesNotHaveDuplicates();
      assertThat(levels[0]).isEqualTo(1);
      assertThat(levels[9]).isBetween(15, 16);
      for (int l : levels) {
        hits[l]++;
      }
    }
    for (int p = 1; p <= 16; p++) {
      assertThat(hits[p]).as("PSPI %d drawn", p).isPositive();
    }
  }

  @Test
  void sixteenLevelsAreTheWholeRange() {
    assertThat(sampler.sample(16, new SplittableRandom(0)))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
  }

  @Test
  void moreLevelsThanValuesRepeatSome() {
    int[] levels = sampler.sample(20, new SplittableRandom(0));
    assertThat(levels).hasSize(20).isSorted();
    assertThat(Arrays.stream(levels).distinct().count()).isEqualTo(16);
  }

  @Test
  void deterministicAndValidated() {
    assertThat(sampler.sample(10, new SplittableRandom(8))).containsExactly(sampler.sample(10, new SplittableRandom(8)));
    assertThatThrownBy(() -> sampler.sample(0, new SplittableRandom(0))).hasMessageContaining("at least one");
    assertThatThrownBy(() -> new PainLevelSampler(0, 16)).hasMessageContaining("1 <= min <= max <= 16");
    assertThatThrownBy(() -> new PainLevelSampler(5, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
