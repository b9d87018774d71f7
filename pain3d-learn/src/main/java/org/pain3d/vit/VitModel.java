package org.pain3d.vit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.TruncatedNormalInitializer;
import ai.djl.util.PairList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pain3d.tensor.HostTensor;

/**
 * A DINOv2 / DINOv3 Vision Transformer backbone as a DJL block.
 *
 * <p>Input: {@code (N, C, H, W)} float32 pixels, already normalised (ImageNet mean/std). Output:
 * {@code (N, T, D)} tokens after the final LayerNorm, in the order {@code [CLS, registers...,
 * patches...]} with patches row-major over the {@code (H/p) x (W/p)} grid (see {@link
 * VitConfig}).
 *
 * <p>Parameters carry canonical (timm-style) names, see {@link #baseParameters()}; adapters
 * ({@code blocks.i.attn.qkv.lora_A} ...) exist only when built with a {@link LoraConfig}.
 * Intermediate arrays of a forward pass are attached to the manager of the input pixels: create
 * the input in a sub-manager per step and close it afterwards.
 */
public final class VitModel extends AbstractBlock {
  private final VitConfig cfg;
  private final LoraConfig lora;
  private final Parameter patchW;
  private final Parameter patchB;
  private final PatchLora patchLora;
  private final Parameter cls;
  private final Parameter reg;
  private final Parameter pos;
  private final VitBlock[] blocks;
  private final Parameter normW;
  private final Parameter normB;
  private final Map<String, Parameter> base = new LinkedHashMap<>();
  private final Map<String, Parameter> adapters = new LinkedHashMap<>();

  /**
   * Builds an uninitialised model; call {@link #initialize(NDManager)} next.
   *
   * @param cfg the architecture
   * @param lora adapters on every block's {@code qkv} and {@code proj}, or {@code null}
   */
  public VitModel(VitConfig cfg, LoraConfig lora) {
    this.cfg = cfg;
    this.lora = lora;
    int d = cfg.dim();
    int p = cfg.patchSize();
    Initializer tn = new TruncatedNormalInitializer(0.02f);
    patchW = param("patch_embed.proj.weight", Parameter.Type.WEIGHT, tn, d, cfg.inChannels(), p, p);
    patchB = param("patch_embed.proj.bias", Parameter.Type.BIAS, Initializer.ZEROS, d);
    patchLora = lora != null && lora.patchEmbed() ? patchAdapter(cfg, lora) : null;
    cls = param("cls_token", Parameter.Type.WEIGHT, tn, 1, 1, d);
    reg = cfg.registers() > 0
        ? param("reg_token", Parameter.Type.WEIGHT, tn, 1, cfg.registers(), d) : null;
    pos = cfg.posEmbedRows() > 0
        ? param("pos_embed", Parameter.Type.WEIGHT, tn, 1, cfg.posEmbedRows(), d) : null;
    blocks = new VitBlock[cfg.depth()];
    for (int i = 0; i < blocks.length; i++) {
      long seed = lora == null ? 0 : lora.seed() + 2L * i;
      blocks[i] = addChildBlock("block" + i, new VitBlock(cfg, lora, seed));
      String prefix = "blocks." + i + ".";
      blocks[i].namedParameters().forEach((k, v) -> base.put(prefix + k, v));
      if (lora != null) {
        LoraLinear[] ls = blocks[i].adaptedLayers();
        String[] names = {"attn.qkv", "attn.proj"};
        for (int j = 0; j < ls.length; j++) {
          adapters.put(prefix + names[j] + ".lora_A", ls[j].loraA());
          adapters.put(prefix + names[j] + ".lora_B", ls[j].loraB());
        }
      }
    }
    normW = param("norm.weight", Parameter.Type.GAMMA, Initializer.ONES, d);
    normB = param("norm.bias", Parameter.Type.BETA, Initializer.ZEROS, d);
  }

