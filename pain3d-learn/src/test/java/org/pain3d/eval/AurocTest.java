package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AurocTest {

  /** Plain reference: every (positive, negative) pair, ties counting 1/2. */
  static double pairwise(double[] truth, double[] score, double painThreshold) {
    double u = 0;
    long pairs = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] < painThreshold) {
        continue;
      }
      for (int j = 0; j < truth.length; j++) {
        if (truth[j] >= painThreshold) {
          continue;
        }
        pairs++;
        u += score[i] > score[j] ? 1.0 : score[i] == score[j] ? 0.5 : 0.0;
      }
    }
    return pairs == 0 ? Double.NaN : u / pairs;
  }

  @Test
  void matchesScikitLearnExamples() {
    // roc_auc_score([0,0,1,1], [0.1,0.4,0.35,0.8]) = 0.75
    assertThat(Auroc.of(new double[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8}, 1))
        .isEqualTo(0.75);
    // roc_auc_score([0,1,0,1,1], [0.5,0.5,0.2,0.9,0.5]) = 0.8333333333333333 (ties count 1/2)
    assertThat(Auroc.of(new double[] {0, 1, 0, 1, 1}, new double[] {.5, .5, .2, .9, .5}, 1))
        .isCloseTo(0.8333333333333333, within(1e-15));
  }

  @Test
  void allScoresTiedGiveOneHalf() {
    assertThat(Auroc.of(new double[] {0, 3, 0, 5}, new double[] {2, 2, 2, 2}, 1)).isEqualTo(0.5);
  }

  @Test
  void singleClassIsUndefined() {
    assertThat(Auroc.of(new double[] {0, 0, 0}, new double[] {1, 2, 3}, 1)).isNaN();
    assertThat(Auroc.of(new double[] {4, 5, 6}, new double[] {1, 2, 3}, 3)).isNaN();
  }

  @Test
  void signedZerosAreTies() {
    assertThat(Auroc.of(new double[] {0, 2}, new double[] {0.0, -0.0}, 1)).isEqualTo(0.5);
    assertThat(Auroc.of(new double[] {2, 0}, new double[] {0.0, -0.0}, 1)).isEqualTo(0.5);
  }

  @Test
  void sortedSweepMatchesPairwiseReferenceWithManyTies() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + rng.nextInt(120);
      double[] truth = new double[n];
      double[] score = new double[n];
      for (int i = 0; i < n; i++) {
        truth[i] = rng.nextDouble() < 0.7 ? 0 : rng.nextInt(1, 17);
        score[i] = Math.round(rng.nextDouble() * 8 * 4) / 4.0; // coarse: many ties
      }
      for (int pain = 1; pain <= 3; pain++) {
        double ref = pairwise(truth, score, pain);
        double fast = Auroc.of(truth, score, pain);
        if (Double.isNaN(ref)) {
          assertThat(fast).isNaN();
        } else {
          assertThat(fast).isCloseTo(ref, within(1e-12));
        }
      }
    }
  }
}
