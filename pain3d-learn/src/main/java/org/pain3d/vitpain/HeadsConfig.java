package org.pain3d.vitpain;

import org.pain3d.pspi.Pspi;

/**
 * The shape of the ViTPain heads.
 *
 * @param dim backbone token width {@code D}; must be divisible by {@link #CROSS_HEADS}
 * @param registers register tokens the backbone emits after CLS (dropped before the heads)
 * @param options active parts
 * @param dropoutScale factor on the paper's dropout rates (1 = paper, 0 = none)
 * @param seed init seed of the head parameters
 * @param aux extra heads (region map, feature projector)
 */
public record HeadsConfig(int dim, int registers, HeadOptions options, double dropoutScale,
    long seed, AuxHeads aux) {
  /** Cross-attention heads. */
  public static final int CROSS_HEADS = 8;
  /** AU queries: AU4, AU6, AU7, AU9, AU10, AU43. */
  public static final int AUS = 6;
  /** Binary thresholds: PSPI >= 1, 2, 3. */
  public static final int THRESHOLDS = Pspi.THRESHOLDS.size();

  /** Validates. */
  public HeadsConfig {
    if (dim < CROSS_HEADS || dim % CROSS_HEADS != 0) {
      throw new IllegalArgumentException("dim must be a positive multiple of 8, got " + dim);
    }
    if (registers < 0) {
      throw new IllegalArgumentException("registers must be >= 0, got " + registers);
    }
    java.util.Objects.requireNonNull(options, "options");
    if (!(dropoutScale >= 0 && dropoutScale < 2)) {
      throw new IllegalArgumentException("dropout scale must be in [0, 2), got " + dropoutScale);
    }
    java.util.Objects.requireNonNull(aux, "aux");
  }

  /**
   * The paper's heads without extra ones.
   *
   * @param dim backbone token width
   * @param registers register tokens after CLS
   * @param options active parts
   * @param dropoutScale factor on the paper's dropout rates
   * @param seed init seed
   */
  public HeadsConfig(int dim, int registers, HeadOptions options, double dropoutScale,
      long seed) {
    this(dim, registers, options, dropoutScale, seed, AuxHeads.NONE);
  }
}