  /** The patch-embedding adapter (no engine random draws: the other weights keep theirs). */
  private PatchLora patchAdapter(VitConfig c, LoraConfig l) {
    int p = c.patchSize();
    double bound = 1 / Math.sqrt((double) c.inChannels() * p * p);
    Parameter a = addParameter(Params.create("patch_embed.proj.lora_A", Parameter.Type.WEIGHT,
        new SeededUniformInitializer((float) bound, l.seed() + 2L * c.depth()), l.rank(),
        c.inChannels(), p, p));
    Parameter b = addParameter(Params.create("patch_embed.proj.lora_B", Parameter.Type.WEIGHT,
        Initializer.ZEROS, c.dim(), l.rank()));
    adapters.put(a.getName(), a);
    adapters.put(b.getName(), b);
    return new PatchLora(l, p, a, b);
  }

  private Parameter param(String name, Parameter.Type type, Initializer init, long... shape) {
    Parameter prm = addParameter(Params.create(name, type, init, shape));
    base.put(name, prm);
    return prm;
  }

  /** @return the architecture */
  public VitConfig config() {
    return cfg;
  }

  /** @return the adapter config, or {@code null} without adapters */
  public LoraConfig loraConfig() {
    return lora;
  }

  /**
   * Allocates all parameters (random values: truncated normal std 0.02 for weights and tokens,
   * LayerNorm 1/0, LayerScale at its init value, LoRA A seeded uniform, B zero). DJL draws the
   * truncated normals from the engine's generator: call {@code Engine.getInstance()
   * .setRandomSeed(seed)} first for reproducible values.
   *
   * @param manager the manager that owns the parameters (keep it open while the model is used)
   */
  public void initialize(NDManager manager) {
    int p = cfg.patchSize();
    initialize(manager, DataType.FLOAT32, new Shape(1, cfg.inChannels(), p, p));
  }

  /**
   * Base parameters by canonical name, e.g. {@code blocks.0.attn.qkv.weight} ({@code 3D x D},
   * rows q, k, v), {@code pos_embed}, {@code norm.weight}.
   *
   * @return an unmodifiable ordered view
   */
  public Map<String, Parameter> baseParameters() {
    return Collections.unmodifiableMap(base);
  }

  /**
   * Adapter parameters by name ({@code blocks.i.attn.qkv.lora_A}, {@code ...lora_B}, same for
   * {@code attn.proj}; first {@code patch_embed.proj.lora_A} ({@code r x C x p x p}) and {@code
   * patch_embed.proj.lora_B} ({@code D x r}) when {@link LoraConfig#patchEmbed()}); empty without
   * adapters.
   *
   * @return an unmodifiable ordered view
   */
  public Map<String, Parameter> adapterParameters() {
    return Collections.unmodifiableMap(adapters);
  }

  /**
   * Freezes (or unfreezes) every base parameter, leaving adapters trainable.
   *
   * @param freeze {@code true} to stop gradients into the base weights
   */
  public void freezeBase(boolean freeze) {
    base.values().forEach(prm -> prm.freeze(freeze));
  }

  /** Folds every adapter into an inference weight (see {@link LoraLinear#merge()}). */
  public void mergeAdapters() {
    for (VitBlock b : blocks) {
      for (LoraLinear l : b.adaptedLayers()) {
        l.merge();
      }
    }
    if (patchLora != null) {
      patchLora.merge(patchW.getArray());
    }
  }

  /** Drops the merged weights; the adapter paths are computed again. */
  public void unmergeAdapters() {
    for (VitBlock b : blocks) {
      for (LoraLinear l : b.adaptedLayers()) {
        l.unmerge();
      }
    }
    if (patchLora != null) {
      patchLora.unmerge();
    }
  }

  /**
   * Loads base weights in canonical names (all of them; see {@link VitLoader} for checkpoints).
   *
   * @param values canonical name to values
   */
  public void loadBase(Map<String, HostTensor> values) {
    ParamFiles.copyInto(values, base);
  }

