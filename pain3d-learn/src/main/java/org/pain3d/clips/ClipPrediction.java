package org.pain3d.clips;

import java.util.Objects;

/**
 * The model's output for one clip.
 *
 * @param clip the clip
 * @param pspi predicted PSPI (0..16) per frame the model saw
 * @param painProbability the clip head's probability of pain (PA1-PA4)
 */
public record ClipPrediction(ClipSample clip, float[] pspi, double painProbability) {
  /** Validates. */
  public ClipPrediction {
    Objects.requireNonNull(clip, "clip");
    if (pspi.length != clip.frames().length) {
      throw new IllegalArgumentException("one prediction per frame expected");
    }
  }

  /** @return the largest predicted frame PSPI: the clip score of a single-frame model */
  public double maxPspi() {
    double m = Double.NEGATIVE_INFINITY;
    for (float p : pspi) {
      m = Math.max(m, p);
    }
    return m;
  }
}
