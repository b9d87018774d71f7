package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;

/**
 * The loss of one batch and its parts (scalars).
 *
 * @param total {@code 1.0 * pspi + 1.0 * binary + lambdaAu * au}
 * @param pspi MSE between the sigmoid output and PSPI / 16
 * @param binary mean BCE-with-logits over the three thresholds, or {@code null} when off
 * @param au MSE over the six AU outputs, or {@code null} when off
 */
public record LossTerms(NDArray total, NDArray pspi, NDArray binary, NDArray au) {}
