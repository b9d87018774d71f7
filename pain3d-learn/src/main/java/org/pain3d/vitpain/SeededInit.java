package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.SplittableRandom;
import org.pain3d.tensor.HostTensor;

/**
 * The heads' seeded initialiser: one {@link SplittableRandom} stream, drawn in the order the
 * parameters are declared (at declaration, not when DJL initialises), so the same seed gives the
 * same values whatever order DJL visits the block tree in, independent of the engine's random
 * state. Uniform values are {@code (2u - 1) bound}, normals {@code g std}; constants draw
 * nothing.
 */
final class SeededInit {
  private final SplittableRandom rng;

  /** @param seed the init seed */
  SeededInit(long seed) {
    this.rng = new SplittableRandom(seed);
  }

  /**
   * Draws the values of the next parameter.
   *
   * @param init its distribution
   * @param shape its shape
   * @return an initializer that returns these values
   */
  Initializer next(ParamInit init, long... shape) {
    float[] v = new float[(int) HostTensor.numel(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) draw(init);
    }
    return new Fixed(v);
  }

  private double draw(ParamInit init) {
    if (init instanceof ParamInit.Uniform u) {
      return (rng.nextDouble() * 2 - 1) * u.bound();
    }
    if (init instanceof ParamInit.Normal n) {
      return rng.nextGaussian() * n.std();
    }
    return ((ParamInit.Constant) init).value();
  }

  /** Values drawn at declaration. */
  private record Fixed(float[] values) implements Initializer {
    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
      if (shape.size() != values.length) {
        throw new IllegalArgumentException("initializer drawn for " + values.length
            + " values, asked for shape " + shape);
      }
      return manager.create(values, shape).toType(dataType, false);
    }
  }
}
