package org.pain3d.vitpain;

/**
 * The shape of the temporal ViTPain heads ({@link TemporalHeads}).
 *
 * @param dim backbone token width {@code D}; a multiple of {@link HeadsConfig#CROSS_HEADS} and of
 *     {@code heads}
 * @param layers temporal transformer layers; 0 = the single-frame model (each frame on its own,
 *     no position embedding)
 * @param heads attention heads of each temporal layer
 * @param maxFrames longest clip, frames (rows of the learned position embedding)
 * @param causal whether frame {@code t} attends only to frames {@code <= t} (live monitoring)
 * @param positions whether a learned frame-position embedding is added before the layers
 *     (without it a non-causal model cannot tell when in the clip a frame is: it cannot learn
 *     the typical timing of the training episodes, only what the frames and their neighbours
 *     show)
 * @param reference whether each frame is fused with the neutral reference (ViTPain's
 *     cross-attention) or used alone
 * @param seed init seed
 */
public record TemporalConfig(int dim, int layers, int heads, int maxFrames,
    boolean causal, boolean positions, boolean reference, long seed) {
  /** Hidden width of each layer's MLP and of the PSPI head, as a multiple of {@code D}. */
  public static final int MLP_RATIO = 2;

  /** Validates. */
  public TemporalConfig {
    if (dim < HeadsConfig.CROSS_HEADS || dim % HeadsConfig.CROSS_HEADS != 0) {
      throw new IllegalArgumentException("dim must be a positive multiple of 8, got " + dim);
    }
    if (layers < 0 || layers > 12) {
      throw new IllegalArgumentException("temporal layers must be 0..12, got " + layers);
    }
    if (heads < 1 || dim % heads != 0) {
      throw new IllegalArgumentException("temporal heads must divide dim " + dim + ", got "
          + heads);
    }
    if (maxFrames < 1 || maxFrames > 10_000) {
      throw new IllegalArgumentException("max frames must be 1..10000, got " + maxFrames);
    }
  }

  /** @return whether frames are mixed over time (at least one layer) */
  public boolean temporal() {
    return layers > 0;
  }

  /** @return whether the position embedding exists (with layers and {@link #positions}) */
  public boolean hasPositions() {
    return layers > 0 && positions;
  }

  /**
   * @param frames the longest clip, frames
   * @return this shape for clips of up to {@code frames} frames
   */
  public TemporalConfig withMaxFrames(int frames) {
    return new TemporalConfig(dim, layers, heads, frames, causal, positions, reference, seed);
  }

  /**
   * @param width the backbone's token width
   * @return this shape on tokens of that width
   */
  public TemporalConfig withDim(int width) {
    return new TemporalConfig(width, layers, heads, maxFrames, causal, positions, reference,
        seed);
  }
}