  /**
   * The token sequence of a batch, for inference ({@code training = false}).
   *
   * @param pixels {@code (N, C, H, W)}, {@code H, W >= patchSize}
   * @return {@code (N, T, D)} tokens, attached to the pixels' manager
   */
  public NDArray embed(NDArray pixels) {
    return tokens(new ParameterStore(pixels.getManager(), false), pixels, false);
  }

  /**
   * Checks a batch's shape before any tensor is made: {@code (N, C, H, W)} with this model's
   * channels and {@code H, W >= patch}, and an attention whose scores fit in memory (per block,
   * {@code N x heads x T x T} float32 scores and their softmax, about three copies at once).
   *
   * @param shape the pixels' shape
   * @param memoryBytes the memory the attention may take
   * @throws IllegalArgumentException when the shape is wrong
   * @throws org.pain3d.error.Pain3dException of kind BAD_INPUT when the images are too large,
   *     saying how large they may be
   */
  public void checkPixels(long[] shape, long memoryBytes) {
    long p = cfg.patchSize();
    if (shape.length != 4 || shape[1] != cfg.inChannels() || shape[2] < p || shape[3] < p) {
      throw new IllegalArgumentException("pixels must be N x " + cfg.inChannels() + " x H x W with H, W >= "
          + p + ", got " + java.util.Arrays.toString(shape));
    }
    long tokens = 1 + cfg.registers() + (shape[2] / p) * (shape[3] / p);
    double perToken2 = 3.0 * Float.BYTES * shape[0] * cfg.heads();
    double need = perToken2 * tokens * tokens;
    if (need > memoryBytes) {
      long maxTokens = (long) Math.sqrt(memoryBytes / perToken2);
      long side = (long) Math.sqrt(Math.max(1, maxTokens - 1 - cfg.registers())) * p;
      throw new org.pain3d.error.Pain3dException(org.pain3d.error.ErrorKind.BAD_INPUT, String.format(
          java.util.Locale.ROOT, "images of %d x %d px give %d tokens each; the attention would need"
              + " about %.1f GiB, more than the %.1f GiB available; use smaller images (about %d x %d"
              + " px at most%s)", shape[2], shape[3], tokens, need / (1 << 30), memoryBytes / (double) (1 << 30),
          side, side, shape[0] > 1 ? ", or fewer per file" : ""));
    }
  }

