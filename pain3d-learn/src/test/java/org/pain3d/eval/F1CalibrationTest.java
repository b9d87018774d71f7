package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class F1CalibrationTest {
  static final ThresholdGrid GRID = ThresholdGrid.standard();

  /** Plain reference: F1 from precision and recall, first strict maximum. */
  static int referenceIndex(double[] truth, double[] pred, int pain) {
    int best = 0;
    double bestF1 = -1;
    for (int i = 0; i < GRID.count(); i++) {
      double thr = GRID.value(i);
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int j = 0; j < truth.length; j++) {
        boolean a = truth[j] >= pain;
        boolean p = pred[j] >= thr;
        tp += a && p ? 1 : 0;
        fp += !a && p ? 1 : 0;
        fn += a && !p ? 1 : 0;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > bestF1 + 1e-12) {
        best = i;
        bestF1 = f1;
      }
    }
    return best;
  }

  @Test
  void f1CountsPredictionsAtTheThresholdAsPositive() {
    double[] truth = {0, 1, 2, 0};
    double[] pred = {0.5, 1.0, 3.0, 1.0};
    // threshold 1.0: predicted positive rows 1, 2, 3; TP 2, FP 1, FN 0 -> 4/5
    assertThat(F1Calibration.f1(truth, pred, 1, 1.0)).isEqualTo(0.8);
  }

  @Test
  void f1WithoutTrueOrPredictedPositivesIsZero() {
    double[] truth = {0, 0};
    assertThat(F1Calibration.f1(truth, new double[] {0.1, 0.2}, 1, 5.0)).isZero();
    assertThat(F1Calibration.f1(truth, new double[] {0.1, 0.2}, 1, 0.0)).isZero();
  }

  @Test
  void noTrainPositivesChoosesTheFirstThreshold() {
    CalibratedThreshold c =
        F1Calibration.calibrate(new double[] {0, 1, 2}, new double[] {0.5, 2, 4}, 3, GRID);
    assertThat(c.gridIndex()).isZero();
    assertThat(c.value()).isZero();
    assertThat(c.trainF1()).isZero();
  }

  @Test
  void equalF1KeepsTheLowestThreshold() {
    // Every threshold in (0.5, 2] separates perfectly: F1 = 1 from grid index 17 (0.5126)
    // up to 66 (1.990); the lowest wins.
    CalibratedThreshold c =
        F1Calibration.calibrate(new double[] {0, 0, 2, 3}, new double[] {0.5, 0.5, 2, 4}, 1, GRID);
    assertThat(c.trainF1()).isEqualTo(1.0);
    assertThat(c.gridIndex()).isEqualTo(17);
    assertThat(c.value()).isEqualTo(GRID.value(17));
    assertThat(GRID.value(16)).isLessThanOrEqualTo(0.5);
  }

  @Test
  void aPredictionExactlyOnAGridValueIsPositive() {
    double g = GRID.value(40);
    CalibratedThreshold c =
        F1Calibration.calibrate(new double[] {0, 2}, new double[] {GRID.value(39), g}, 1, GRID);
    assertThat(c.gridIndex()).isEqualTo(40);
  }

  @Test
  void matchesPlainReferenceOnRandomData() {
    SplittableRandom rng = new SplittableRandom(11);
    for (int trial = 0; trial < 100; trial++) {
      int n = 1 + rng.nextInt(150);
      double[] truth = new double[n];
      double[] pred = new double[n];
      for (int i = 0; i < n; i++) {
        truth[i] = rng.nextDouble() < 0.7 ? 0 : rng.nextInt(1, 17);
        pred[i] = Math.round((0.5 * truth[i] + rng.nextGaussian()) * 10) / 10.0;
      }
      for (int pain = 1; pain <= 3; pain++) {
        assertThat(F1Calibration.calibrate(truth, pred, pain, GRID).gridIndex())
            .isEqualTo(referenceIndex(truth, pred, pain));
      }
    }
  }
}
