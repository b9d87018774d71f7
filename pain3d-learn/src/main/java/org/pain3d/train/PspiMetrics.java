package org.pain3d.train;

import java.util.List;
import org.pain3d.eval.Auroc;
import org.pain3d.eval.RegressionMetrics;
import org.pain3d.pairs.PairSource;

/**
 * PSPI metrics of one prediction set (0..16 scale).
 *
 * @param n images
 * @param pcc Pearson correlation (NaN when constant)
 * @param mae mean absolute error
 * @param auroc1 AUROC with positives PSPI >= 1 on the continuous prediction (NaN if one class)
 * @param auroc2 same, PSPI >= 2
 * @param auroc3 same, PSPI >= 3
 */
public record PspiMetrics(int n, double pcc, double mae, double auroc1, double auroc2,
    double auroc3) {

  /**
   * Computes the metrics.
   *
   * @param source the pairs (truth)
   * @param preds predictions in source order
   * @return the metrics
   */
  public static PspiMetrics of(PairSource source, List<PairPrediction> preds) {
    double[] t = new double[preds.size()];
    double[] p = new double[preds.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = source.pspi(i);
      p[i] = preds.get(i).pspi();
    }
    return new PspiMetrics(t.length, RegressionMetrics.pearson(t, p),
        RegressionMetrics.meanAbsoluteError(t, p), Auroc.of(t, p, 1), Auroc.of(t, p, 2),
        Auroc.of(t, p, 3));
  }
}
