package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;

/**
 * One forward pass of the heads.
 *
 * @param pspi {@code (N)} sigmoid outputs, PSPI / 16 in 0..1
 * @param binaryLogits {@code (N, 3)} logits for PSPI >= 1, 2, 3, or {@code null} when off
 * @param au {@code (N, 6)} ReLU AU intensities (AU4, AU6, AU7, AU9, AU10, AU43), or {@code null}
 */
public record VitPainOutput(NDArray pspi, NDArray binaryLogits, NDArray au) {
  /** Requires the PSPI output. */
  public VitPainOutput {
    java.util.Objects.requireNonNull(pspi, "pspi");
  }
}
