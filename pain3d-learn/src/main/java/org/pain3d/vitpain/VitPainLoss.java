package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import org.pain3d.pspi.Pspi;
import org.pain3d.vit.Scalars;

/**
 * The ViTPain loss: {@code 1.0 * MSE(sigmoid output, PSPI / 16) + 1.0 * mean BCE(binary heads) +
 * lambdaAu * MSE(AU)}. The PSPI term is on the unit scale ({@link VitPainOutput#pspiUnit()}), as
 * in the reference code; the binary targets are PSPI at least each of {@link Pspi#THRESHOLDS}.
 * AU targets are raw intensities (0..5) with AU43 binarised (0/1).
 *
 * @param lambdaAu weight of the AU term (1.0 synthetic pretraining, 0.1 UNBC fine-tuning)
 */
public record VitPainLoss(double lambdaAu) {
  /** Validates. */
  public VitPainLoss {
    if (!(lambdaAu >= 0) || Double.isInfinite(lambdaAu)) {
      throw new IllegalArgumentException("lambdaAu must be finite and >= 0, got " + lambdaAu);
    }
  }

  /**
   * Computes the loss.
   *
   * @param out the heads' outputs
   * @param pspiTrue {@code (N)} PSPI on 0..16
   * @param auTrue {@code (N, 6)} AU targets (AU43 binarised)
   * @return the total and its parts
   */
  public LossTerms compute(VitPainOutput out, NDArray pspiTrue, NDArray auTrue) {
    NDArray pspi = out.pspiUnit().sub(Scalars.div(pspiTrue, Pspi.MAX)).square().mean();
    NDArray total = pspi;
    NDArray binary = null;
    if (out.binaryLogits() != null) {
      NDList ys = new NDList();
      for (int t : Pspi.THRESHOLDS) {
        ys.add(Scalars.atLeast(pspiTrue, t).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).expandDims(1));
      }
      binary = bceWithLogits(out.binaryLogits(), NDArrays.concat(ys, 1));
      total = total.add(binary);
    }
    NDArray au = null;
    if (out.au() != null) {
      au = out.au().sub(auTrue).square().mean();
      total = total.add(Scalars.mul(au, lambdaAu));
    }
    return new LossTerms(total, pspi, binary, au);
  }

  /**
   * Numerically stable mean binary cross-entropy on logits: {@code max(x, 0) - x y + log(1 +
   * exp(-|x|))}.
   *
   * @param logits any shape
   * @param targets same shape, 0 or 1
   * @return the mean (scalar)
   */
  public static NDArray bceWithLogits(NDArray logits, NDArray targets) {
    return bceWithLogitsElementwise(logits, targets).mean();
  }

  /**
   * Binary cross-entropy on logits per element (targets may be soft, in 0..1).
   *
   * @param logits any shape
   * @param targets same shape, in 0..1
   * @return the same shape
   */
  public static NDArray bceWithLogitsElementwise(NDArray logits, NDArray targets) {
    return Scalars.maximum(logits, 0).sub(logits.mul(targets))
        .add(Scalars.add(logits.abs().neg().exp(), 1).log());
  }
}
