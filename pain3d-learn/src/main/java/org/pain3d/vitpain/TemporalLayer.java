package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.pain3d.vit.Scalars;

/**
 * One pre-norm transformer layer over time: {@code x = x + out(attn(norm1(x)))}, {@code x = x +
 * fc2(gelu(fc1(norm2(x))))}; multi-head scaled dot-product self-attention with separate {@code
 * q}, {@code k}, {@code v}, {@code out} projections ({@code D x D}), MLP width {@link
 * TemporalConfig#MLP_RATIO}{@code  D}. An additive mask ({@code (T, T)}, 0 or a large negative
 * number) makes it causal.
 *
 * <p>Input and output {@code (B, T, D)}.
 */
final class TemporalLayer extends NamedBlock {
  /** Added to masked attention scores (finite: a fully masked row cannot occur, t sees t). */
  static final float MASKED = -1e9f;

  private final int dim;
  private final int heads;
  private final HeadNorm norm1;
  private final HeadLinear q;
  private final HeadLinear k;
  private final HeadLinear v;
  private final HeadLinear out;
  private final HeadNorm norm2;
  private final HeadLinear fc1;
  private final HeadLinear fc2;

  TemporalLayer(int dim, int heads, SeededInit init) {
    this.dim = dim;
    this.heads = heads;
    norm1 = child("norm1", new HeadNorm(dim, init));
    q = child("q", new HeadLinear(dim, dim, init));
    k = child("k", new HeadLinear(dim, dim, init));
    v = child("v", new HeadLinear(dim, dim, init));
    out = child("out", new HeadLinear(dim, dim, init));
    norm2 = child("norm2", new HeadNorm(dim, init));
    fc1 = child("fc1", new HeadLinear(dim, TemporalConfig.MLP_RATIO * dim, init));
    fc2 = child("fc2", new HeadLinear(TemporalConfig.MLP_RATIO * dim, dim, init));
  }

  /**
   * @param ps the parameter store
   * @param x {@code (B, T, D)}
   * @param mask {@code (T, T)} additive attention mask, or {@code null}
   * @param training whether the call is a training pass
   * @return {@code (B, T, D)}
   */
  NDArray apply(ParameterStore ps, NDArray x, NDArray mask, boolean training) {
    long b = x.getShape().get(0);
    int hd = dim / heads;
    NDArray h = norm1.apply(ps, x, training);
    NDArray qs = split(q.apply(ps, h, training), b, hd);
    NDArray ks = split(k.apply(ps, h, training), b, hd);
    NDArray vs = split(v.apply(ps, h, training), b, hd);
    NDArray scores = Scalars.div(qs.matMul(ks.transpose(0, 1, 3, 2)), Math.sqrt(hd));
    if (mask != null) {
      scores = scores.add(mask);
    }
    NDArray o = scores.softmax(-1).matMul(vs).transpose(0, 2, 1, 3).reshape(b, -1, dim);
    x = x.add(out.apply(ps, o, training));
    NDArray m = fc2.apply(ps, Activation.gelu(fc1.apply(ps, norm2.apply(ps, x, training),
        training)), training);
    return x.add(m);
  }

  private NDArray split(NDArray t, long b, int hd) {
    return t.reshape(b, -1, heads, hd).transpose(0, 2, 1, 3);
  }

  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    return new NDList(apply(ps, inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null,
        training));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
