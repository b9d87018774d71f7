package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import org.pain3d.pspi.Pspi;
import org.pain3d.vit.Scalars;

/**
 * One forward pass of the heads.
 *
 * <p>{@link #pspi()} is the prediction on the PSPI scale 0..16; the heads themselves work on
 * the unit scale PSPI / {@link Pspi#MAX} ({@link #pspiUnit()}, the sigmoid output), which is
 * what the loss compares with the target, as in the reference code.
 *
 * @param pspiUnit {@code (N)} sigmoid outputs, PSPI / 16 in 0..1
 * @param binaryLogits {@code (N, 3)} logits for PSPI >= 1, 2, 3, or {@code null} when off
 * @param au {@code (N, 6)} ReLU AU intensities (AU4, AU6, AU7, AU9, AU10, AU43), or {@code null}
 * @param fused the fused tokens {@code F} {@code (N, 1 + P, D)} the heads read, or {@code null}
 * @param auAttention {@code (N, P)}: the AU queries' attention over the patch grid (softmax rows,
 *     averaged over the 6 queries; sums to 1 per image), or {@code null} without the AU head
 * @param region {@code (N, P)}: the region head's map in {@code 0..1} (a fraction of the colour
 *     scale's maximum displacement), patches row-major, or {@code null} without the head
 */
public record VitPainOutput(NDArray pspiUnit, NDArray binaryLogits, NDArray au, NDArray fused,
    NDArray auAttention, NDArray region) {
  /** Requires the PSPI output. */
  public VitPainOutput {
    Objects.requireNonNull(pspiUnit, "pspiUnit");
  }

  /**
   * The paper's outputs only.
   *
   * @param pspiUnit {@code (N)} sigmoid outputs
   * @param binaryLogits {@code (N, 3)} logits, or {@code null}
   * @param au {@code (N, 6)} AU intensities, or {@code null}
   */
  public VitPainOutput(NDArray pspiUnit, NDArray binaryLogits, NDArray au) {
    this(pspiUnit, binaryLogits, au, null, null, null);
  }

  /**
   * The predicted PSPI: {@code 16 x} the sigmoid output (exact in float32, a power of two).
   *
   * @return {@code (N)} PSPI on 0..16, a new array in the output's manager
   */
  public NDArray pspi() {
    return Scalars.mul(pspiUnit, Pspi.MAX);
  }
}
