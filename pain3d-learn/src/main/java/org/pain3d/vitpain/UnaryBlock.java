package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** A {@link NamedBlock} with one input and one output array. */
abstract class UnaryBlock extends NamedBlock {
  /**
   * The forward pass.
   *
   * @param ps the parameter store
   * @param x the input
   * @param training whether dropout is active
   * @return the output
   */
  abstract NDArray apply(ParameterStore ps, NDArray x, boolean training);

  @Override
  protected final NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    return new NDList(apply(ps, inputs.singletonOrThrow(), training));
  }
}
