package org.pain3d.clips;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.pain3d.eval.Auroc;
import org.pain3d.eval.RegressionMetrics;

/**
 * How well a model does on a set of clips.
 *
 * @param clips clips
 * @param frames frames (all clips)
 * @param framePcc Pearson correlation of per-frame PSPI over every frame
 * @param frameMae mean absolute per-frame PSPI error (0..16 scale)
 * @param clipAuroc AUROC of the clip head's pain probability, BL1 against PA1-PA4 (NaN with
 *     one class)
 * @param clipAurocMaxFrame AUROC of the largest predicted frame PSPI (the single-frame way to
 *     score a clip)
 */
@JsonPropertyOrder({"clips", "frames", "frame_pcc", "frame_mae", "clip_auroc",
    "clip_auroc_max_frame"})
public record ClipMetrics(
    @JsonProperty("clips") int clips,
    @JsonProperty("frames") int frames,
    @JsonProperty("frame_pcc") double framePcc,
    @JsonProperty("frame_mae") double frameMae,
    @JsonProperty("clip_auroc") double clipAuroc,
    @JsonProperty("clip_auroc_max_frame") double clipAurocMaxFrame) {

  /**
   * Computes the metrics.
   *
   * @param preds per-clip predictions
   * @return the metrics
   */
  public static ClipMetrics of(List<ClipPrediction> preds) {
    int n = 0;
    for (ClipPrediction p : preds) {
      n += p.pspi().length;
    }
    double[] truth = new double[n];
    double[] pred = new double[n];
    double[] pain = new double[preds.size()];
    double[] prob = new double[preds.size()];
    double[] max = new double[preds.size()];
    int i = 0;
    for (int c = 0; c < preds.size(); c++) {
      ClipPrediction p = preds.get(c);
      for (int f = 0; f < p.pspi().length; f++) {
        truth[i] = p.clip().pspi()[f];
        pred[i++] = p.pspi()[f];
      }
      pain[c] = p.clip().pain() ? 1 : 0;
      prob[c] = p.painProbability();
      max[c] = p.maxPspi();
    }
    return new ClipMetrics(preds.size(), n, RegressionMetrics.pearson(truth, pred),
        RegressionMetrics.meanAbsoluteError(truth, pred), Auroc.of(pain, prob, 0.5),
        Auroc.of(pain, max, 0.5));
  }
}
