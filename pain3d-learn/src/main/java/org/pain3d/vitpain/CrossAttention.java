package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.pain3d.vit.Scalars;

/**
 * Cross-attention from the pain tokens to the neutral tokens with PyTorch {@code
 * nn.MultiheadAttention} maths and separate projections ({@code q}, {@code k}, {@code v}, {@code
 * out}, each {@code D x D}), {@link HeadsConfig#CROSS_HEADS} heads, then {@code F =
 * norm(Z_pain + attn)}.
 *
 * <p>Input pain {@code (N, T, D)}, neutral {@code (N, T', D)}; output {@code (N, T, D)}.
 */
final class CrossAttention extends NamedBlock {
  private final int dim;
  private final HeadLinear q;
  private final HeadLinear k;
  private final HeadLinear v;
  private final HeadLinear out;
  private final HeadNorm norm;

  CrossAttention(int dim, SeededInit init) {
    this.dim = dim;
    q = child("q", new HeadLinear(dim, dim, init));
    k = child("k", new HeadLinear(dim, dim, init));
    v = child("v", new HeadLinear(dim, dim, init));
    out = child("out", new HeadLinear(dim, dim, init));
    norm = child("norm", new HeadNorm(dim, init));
  }

  /**
   * @param ps the parameter store
   * @param pain queries' tokens {@code (N, T, D)}
   * @param neutral keys' and values' tokens {@code (N, T', D)}
   * @param training whether the call is a training pass
   * @return {@code F}, {@code (N, T, D)}
   */
  NDArray apply(ParameterStore ps, NDArray pain, NDArray neutral, boolean training) {
    long n = pain.getShape().get(0);
    int heads = HeadsConfig.CROSS_HEADS;
    int hd = dim / heads;
    NDArray qs = split(q.apply(ps, pain, training), n, heads, hd);
    NDArray ks = split(k.apply(ps, neutral, training), n, heads, hd);
    NDArray vs = split(v.apply(ps, neutral, training), n, heads, hd);
    NDArray att = Scalars.div(qs.matMul(ks.transpose(0, 1, 3, 2)), Math.sqrt(hd)).softmax(-1);
    NDArray o = att.matMul(vs).transpose(0, 2, 1, 3).reshape(n, -1, dim);
    return norm.apply(ps, pain.add(out.apply(ps, o, training)), training);
  }

  private static NDArray split(NDArray x, long n, int heads, int hd) {
    return x.reshape(n, -1, heads, hd).transpose(0, 2, 1, 3);
  }

  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    return new NDList(apply(ps, inputs.get(0), inputs.get(1), training));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
