package org.pain3d.vit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pre-LayerNorm transformer block: {@code x += ls1 * proj(attn(norm1(x)))}, then {@code x +=
 * ls2 * ffn(norm2(x))}. Attention uses a fused {@code qkv} projection ({@code 3D x D}, rows q,
 * k, v), heads of width {@code D / heads}, softmax({@code q k^T / sqrt(hd)}), and optional 2D
 * RoPE on the patch tokens.
 *
 * <p>Input and output {@code (N, T, D)}; the RoPE tables are {@code (T, hd)} or {@code null}.
 */
final class VitBlock extends AbstractBlock {
  private final VitConfig cfg;
  private final Parameter norm1W;
  private final Parameter norm1B;
  private final Parameter norm2W;
  private final Parameter norm2B;
  private final Parameter ls1;
  private final Parameter ls2;
  private final LoraLinear qkv;
  private final LoraLinear proj;
  private final LoraLinear fc1;
  private final LoraLinear fc1x;
  private final LoraLinear fc2;
  private final Map<String, Parameter> named = new LinkedHashMap<>();

  VitBlock(VitConfig cfg, LoraConfig lora, long loraSeed) {
    this.cfg = cfg;
    int d = cfg.dim();
    norm1W = norm("norm1.weight", Initializer.ONES, Parameter.Type.GAMMA);
    norm1B = norm("norm1.bias", Initializer.ZEROS, Parameter.Type.BETA);
    LoraConfig qkvLora = lora == null ? null
        : new LoraConfig(lora.rank(), lora.alpha(), lora.dropout(), loraSeed);
    LoraConfig projLora = lora == null ? null
        : new LoraConfig(lora.rank(), lora.alpha(), lora.dropout(), loraSeed + 1);
    qkv = linear("attn.qkv", new LoraLinear(d, 3 * d, cfg.qkvBias(), qkvLora));
    proj = linear("attn.proj", new LoraLinear(d, d, cfg.projBias(), projLora));
    Initializer lsInit = new ConstantInitializer((float) cfg.layerScaleInit());
    ls1 = cfg.layerScale() ? norm("ls1.gamma", lsInit, Parameter.Type.GAMMA) : null;
    norm2W = norm("norm2.weight", Initializer.ONES, Parameter.Type.GAMMA);
    norm2B = norm("norm2.bias", Initializer.ZEROS, Parameter.Type.BETA);
    int h = cfg.mlpHidden();
    switch (cfg.ffn()) {
      case GELU_MLP -> {
        fc1 = linear("mlp.fc1", new LoraLinear(d, h, cfg.mlpBias(), null));
        fc1x = null;
      }
      case SWIGLU -> {
        fc1 = linear("mlp.fc1_g", new LoraLinear(d, h, cfg.mlpBias(), null));
        fc1x = linear("mlp.fc1_x", new LoraLinear(d, h, cfg.mlpBias(), null));
      }
      default -> throw new IllegalStateException();
    }
    fc2 = linear("mlp.fc2", new LoraLinear(h, d, cfg.mlpBias(), null));
    ls2 = cfg.layerScale() ? norm("ls2.gamma", lsInit, Parameter.Type.GAMMA) : null;
  }

  private Parameter norm(String name, Initializer init, Parameter.Type type) {
    Parameter p = addParameter(Params.create(name, type, init, cfg.dim()));
    named.put(name, p);
    return p;
  }

  private LoraLinear linear(String name, LoraLinear l) {
    addChildBlock(name.replace('.', '_'), l);
    named.put(name + ".weight", l.weight());
    if (l.bias() != null) {
      named.put(name + ".bias", l.bias());
    }
    return l;
  }

  /** @return local canonical name to parameter (base weights only, no adapters) */
  Map<String, Parameter> namedParameters() {
    return named;
  }

  /** @return the attention's qkv and proj layers (where adapters live) */
  LoraLinear[] adaptedLayers() {
    return new LoraLinear[] {qkv, proj};
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray cos = inputs.size() > 1 ? inputs.get(1) : null;
    NDArray sin = inputs.size() > 2 ? inputs.get(2) : null;
    return new NDList(apply(ps, x, cos, sin, training));
  }

  NDArray apply(ParameterStore ps, NDArray x, NDArray cos, NDArray sin, boolean training) {
    var dev = x.getDevice();
    float eps = (float) cfg.normEps();
    Shape dShape = new Shape(cfg.dim());
    NDArray h = LayerNorm.layerNorm(x, dShape, ps.getValue(norm1W, dev, training),
        ps.getValue(norm1B, dev, training), eps).singletonOrThrow();
    NDArray a = proj.apply(ps, attention(ps, h, cos, sin, training), training);
    if (ls1 != null) {
      a = a.mul(ps.getValue(ls1, dev, training));
    }
    x = x.add(a);
    h = LayerNorm.layerNorm(x, dShape, ps.getValue(norm2W, dev, training),
        ps.getValue(norm2B, dev, training), eps).singletonOrThrow();
    NDArray m = fc2.apply(ps, hidden(ps, h, training), training);
    if (ls2 != null) {
      m = m.mul(ps.getValue(ls2, dev, training));
    }
    return x.add(m);
  }

  private NDArray hidden(ParameterStore ps, NDArray h, boolean training) {
    NDArray u = fc1.apply(ps, h, training);
    if (fc1x == null) {
      return Activation.gelu(u);
    }
    return u.mul(Activation.sigmoid(u)).mul(fc1x.apply(ps, h, training));
  }

  private NDArray attention(
      ParameterStore ps, NDArray h, NDArray cos, NDArray sin, boolean training) {
    long n = h.getShape().get(0);
    long t = h.getShape().get(1);
    int heads = cfg.heads();
    int hd = cfg.headDim();
    NDArray qkvOut = qkv.apply(ps, h, training)
        .reshape(n, t, 3, heads, hd)
        .transpose(2, 0, 3, 1, 4);
    NDArray q = qkvOut.get(0);
    NDArray k = qkvOut.get(1);
    NDArray v = qkvOut.get(2);
    if (cos != null) {
      q = rope(q, cos, sin, hd);
      k = rope(k, cos, sin, hd);
    }
    NDArray att = Scalars.mul(q, 1.0 / Math.sqrt(hd))
        .matMul(k.transpose(0, 1, 3, 2))
        .softmax(-1);
    return att.matMul(v).transpose(0, 2, 1, 3).reshape(n, t, cfg.dim());
  }

  private static NDArray rope(NDArray v, NDArray cos, NDArray sin, int hd) {
    int half = hd / 2;
    NDArray lo = v.get(new NDIndex("..., :{}", half));
    NDArray hi = v.get(new NDIndex("..., {}:", half));
    NDArray rotated = NDArrays.concat(new NDList(hi.neg(), lo), -1);
    return v.mul(cos).add(rotated.mul(sin));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... shapes) {
    for (var child : getChildren().values()) {
      child.initialize(manager, dataType, shapes[0]);
    }
  }
}
