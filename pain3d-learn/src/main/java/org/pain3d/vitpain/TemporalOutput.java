package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import org.pain3d.pspi.Pspi;
import org.pain3d.vit.Scalars;

/**
 * One forward pass of the temporal heads.
 *
 * @param pspiUnit {@code (B, T)} per-frame sigmoid outputs, PSPI / 16 in 0..1
 * @param clipLogit {@code (B)} logit of the clip-level pain head (BL1 against PA1-PA4)
 */
public record TemporalOutput(NDArray pspiUnit, NDArray clipLogit) {
  /** Requires both. */
  public TemporalOutput {
    Objects.requireNonNull(pspiUnit, "pspiUnit");
    Objects.requireNonNull(clipLogit, "clipLogit");
  }

  /** @return {@code (B, T)} predicted PSPI on 0..16 */
  public NDArray pspi() {
    return Scalars.mul(pspiUnit, Pspi.MAX);
  }
}
