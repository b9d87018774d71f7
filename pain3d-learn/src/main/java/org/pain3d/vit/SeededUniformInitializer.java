package org.pain3d.vit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.SplittableRandom;

/** Uniform values in {@code [-bound, bound)} drawn in Java from a seed (reproducible). */
final class SeededUniformInitializer implements Initializer {
  private final float bound;
  private final long seed;

  SeededUniformInitializer(float bound, long seed) {
    this.bound = bound;
    this.seed = seed;
  }

  @Override
  public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
    SplittableRandom rng = new SplittableRandom(seed);
    float[] v = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((2 * rng.nextDouble() - 1) * bound);
    }
    return manager.create(v, shape).toType(dataType, false);
  }
}
