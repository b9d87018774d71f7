package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;

/**
 * The trainable ViTPain heads on top of two backbones' tokens (SPEC.md section 5).
 *
 * <ul>
 *   <li>cross-attention: 8 heads, query = pain {@code [CLS, patches]}, key/value = neutral
 *       {@code [CLS, patches]} (PyTorch {@code nn.MultiheadAttention} maths with separate q, k,
 *       v, out projections), {@code F = LayerNorm(Z_pain + attn)}; skipped without a reference;
 *   <li>PSPI head on {@code F[:, 0]}: LN, Dropout 0.5, Linear(D,512), GELU, Dropout 0.5,
 *       Linear(512,256), GELU, Dropout 0.3, Linear(256,128), GELU, Dropout 0.3, Linear(128,1),
 *       sigmoid;
 *   <li>binary heads (PSPI >= 1, 2, 3): each LN, Dropout 0.3, Linear(D,1), logits;
 *   <li>AU head: 6 learned queries attend (one head, scaled dot product, no projections) over
 *       {@code F}'s patch tokens; shared LN, Dropout 0.3, Linear(D,512), GELU, Dropout 0.3; then
 *       one Linear(512,1) per AU and ReLU.
 * </ul>
 *
 * <p>Every dropout rate above is multiplied by {@link HeadsConfig#dropoutScale()} (1 in the
 * paper; small random-init backbones learn only with little or no head dropout).
 *
 * <p>Linear layers start as PyTorch's default ({@code U(+-1/sqrt(in))}), the queries
 * {@code N(0, 0.02)}, LayerNorms 1 / 0 (eps 1e-5). Intermediates attach to the tokens' manager.
 */
public final class VitPainHeads {
  private static final float EPS = 1e-5f;
  private static final int[] PSPI_WIDTHS = {512, 256, 128, 1};
  private static final float[] PSPI_DROPOUT = {0.5f, 0.5f, 0.3f, 0.3f};

  private final HeadsConfig cfg;
  private final NamedParams params;

  /**
   * Creates and initialises the heads.
   *
   * @param cfg the shape
   * @param manager owns the parameters
   */
  public VitPainHeads(HeadsConfig cfg, NDManager manager) {
    this.cfg = cfg;
    this.params = new NamedParams(manager, cfg.seed());
    int d = cfg.dim();
    HeadOptions o = cfg.options();
    if (o.reference()) {
      for (String p : new String[] {"q", "k", "v", "out"}) {
        linear("cross." + p, d, d);
      }
      norm("cross.norm", d);
    }
    norm("pspi.norm", d);
    int in = d;
    for (int i = 0; i < PSPI_WIDTHS.length; i++) {
      linear("pspi.fc" + i, in, PSPI_WIDTHS[i]);
      in = PSPI_WIDTHS[i];
    }
    if (o.binaryHeads()) {
      for (int t = 0; t < HeadsConfig.THRESHOLDS; t++) {
        norm("binary" + t + ".norm", d);
        linear("binary" + t + ".fc", d, 1);
      }
    }
    if (o.auHead()) {
      params.add("au.queries", new ParamInit.Normal(0.02), HeadsConfig.AUS, d);
      norm("au.norm", d);
      linear("au.fc", d, 512);
      params.add("au.out.weight", ParamInit.linear(512), HeadsConfig.AUS, 512);
      params.add("au.out.bias", ParamInit.linear(512), HeadsConfig.AUS);
    }
  }

  private void linear(String name, int in, int out) {
    params.add(name + ".weight", ParamInit.linear(in), out, in);
    params.add(name + ".bias", ParamInit.linear(in), out);
  }

  private void norm(String name, int d) {
    params.add(name + ".weight", new ParamInit.Constant(1), d);
    params.add(name + ".bias", new ParamInit.Constant(0), d);
  }

  /** @return the shape */
  public HeadsConfig config() {
    return cfg;
  }

