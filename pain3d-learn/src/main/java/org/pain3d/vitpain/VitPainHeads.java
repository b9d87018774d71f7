package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The trainable ViTPain heads on top of two backbones' tokens (SPEC.md section 5), a DJL block
 * tree with named children:
 *
 * <ul>
 *   <li>{@code cross} ({@link CrossAttention}): 8 heads, query = pain {@code [CLS, patches]},
 *       key/value = neutral {@code [CLS, patches]}, {@code F = LayerNorm(Z_pain + attn)};
 *       absent without a reference;
 *   <li>{@code pspi} ({@link MlpHead}) on {@code F[:, 0]}: LN, Dropout 0.5, Linear(D,512), GELU,
 *       Dropout 0.5, Linear(512,256), GELU, Dropout 0.3, Linear(256,128), GELU, Dropout 0.3,
 *       Linear(128,1), sigmoid;
 *   <li>{@code binary0..2} ({@link MlpHead}, PSPI >= 1, 2, 3): each LN, Dropout 0.3,
 *       Linear(D,1), logits;
 *   <li>{@code au} ({@link AuHead}): 6 learned queries over {@code F}'s patch tokens, shared LN,
 *       Dropout 0.3, Linear(D,512), GELU, Dropout 0.3, one Linear(512,1) per AU, ReLU.
 * </ul>
 *
 * <p>Parameter paths ({@link #parameters()}) are the keys of {@code heads.safetensors}: {@code
 * cross.q.weight}, {@code pspi.norm.bias}, {@code pspi.fc0.weight}, {@code binary2.fc.bias},
 * {@code au.queries}, {@code au.out.weight}, ... Every dropout rate is multiplied by {@link
 * HeadsConfig#dropoutScale()} (1 in the paper). Linear layers start as PyTorch's default
 * ({@code U(+-1/sqrt(in))}), the queries {@code N(0, 0.02)}, LayerNorms 1 / 0 (eps 1e-5), all
 * drawn from one stream seeded with {@link HeadsConfig#seed()} in declaration order ({@link
 * SeededInit}). Intermediates attach to the tokens' manager.
 */
public final class VitPainHeads extends NamedBlock {
  private static final int[] PSPI_WIDTHS = {512, 256, 128, 1};
  private static final float[] PSPI_DROPOUT = {0.5f, 0.5f, 0.3f, 0.3f};

  private final HeadsConfig cfg;
  private final CrossAttention cross;
  private final MlpHead pspi;
  private final MlpHead[] binary;
  private final AuHead au;
  private final RegionHead region;
  private final HeadLinear project;

  /**
   * Declares the heads (call {@link #initialize(NDManager)} next).
   *
   * @param cfg the shape
   */
  public VitPainHeads(HeadsConfig cfg) {
    this.cfg = cfg;
    SeededInit init = new SeededInit(cfg.seed());
    int d = cfg.dim();
    HeadOptions o = cfg.options();
    double s = cfg.dropoutScale();
    cross = o.reference() ? child("cross", new CrossAttention(d, init)) : null;
    pspi = child("pspi", new MlpHead(d, PSPI_WIDTHS, PSPI_DROPOUT, s, init));
    binary = new MlpHead[o.binaryHeads() ? HeadsConfig.THRESHOLDS : 0];
    for (int t = 0; t < binary.length; t++) {
      binary[t] = child("binary" + t, new MlpHead(d, new int[] {1}, new float[] {0.3f}, s, init));
    }
    au = o.auHead() ? child("au", new AuHead(d, s, init)) : null;
    region = cfg.aux().region() ? child("region", new RegionHead(d, init)) : null;
    project = cfg.aux().projectTo() > 0
        ? child("project", new HeadLinear(d, cfg.aux().projectTo(), init)) : null;
  }

  /**
   * Declares and initialises the heads.
   *
   * @param cfg the shape
   * @param manager owns the parameters
   */
  public VitPainHeads(HeadsConfig cfg, NDManager manager) {
    this(cfg);
    initialize(manager);
  }

  /** @return the shape */
  public HeadsConfig config() {
    return cfg;
  }

  /**
   * Drops the register tokens: {@code (N, 1 + R + P, D)} to {@code (N, 1 + P, D)}.
   *
   * @param tokens backbone output
   * @return {@code [CLS, patches]}
   */
  public NDArray clsAndPatches(NDArray tokens) {
    if (cfg.registers() == 0) {
      return tokens;
    }
    return NDArrays.concat(new NDList(tokens.get(new NDIndex(":, :1, :")),
        tokens.get(new NDIndex(":, {}:, :", 1 + cfg.registers()))), 1);
  }

  /**
   * The forward pass with a store on the tokens' manager.
   *
   * @param pain pain tokens {@code (N, 1 + P, D)} ({@link #clsAndPatches})
   * @param neutral neutral tokens {@code (N, 1 + P', D)}, ignored (may be {@code null}) without
   *     the reference branch
   * @param training whether dropout is active
   * @return the outputs
   */
  public VitPainOutput forward(NDArray pain, NDArray neutral, boolean training) {
    return forward(new ParameterStore(pain.getManager(), false), pain, neutral, training);
  }

  /**
   * The forward pass.
   *
   * @param ps the parameter store
   * @param pain pain tokens {@code (N, 1 + P, D)}
   * @param neutral neutral tokens, or {@code null} without the reference branch
   * @param training whether dropout is active
   * @return the outputs
   */
  public VitPainOutput forward(ParameterStore ps, NDArray pain, NDArray neutral,
      boolean training) {
    NDArray f = cross != null ? cross.apply(ps, pain, neutral, training) : pain;
    NDArray cls = f.get(new NDIndex(":, 0, :"));
    NDArray p = Activation.sigmoid(pspi.apply(ps, cls, training)).reshape(-1);
    NDArray logits = null;
    if (binary.length > 0) {
      NDList l = new NDList();
      for (MlpHead b : binary) {
        l.add(b.apply(ps, cls, training));
      }
      logits = NDArrays.concat(l, 1);
    }
    NDArray a = null;
    NDArray att = null;
    if (au != null) {
      NDList r = au.forward(ps, f, training);
      a = r.get(0);
      att = r.get(1).mean(new int[] {1});
    }
    NDArray map = region != null ? region.apply(ps, f, training) : null;
    return new VitPainOutput(p, logits, a, f, att, map);
  }

  /**
   * The feature-distillation projector on fused tokens.
   *
   * @param f fused tokens {@code (N, T, D)} ({@link VitPainOutput#fused()})
   * @return {@code (N, T, projectTo)}
   * @throws IllegalStateException without a projector ({@link AuxHeads#projectTo()} 0)
   */
  public NDArray project(NDArray f) {
    if (project == null) {
      throw new IllegalStateException("the model has no feature projector");
    }
    return project.apply(new ParameterStore(f.getManager(), false), f, true);
  }

  /**
   * DJL's entry: inputs {@code [pain tokens, neutral tokens]} (the second only with a
   * reference); outputs {@code [pspiUnit (N), binary logits (N, 3), AU (N, 6)]}, those of
   * disabled heads left out.
   */
  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    VitPainOutput o = forward(ps, inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null,
        training);
    NDList out = new NDList(o.pspiUnit());
    if (o.binaryLogits() != null) {
      out.add(o.binaryLogits());
    }
    if (o.au() != null) {
      out.add(o.au());
    }
    return out;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long n = inputShapes[0].get(0);
    int k = 1 + (binary.length > 0 ? 1 : 0) + (au != null ? 1 : 0);
    Shape[] out = new Shape[k];
    out[0] = new Shape(n);
    int i = 1;
    if (binary.length > 0) {
      out[i++] = new Shape(n, binary.length);
    }
    if (au != null) {
      out[i] = new Shape(n, HeadsConfig.AUS);
    }
    return out;
  }
}
