package org.pain3d.synth.look;

import java.util.random.RandomGenerator;

/** Draws an index with given (unnormalised, non-negative) weights. */
final class Weighted {
  private Weighted() {}

  static int pick(double[] weights, RandomGenerator rnd) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
