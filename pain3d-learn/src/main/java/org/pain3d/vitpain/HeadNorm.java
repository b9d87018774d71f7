package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;

/**
 * A LayerNorm of the heads over the last axis ({@code D}), eps 1e-5: {@code weight} (gamma,
 * starts at 1) and {@code bias} (beta, starts at 0).
 */
final class HeadNorm extends UnaryBlock {
  private static final float EPS = 1e-5f;

  private final int dim;
  private final Parameter weight;
  private final Parameter bias;

  HeadNorm(int dim, SeededInit init) {
    this.dim = dim;
    weight = param("weight", Parameter.Type.GAMMA, init.next(new ParamInit.Constant(1), dim), dim);
    bias = param("bias", Parameter.Type.BETA, init.next(new ParamInit.Constant(0), dim), dim);
  }

  /**
   * @param ps the parameter store
   * @param x {@code (..., D)}
   * @param training whether the call is a training pass
   * @return normalised {@code (..., D)}
   */
  @Override
  NDArray apply(ParameterStore ps, NDArray x, boolean training) {
    return LayerNorm.layerNorm(x, new Shape(dim), ps.getValue(weight, x.getDevice(), training),
        ps.getValue(bias, x.getDevice(), training), EPS).singletonOrThrow();
  }


  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