  /**
   * The token sequence of a batch.
   *
   * @param ps the parameter store (a trainer's, or {@code new ParameterStore(manager, false)})
   * @param pixels {@code (N, C, H, W)}, {@code H, W >= patchSize}
   * @param training whether adapter dropout is active (the backbone itself has no dropout)
   * @return {@code (N, 1 + registers + gh*gw, D)} after the final norm ({@code (N, 1 + gh*gw, D)}
   *     in {@link ForwardMode#VITPAIN_REFERENCE}, which also skips RoPE)
   */
  public NDArray tokens(ParameterStore ps, NDArray pixels, boolean training) {
    Shape s = pixels.getShape();
    if (s.dimension() != 4 || s.get(1) != cfg.inChannels() || s.get(2) < cfg.patchSize()
        || s.get(3) < cfg.patchSize()) {
      throw new IllegalArgumentException("pixels must be (N, " + cfg.inChannels()
          + ", H, W) with H, W >= " + cfg.patchSize() + ", got " + s);
    }
    NDManager m = pixels.getManager();
    var dev = pixels.getDevice();
    long n = s.get(0);
    int gh = (int) (s.get(2) / cfg.patchSize());
    int gw = (int) (s.get(3) / cfg.patchSize());
    int d = cfg.dim();
    NDArray x = patchTokens(ps, pixels, training, (long) gh * gw);
    NDArray clsTok = own(ps.getValue(cls, dev, training).broadcast(n, 1, d), m);
    if (pos != null) {
      NDArray posArr = ps.getValue(pos, dev, training);
      int skip = cfg.posEmbedding() == PosEmbedding.LEARNED_WITH_CLS ? 1 : 0;
      NDArray patchPos = own(posArr.get(new NDIndex(":, {}:, :", skip)), m);
      x = x.add(resample(patchPos, gh, gw, m));
      if (skip == 1) {
        clsTok = clsTok.add(own(posArr.get(new NDIndex(":, :1, :")), m));
      }
    }
    NDList parts = new NDList(clsTok);
    if (reg != null && cfg.outputRegisters() > 0) {
      parts.add(own(ps.getValue(reg, dev, training).broadcast(n, cfg.registers(), d), m));
    }
    parts.add(x);
    x = NDArrays.concat(parts, 1);
    NDArray cos = null;
    NDArray sin = null;
    if (cfg.appliesRope()) {
      float[][] t = Rope2d.tables(cfg.prefixTokens(), gh, gw, cfg.headDim(), cfg.ropeTheta());
      Shape ts = new Shape((long) cfg.prefixTokens() + (long) gh * gw, cfg.headDim());
      cos = m.create(t[0], ts).toDevice(dev, false);
      sin = m.create(t[1], ts).toDevice(dev, false);
    }
    for (VitBlock b : blocks) {
      x = b.apply(ps, x, cos, sin, training);
    }
    return LayerNorm.layerNorm(x, new Shape(d), ps.getValue(normW, dev, training),
        ps.getValue(normB, dev, training), (float) cfg.normEps()).singletonOrThrow();
  }

  /** The patch embedding (with its adapter, if any): {@code (N, P, D)}, patches row-major. */
  private NDArray patchTokens(ParameterStore ps, NDArray pixels, boolean training, long patches) {
    var dev = pixels.getDevice();
    NDArray w = patchLora == null ? ps.getValue(patchW, dev, training)
        : patchLora.weight(ps, patchW, dev, training);
    NDArray x = Conv2d.conv2d(pixels, w, ps.getValue(patchB, dev, training),
            new Shape(cfg.patchSize(), cfg.patchSize()), new Shape(0, 0), new Shape(1, 1))
        .singletonOrThrow()
        .reshape(pixels.getShape().get(0), cfg.dim(), patches)
        .transpose(0, 2, 1);
    NDArray delta = patchLora == null ? null : patchLora.delta(ps, pixels, training);
    return delta == null ? x : x.add(delta);
  }

  private NDArray resample(NDArray patchPos, int gh, int gw, NDManager m) {
    int g = cfg.posEmbedGrid();
    if (gh == g && gw == g) {
      return patchPos;
    }
    int d = cfg.dim();
    var dev = patchPos.getDevice();
    NDArray my = m.create(PosEmbedResampler.matrix(g, gh, cfg.resample()), new Shape(gh, g))
        .toDevice(dev, false);
    NDArray mx = m.create(PosEmbedResampler.matrix(g, gw, cfg.resample()), new Shape(1, gw, g))
        .toDevice(dev, false);
    NDArray rows = my.matMul(patchPos.reshape(g, (long) g * d)).reshape(gh, g, d);
    return mx.matMul(rows).reshape(1, (long) gh * gw, d);
  }

  private static NDArray own(NDArray a, NDManager m) {
    a.attach(m);
    return a;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(tokens(ps, inputs.singletonOrThrow(), training));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape s = inputShapes[0];
    long t = cfg.prefixTokens() + (s.get(2) / cfg.patchSize()) * (s.get(3) / cfg.patchSize());
    return new Shape[] {new Shape(s.get(0), t, cfg.dim())};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... shapes) {
    for (VitBlock b : blocks) {
      b.initialize(manager, dataType, new Shape(1, 1, cfg.dim()));
    }
  }
}