  /** @return the parameters */
  public NamedParams params() {
    return params;
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
   * The forward pass.
   *
   * @param pain pain tokens {@code (N, 1 + P, D)} ({@link #clsAndPatches})
   * @param neutral neutral tokens {@code (N, 1 + P', D)}, ignored (may be {@code null}) without
   *     the reference branch
   * @param training whether dropout is active
   * @return the outputs
   */
  public VitPainOutput forward(NDArray pain, NDArray neutral, boolean training) {
    NDArray f = cfg.options().reference() ? fuse(pain, neutral, training) : pain;
    NDArray cls = f.get(new NDIndex(":, 0, :"));
    NDArray h = ln(cls, "pspi.norm");
    for (int i = 0; i < PSPI_WIDTHS.length; i++) {
      h = dropout(h, PSPI_DROPOUT[i], training);
      h = lin(h, "pspi.fc" + i);
      if (i < PSPI_WIDTHS.length - 1) {
        h = Activation.gelu(h);
      }
    }
    NDArray pspi = Activation.sigmoid(h).reshape(-1);
    NDArray binary = null;
    if (cfg.options().binaryHeads()) {
      NDList logits = new NDList();
      for (int t = 0; t < HeadsConfig.THRESHOLDS; t++) {
        NDArray b = dropout(ln(cls, "binary" + t + ".norm"), 0.3f, training);
        logits.add(lin(b, "binary" + t + ".fc"));
      }
      binary = NDArrays.concat(logits, 1);
    }
    NDArray au = cfg.options().auHead() ? auHead(f, training) : null;
    return new VitPainOutput(pspi, binary, au);
  }

  private NDArray fuse(NDArray pain, NDArray neutral, boolean training) {
    long n = pain.getShape().get(0);
    int d = cfg.dim();
    int heads = HeadsConfig.CROSS_HEADS;
    int hd = d / heads;
    NDArray q = split(lin(pain, "cross.q"), n, heads, hd);
    NDArray k = split(lin(neutral, "cross.k"), n, heads, hd);
    NDArray v = split(lin(neutral, "cross.v"), n, heads, hd);
    NDArray att = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(hd)).softmax(-1);
    NDArray o = att.matMul(v).transpose(0, 2, 1, 3).reshape(n, -1, d);
    return ln(pain.add(lin(o, "cross.out")), "cross.norm");
  }

  private static NDArray split(NDArray x, long n, int heads, int hd) {
    return x.reshape(n, -1, heads, hd).transpose(0, 2, 1, 3);
  }

  private NDArray auHead(NDArray f, boolean training) {
    int d = cfg.dim();
    NDArray patches = f.get(new NDIndex(":, 1:, :"));
    // parameter-derived arrays join the tokens' manager: DJL attaches an op's result to the
    // manager of its left operand, and the parameters' manager lives as long as the model
    NDManager m = f.getManager();
    NDArray queries = own(p("au.queries").expandDims(0), m);
    NDArray att = queries.matMul(patches.transpose(0, 2, 1)).div((float) Math.sqrt(d)).softmax(-1);
    NDArray h = ln(att.matMul(patches), "au.norm");
    h = dropout(h, 0.3f, training);
    h = Activation.gelu(lin(h, "au.fc"));
    h = dropout(h, 0.3f, training);
    NDArray y = h.mul(own(p("au.out.weight").expandDims(0), m)).sum(new int[] {2})
        .add(own(p("au.out.bias").expandDims(0), m));
    return Activation.relu(y);
  }

  private static NDArray own(NDArray a, NDManager m) {
    a.attach(m);
    return a;
  }

  private NDArray p(String name) {
    NDArray a = params.all().get(name);
    if (a == null) {
      throw new IllegalStateException("no parameter " + name);
    }
    return a;
  }

  private NDArray lin(NDArray x, String name) {
    return Linear.linear(x, p(name + ".weight"), p(name + ".bias")).singletonOrThrow();
  }

  private NDArray ln(NDArray x, String name) {
    return LayerNorm.layerNorm(x, new Shape(cfg.dim()), p(name + ".weight"), p(name + ".bias"), EPS)
        .singletonOrThrow();
  }

  private NDArray dropout(NDArray x, float rate, boolean training) {
    float r = (float) (rate * cfg.dropoutScale());
    return training && r > 0 ? Dropout.dropout(x, r, true).singletonOrThrow() : x;
  }
}
