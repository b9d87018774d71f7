package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * ViTPain over time: per-frame backbone tokens, ViTPain's neutral-reference fusion per frame,
 * then a small transformer over the frames' fused CLS tokens, a per-frame PSPI head and a
 * clip-level pain head. A DJL block tree with named children (the keys of its weight file):
 *
 * <ul>
 *   <li>{@code cross} ({@link CrossAttention}, as in {@link VitPainHeads}): each frame's {@code
 *       [CLS, patches]} attend to the neutral reference's, {@code F = LayerNorm(Z + attn)};
 *       its CLS row is the frame's feature; absent without a reference (the frame's CLS);
 *   <li>{@code pos} ({@code (maxFrames, D)}, {@code N(0, 0.02)}): learned frame-position
 *       embedding added before the layers; {@code layer0..} ({@link TemporalLayer}, causal mask
 *       optional) and {@code norm}; all three absent with 0 layers (the single-frame model),
 *       {@code pos} also without {@link TemporalConfig#positions()};
 *   <li>{@code pspi} ({@link MlpHead}): per frame LN, Linear(D, 2D), GELU, Linear(2D, 1),
 *       sigmoid (target PSPI / 16);
 *   <li>{@code clip} ({@link MlpHead}): LN, Linear(D, 1) on the element-wise maximum over the
 *       frames: a logit for BL1 against PA1-PA4.
 * </ul>
 *
 * <p>With a causal mask, frame {@code t}'s PSPI depends on frames {@code 0..t} only (the fusion is
 * per frame, the reference fixed), so it can run live. No dropout (the models this trains on a
 * CPU are small). Initial values from one seeded stream ({@link SeededInit}) in declaration
 * order.
 */
public final class TemporalHeads extends NamedBlock {
  private final TemporalConfig cfg;
  private final CrossAttention cross;
  private final Parameter pos;
  private final TemporalLayer[] layers;
  private final HeadNorm norm;
  private final MlpHead pspi;
  private final MlpHead clip;

  /**
   * Declares the heads (call {@link #initialize(NDManager)} next).
   *
   * @param cfg the shape
   */
  public TemporalHeads(TemporalConfig cfg) {
    this.cfg = cfg;
    SeededInit init = new SeededInit(cfg.seed());
    int d = cfg.dim();
    cross = cfg.reference() ? child("cross", new CrossAttention(d, init)) : null;
    pos = cfg.hasPositions() ? param("pos", Parameter.Type.WEIGHT,
        init.next(new ParamInit.Normal(0.02), cfg.maxFrames(), d), cfg.maxFrames(), d) : null;
    layers = new TemporalLayer[cfg.layers()];
    for (int i = 0; i < layers.length; i++) {
      layers[i] = child("layer" + i, new TemporalLayer(d, cfg.heads(), init));
    }
    norm = cfg.temporal() ? child("norm", new HeadNorm(d, init)) : null;
    pspi = child("pspi", new MlpHead(d, new int[] {TemporalConfig.MLP_RATIO * d, 1},
        new float[] {0, 0}, 0, init));
    clip = child("clip", new MlpHead(d, new int[] {1}, new float[] {0}, 0, init));
  }

  /** @return the shape */
  public TemporalConfig config() {
    return cfg;
  }

  /**
   * The forward pass with a store on the tokens' manager.
   *
   * @param frames per-frame tokens {@code (B, T, 1 + P, D)}, registers dropped
   * @param neutral the reference's tokens {@code (B, 1 + P', D)}, or {@code null} without
   *     the reference
   * @param training whether the call is a training pass
   * @return the outputs
   */
  public TemporalOutput forward(NDArray frames, NDArray neutral, boolean training) {
    return forward(new ParameterStore(frames.getManager(), false), frames, neutral, training);
  }

  /**
   * The forward pass.
   *
   * @param ps the parameter store
   * @param frames {@code (B, T, 1 + P, D)}
   * @param neutral {@code (B, 1 + P', D)} or {@code null}
   * @param training whether the call is a training pass
   * @return the outputs
   * @throws IllegalArgumentException if the clip is longer than {@link
   *     TemporalConfig#maxFrames()}
   */
  public TemporalOutput forward(ParameterStore ps, NDArray frames, NDArray neutral,
      boolean training) {
    Shape s = frames.getShape();
    long b = s.get(0);
    long t = s.get(1);
    if (cfg.hasPositions() && t > cfg.maxFrames()) {
      throw new IllegalArgumentException("clip of " + t + " frames is longer than the model's "
          + cfg.maxFrames());
    }
    NDArray flat = frames.reshape(b * t, s.get(2), s.get(3));
    NDArray x;
    if (cross != null) {
      Shape n = neutral.getShape();
      NDArray ref = neutral.expandDims(1).repeat(1, t).reshape(b * t, n.get(1), n.get(2));
      x = cross.apply(ps, flat, ref, training).get(new NDIndex(":, 0, :"));
    } else {
      x = flat.get(new NDIndex(":, 0, :"));
    }
    x = x.reshape(b, t, cfg.dim());
    if (cfg.temporal()) {
      if (pos != null) {
        x = x.add(ps.getValue(pos, x.getDevice(), training).get(new NDIndex(":{}, :", t)));
      }
      NDArray mask = cfg.causal() ? causalMask(x.getManager(), (int) t) : null;
      for (TemporalLayer l : layers) {
        x = l.apply(ps, x, mask, training);
      }
      x = norm.apply(ps, x, training);
    }
    NDArray p = Activation.sigmoid(pspi.apply(ps, x, training)).reshape(b, t);
    NDArray c = clip.apply(ps, x.max(new int[] {1}), training).reshape(b);
    return new TemporalOutput(p, c);
  }

  /**
   * The additive causal mask: 0 where frame {@code j <= i}, {@link TemporalLayer#MASKED} above
   * the diagonal.
   *
   * @param m owns the result
   * @param t frames
   * @return {@code (T, T)}
   */
  static NDArray causalMask(NDManager m, int t) {
    float[] v = new float[t * t];
    for (int i = 0; i < t; i++) {
      for (int j = i + 1; j < t; j++) {
        v[i * t + j] = TemporalLayer.MASKED;
      }
    }
    return m.create(v, new Shape(t, t));
  }

  /**
   * DJL's entry: inputs {@code [frame tokens, neutral tokens]} (the second only with a
   * reference); outputs {@code [pspiUnit (B, T), clip logit (B)]}.
   */
  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    TemporalOutput o = forward(ps, inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null,
        training);
    return new NDList(o.pspiUnit(), o.clipLogit());
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long b = inputShapes[0].get(0);
    return new Shape[] {new Shape(b, inputShapes[0].get(1)), new Shape(b)};
  }
}
