package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;

/**
 * The dense region head (issue 14): {@code norm} (LN) and {@code fc} (Linear(D, 1)) on every
 * fused patch token, then a sigmoid: the pain-region heatmap on the patch grid as a fraction of
 * the dataset colour scale's maximum displacement. Light on purpose: one linear read-out per
 * patch, so the map says what the fused tokens already carry.
 *
 * <p>Input {@code F} {@code (N, 1 + P, D)}; output {@code (N, P)}, patches row-major.
 */
final class RegionHead extends UnaryBlock {
  private final HeadNorm norm;
  private final HeadLinear fc;

  RegionHead(int dim, SeededInit init) {
    norm = child("norm", new HeadNorm(dim, init));
    fc = child("fc", new HeadLinear(dim, 1, init));
  }

  @Override
  NDArray apply(ParameterStore ps, NDArray f, boolean training) {
    NDArray patches = f.get(new NDIndex(":, 1:, :"));
    NDArray y = fc.apply(ps, norm.apply(ps, patches, training), training);
    return Activation.sigmoid(y.squeeze(2));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape s = inputShapes[0];
    return new Shape[] {new Shape(s.get(0), s.get(1) - 1)};
  }
}
