package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;

/**
 * A linear layer of the heads, {@code y = x W^T + b}: {@code weight} {@code (out, in)}, {@code
 * bias} {@code (out)}, both from PyTorch's {@code nn.Linear} default {@code U(+-1/sqrt(in))},
 * drawn from the heads' {@link SeededInit} (weight first).
 */
final class HeadLinear extends UnaryBlock {
  private final int out;
  private final Parameter weight;
  private final Parameter bias;

  HeadLinear(int in, int out, SeededInit init) {
    this.out = out;
    ParamInit u = ParamInit.linear(in);
    weight = param("weight", Parameter.Type.WEIGHT, init.next(u, out, in), out, in);
    bias = param("bias", Parameter.Type.BIAS, init.next(u, out), out);
  }

  /** @return the weight {@code (out, in)} */
  Parameter weight() {
    return weight;
  }

  /** @return the bias {@code (out)} */
  Parameter bias() {
    return bias;
  }

  /**
   * @param ps the parameter store
   * @param x {@code (..., in)}
   * @param training whether the call is a training pass
   * @return {@code (..., out)}
   */
  @Override
  NDArray apply(ParameterStore ps, NDArray x, boolean training) {
    return Linear.linear(x, ps.getValue(weight, x.getDevice(), training),
        ps.getValue(bias, x.getDevice(), training)).singletonOrThrow();
  }


  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape s = inputShapes[0];
    return new Shape[] {s.slice(0, s.dimension() - 1).add(out)};
  }
}
