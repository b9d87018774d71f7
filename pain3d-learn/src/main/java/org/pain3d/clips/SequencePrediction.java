package org.pain3d.clips;

import java.util.Objects;
import org.pain3d.unbc.UnbcSequence;

/**
 * The temporal model's output for one UNBC-McMaster sequence of a test fold.
 *
 * @param fold the fold whose test subjects hold the sequence
 * @param sequence the sequence
 * @param frames the indices (into {@link UnbcSequence#frames()}) of the frames the model saw
 * @param pspiTrue their archive PSPI
 * @param pspiPred their predicted PSPI (0..16)
 * @param painProbability the clip head's probability, the largest over the sequence's windows
 */
public record SequencePrediction(int fold, UnbcSequence sequence, int[] frames, float[] pspiTrue,
    float[] pspiPred, double painProbability) {
  /** Validates. */
  public SequencePrediction {
    Objects.requireNonNull(sequence, "sequence");
    if (frames.length == 0 || frames.length != pspiTrue.length
        || frames.length != pspiPred.length) {
      throw new IllegalArgumentException("one true and one predicted PSPI per frame expected");
    }
  }

  /** @return the largest predicted frame PSPI */
  public double maxPspi() {
    double m = Double.NEGATIVE_INFINITY;
    for (float p : pspiPred) {
      m = Math.max(m, p);
    }
    return m;
  }
}
