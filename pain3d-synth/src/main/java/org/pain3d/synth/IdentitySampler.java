package org.pain3d.synth;

import java.util.SplittableRandom;

/**
 * Samples identity coefficients for the ICT-FaceKit PCA identity modes: each weight is drawn
 * from N(0, scale^2) (ICT-FaceKit's modes are scaled so that N(0, 1) spans its population).
 * The same seed always gives the same weights.
 *
 * @param modes number of identity modes (ICT-FaceKit: 100)
 * @param scale standard deviation of each weight, greater than 0
 */
public record IdentitySampler(int modes, double scale) {
  /** Validates the arguments. */
  public IdentitySampler {
    if (modes < 0) {
      throw new IllegalArgumentException("mode count must be >= 0, got " + modes);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be > 0, got " + scale);
    }
  }

  /**
   * @param seed the identity's coefficient seed
   * @return {@code modes} weights
   */
  public float[] sample(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    float[] w = new float[modes];
    for (int i = 0; i < modes; i++) {
      w[i] = (float) (scale * rng.nextGaussian());
    }
    return w;
  }
}
