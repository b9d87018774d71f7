package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import org.pain3d.pspi.Pspi;
import org.pain3d.vit.Scalars;

/**
 * The temporal model's loss: {@code MSE(per-frame sigmoid output, PSPI / 16)} over every frame
 * of the batch, plus {@code clipWeight} times the binary cross-entropy of the clip logit against
 * "pain" (PA1-PA4).
 *
 * @param clipWeight weight of the clip term (>= 0)
 */
public record TemporalLoss(double clipWeight) {
  /** Validates. */
  public TemporalLoss {
    if (!(clipWeight >= 0) || Double.isInfinite(clipWeight)) {
      throw new IllegalArgumentException("clip loss weight must be finite and >= 0, got "
          + clipWeight);
    }
  }

  /**
   * Computes the loss.
   *
   * @param out the outputs
   * @param pspiTrue {@code (B, T)} per-frame PSPI on 0..16
   * @param painTrue {@code (B)} 1 for a pain clip, 0 for BL1
   * @return {@code [total, frame term, clip term]} (scalars)
   */
  public NDArray[] compute(TemporalOutput out, NDArray pspiTrue, NDArray painTrue) {
    NDArray frame = out.pspiUnit().sub(Scalars.div(pspiTrue, Pspi.MAX)).square().mean();
    NDArray clip = VitPainLoss.bceWithLogits(out.clipLogit(),
        painTrue.toType(DataType.FLOAT32, false));
    return new NDArray[] {frame.add(Scalars.mul(clip, clipWeight)), frame, clip};
  }
}
