package org.pain3d.au;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PainSamplerTest {
  /** Brute force: every pain-AU configuration grouped by PSPI. */
  private static int countConfigurations(int pspi) {
    int n = 0;
    for (int a4 = 0; a4 <= 5; a4++) {
      for (int a6 = 0; a6 <= 5; a6++) {
        for (int a7 = 0; a7 <= 5; a7++) {
          for (int a9 = 0; a9 <= 5; a9++) {
            for (int a10 = 0; a10 <= 5; a10++) {
              for (int a43 = 0; a43 <= 1; a43++) {
                if (a4 + Math.max(a6, a7) + Math.max(a9, a10) + a43 == pspi) {
                  n++;
                }
              }
            }
          }
        }
      }
    }
    return n;
  }

  @Test
  void enumerationListsExactlyTheConfigurationsOfEachScore() {
    int total = 0;
    for (int p = 0; p <= 16; p++) {
      int target = p;
      List<AuIntensities> all = PainSampler.enumerate(p);
      assertThat(new HashSet<>(all)).hasSize(all.size());
      assertThat(all).hasSize(countConfigurations(p));
      assertThat(all).allSatisfy(a -> assertThat(a.pspi()).isEqualTo(target));
      total += all.size();
    }
    assertThat(total).isEqualTo(6 * 6 * 6 * 6 * 6 * 2);
  }

  @Test
  void everySampleHasExactlyTheTargetScore() {
    SplittableRandom rng = new SplittableRandom(1);
    for (int p = 0; p <= 16; p++) {
      for (int i = 0; i < 2000; i++) {
        AuIntensities a = PainSampler.sample(p, rng);
        assertThat(a.pspi()).isEqualTo(p);
        assertThat(a.active().keySet()).isSubsetOf(ActionUnit.PAIN);
      }
    }
  }

  @Test
  void samplingCoversEveryDecompositionAndEveryConfigurationOfAMidScore() {
    SplittableRandom rng = new SplittableRandom(2);
    for (int p = 0; p <= 16; p++) {
      Set<PainSampler.Parts> seen = new HashSet<>();
      for (int i = 0; i < 3000; i++) {
        AuIntensities a = PainSampler.sample(p, rng);
        seen.add(new PainSampler.Parts(a.get(ActionUnit.AU4),
            Math.max(a.get(ActionUnit.AU6), a.get(ActionUnit.AU7)),
            Math.max(a.get(ActionUnit.AU9), a.get(ActionUnit.AU10)), a.get(ActionUnit.AU43)));
      }
      assertThat(seen).as("PSPI %d", p).containsExactlyInAnyOrderElementsOf(PainSampler.decompositions(p));
    }
    Set<AuIntensities> configs = new HashSet<>();
    for (int i = 0; i < 60000; i++) {
      configs.add(PainSampler.sample(4, rng));
    }
    assertThat(configs).containsExactlyInAnyOrderElementsOf(PainSampler.enumerate(4));
  }

  @Test
  void decompositionsAreChosenUniformly() {
    SplittableRandom rng = new SplittableRandom(3);
    List<PainSampler.Parts> parts = PainSampler.decompositions(8);
    int[] hits = new int[parts.size()];
    int n = 40000;
    for (int i = 0; i < n; i++) {
      AuIntensities a = PainSampler.sample(8, rng);
      hits[parts.indexOf(new PainSampler.Parts(a.get(ActionUnit.AU4),
          Math.max(a.get(ActionUnit.AU6), a.get(ActionUnit.AU7)),
          Math.max(a.get(ActionUnit.AU9), a.get(ActionUnit.AU10)), a.get(ActionUnit.AU43)))]++;
    }
    double expected = (double) n / parts.size();
    for (int h : hits) {
      assertThat(Math.abs(h - expected)).isLessThan(5 * Math.sqrt(expected));
    }
  }

  @Test
  void sameSeedSameSamples() {
    SplittableRandom a = new SplittableRandom(99);
    SplittableRandom b = new SplittableRandom(99);
    for (int i = 0; i < 500; i++) {
      assertThat(PainSampler.sample(i % 17, a)).isEqualTo(PainSampler.sample(i % 17, b));
    }
  }

  @Test
  void rejectsImpossibleScores() {
    assertThatThrownBy(() -> PainSampler.sample(17, new SplittableRandom(0))).hasMessageContaining("0..16");
    assertThatThrownBy(() -> PainSampler.decompositions(-1)).hasMessageContaining("0..16");
  }
}
