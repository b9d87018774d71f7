package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

  static SamplePrediction train(int fold, double t, double p) {
    return new SamplePrediction(fold, FoldPart.TRAIN, t, p);
  }

  static SamplePrediction test(int fold, double t, double p) {
    return new SamplePrediction(fold, FoldPart.TEST, t, p);
  }

  @Test
  void trainRowsOnlyCalibrateAndTestRowsAreScored() {
    // Train: perfect separation above 1.0 -> threshold 1.0126 (index 34); test scored with it.
    List<SamplePrediction> rows = List.of(
        train(0, 0, 0.5), train(0, 0, 1.0), train(0, 4, 3.0), train(0, 5, 5.0),
        test(0, 0, 0.0), test(0, 2, 1.0), test(0, 4, 4.0), test(0, 0, 2.0));
    FoldMetrics f = CrossValidation.evaluateFold(0, rows, ThresholdGrid.standard());
    assertThat(f.nTrain()).isEqualTo(4);
    assertThat(f.nTest()).isEqualTo(4);
    assertThat(f.thresholds().get(0).gridIndex()).isEqualTo(34);
    // test at 1.0126: predicted positive 4.0 and 2.0; true positive 2 and 4 -> TP 1 FP 1 FN 1
    assertThat(f.metrics().f1At1()).isCloseTo(0.5, within(1e-15));
    assertThat(f.metrics().mae()).isCloseTo((0 + 1 + 0 + 2) / 4.0, within(1e-15));
    assertThat(f.metrics().f1Macro()).isCloseTo(
        (f.metrics().f1At1() + f.metrics().f1At2() + f.metrics().f1At3()) / 3, within(1e-15));
  }

  @Test
  void summaryOverFoldsSkipsUndefinedValues() {
    List<SamplePrediction> rows = List.of(
        train(1, 0, 0), train(1, 3, 3), test(1, 0, 0.2), test(1, 3, 2.5),
        train(2, 0, 0), train(2, 3, 3), test(2, 0, 0.2), test(2, 0, 2.5));
    CrossValidationReport r = CrossValidation.evaluate(rows);
    assertThat(r.perFold()).extracting(FoldMetrics::fold).containsExactly(1, 2);
    assertThat(r.perFold().get(1).metrics().auroc1()).isNaN();
    assertThat(r.definedFolds().get(Metric.AUROC_1)).isEqualTo(1);
    assertThat(r.mean().auroc1()).isEqualTo(1.0);
    assertThat(r.ci95().auroc1()).isNaN();
    assertThat(r.definedFolds().get(Metric.MAE)).isEqualTo(2);
    assertThat(r.ci95().mae()).isFinite();
  }

  @Test
  void rejectsFoldsWithoutTestOrTrainRows() {
    assertThatThrownBy(() -> CrossValidation.evaluate(List.of(train(0, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fold 0 has no test rows");
    assertThatThrownBy(() -> CrossValidation.evaluate(List.of(test(0, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fold 0 has no train rows");
    assertThatThrownBy(() -> CrossValidation.evaluate(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
