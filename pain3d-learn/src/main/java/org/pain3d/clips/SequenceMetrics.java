package org.pain3d.clips;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.pain3d.eval.Auroc;
import org.pain3d.eval.RegressionMetrics;

/**
 * How well the temporal model does on UNBC-McMaster sequences: per frame against the archive's
 * PSPI, per sequence against the {@code Sequence_Labels} ratings. Two sequence scores are
 * compared: the clip head's probability (largest over the sequence's windows) and the largest
 * predicted frame PSPI.
 *
 * @param sequences sequences
 * @param frames frames the model saw (all sequences)
 * @param framePcc Pearson correlation of per-frame PSPI over every frame
 * @param frameMae mean absolute per-frame PSPI error (0..16 scale)
 * @param pccVasClip Pearson correlation of the clip score with VAS over the sequences
 * @param pccOprClip the same with OPR
 * @param pccVasMaxPspi Pearson correlation of the largest predicted frame PSPI with VAS
 * @param pccOprMaxPspi the same with OPR
 * @param aurocOprClip AUROC of the clip score for OPR at or above the threshold (NaN with one
 *     class)
 * @param aurocOprMaxPspi the same for the largest predicted frame PSPI
 */
@JsonPropertyOrder({"sequences", "frames", "frame_pcc", "frame_mae", "pcc_vas_clip",
    "pcc_opr_clip", "pcc_vas_max_pspi", "pcc_opr_max_pspi", "auroc_opr_clip",
    "auroc_opr_max_pspi"})
public record SequenceMetrics(
    @JsonProperty("sequences") int sequences,
    @JsonProperty("frames") int frames,
    @JsonProperty("frame_pcc") double framePcc,
    @JsonProperty("frame_mae") double frameMae,
    @JsonProperty("pcc_vas_clip") double pccVasClip,
    @JsonProperty("pcc_opr_clip") double pccOprClip,
    @JsonProperty("pcc_vas_max_pspi") double pccVasMaxPspi,
    @JsonProperty("pcc_opr_max_pspi") double pccOprMaxPspi,
    @JsonProperty("auroc_opr_clip") double aurocOprClip,
    @JsonProperty("auroc_opr_max_pspi") double aurocOprMaxPspi) {

  /**
   * Computes the metrics.
   *
   * @param preds per-sequence predictions
   * @param oprThreshold OPR at or above which a sequence counts as pain
   * @return the metrics
   */
  public static SequenceMetrics of(List<SequencePrediction> preds, double oprThreshold) {
    int n = 0;
    for (SequencePrediction p : preds) {
      n += p.frames().length;
    }
    double[] truth = new double[n];
    double[] pred = new double[n];
    int s = preds.size();
    double[] vas = new double[s];
    double[] opr = new double[s];
    double[] pain = new double[s];
    double[] clip = new double[s];
    double[] max = new double[s];
    int i = 0;
    for (int q = 0; q < s; q++) {
      SequencePrediction p = preds.get(q);
      for (int f = 0; f < p.frames().length; f++) {
        truth[i] = p.pspiTrue()[f];
        pred[i++] = p.pspiPred()[f];
      }
      vas[q] = p.sequence().vas();
      opr[q] = p.sequence().opr();
      pain[q] = opr[q] >= oprThreshold ? 1 : 0;
      clip[q] = p.painProbability();
      max[q] = p.maxPspi();
    }
    return new SequenceMetrics(s, n, RegressionMetrics.pearson(truth, pred),
        RegressionMetrics.meanAbsoluteError(truth, pred), RegressionMetrics.pearson(clip, vas),
        RegressionMetrics.pearson(clip, opr), RegressionMetrics.pearson(max, vas),
        RegressionMetrics.pearson(max, opr), Auroc.of(pain, clip, 0.5),
        Auroc.of(pain, max, 0.5));
  }
}
