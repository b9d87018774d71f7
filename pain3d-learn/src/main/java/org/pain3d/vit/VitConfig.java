package org.pain3d.vit;

import java.util.Objects;

/**
 * The architecture of a DINOv2 / DINOv3 Vision Transformer backbone.
 *
 * <p>Token order of the output: {@code [CLS, registers..., patches...]}, patches row-major over
 * the patch grid ({@code y} down, then {@code x} right), {@code T = 1 + registers + gh * gw} with
 * {@code gh = H / patchSize}, {@code gw = W / patchSize} (floor, as a strided convolution does).
 * In {@link ForwardMode#VITPAIN_REFERENCE} the registers are left out ({@code [CLS,
 * patches...]}) and no RoPE is applied, see {@link #outputRegisters()}.
 *
 * @param family the reference family (documentation and defaults; the flags below decide)
 * @param patchSize patch side in pixels
 * @param dim embedding width D
 * @param depth number of transformer blocks
 * @param heads attention heads ({@code dim % heads == 0})
 * @param mlpHidden hidden width of the feed-forward network
 * @param ffn the feed-forward type
 * @param registers number of register tokens after CLS (0 for none)
 * @param posEmbedding layout of the learned position embedding ({@code NONE} for none)
 * @param posEmbedGrid side G of the learned position-embedding grid (0 when none)
 * @param resample how the learned grid is resized for other input sizes
 * @param rope whether 2D rotary embeddings are applied to patch-token queries and keys
 * @param ropeTheta RoPE base period (DINOv3: 100)
 * @param layerScale whether blocks have LayerScale vectors
 * @param layerScaleInit initial LayerScale value for fresh weights
 * @param normEps LayerNorm epsilon
 * @param qkvBias whether the fused qkv projection has a bias (a missing k part is zero)
 * @param projBias whether the attention output projection has a bias
 * @param mlpBias whether the feed-forward linears have biases
 * @param inChannels input channels (3)
 * @param forward how tokens run through the blocks ({@link ForwardMode#STANDARD} unless
 *     weights come from the ViTPain authors' code)
 */
public record VitConfig(
    VitFamily family,
    int patchSize,
    int dim,
    int depth,
    int heads,
    int mlpHidden,
    FfnType ffn,
    int registers,
    PosEmbedding posEmbedding,
    int posEmbedGrid,
    PosEmbedResample resample,
    boolean rope,
    double ropeTheta,
    boolean layerScale,
    double layerScaleInit,
    double normEps,
    boolean qkvBias,
    boolean projBias,
    boolean mlpBias,
    int inChannels,
    ForwardMode forward) {

  /** Validates sizes and consistency. */
  public VitConfig {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(ffn, "ffn");
    Objects.requireNonNull(posEmbedding, "posEmbedding");
    Objects.requireNonNull(resample, "resample");
    Objects.requireNonNull(forward, "forward");
    positive("patchSize", patchSize);
    positive("dim", dim);
    positive("depth", depth);
    positive("heads", heads);
    positive("mlpHidden", mlpHidden);
    positive("inChannels", inChannels);
    if (dim % heads != 0) {
      throw new IllegalArgumentException("dim " + dim + " is not a multiple of heads " + heads);
    }
    if (registers < 0) {
      throw new IllegalArgumentException("registers must be >= 0: " + registers);
    }
    if ((posEmbedding == PosEmbedding.NONE) != (posEmbedGrid == 0) || posEmbedGrid < 0) {
      throw new IllegalArgumentException(
          "posEmbedGrid must be > 0 exactly when posEmbedding is not NONE: " + posEmbedding
              + ", grid " + posEmbedGrid);
    }
    if (rope && ((dim / heads) % 4 != 0 || !(ropeTheta > 0))) {
      throw new IllegalArgumentException(
          "RoPE needs a head dimension divisible by 4 and ropeTheta > 0: head dim " + dim / heads
              + ", theta " + ropeTheta);
    }
    if (!(normEps > 0)) {
      throw new IllegalArgumentException("normEps must be > 0: " + normEps);
    }
    if (forward == ForwardMode.VITPAIN_REFERENCE && posEmbedding != PosEmbedding.NONE) {
      throw new IllegalArgumentException("the ViTPain reference forward is defined for backbones"
          + " without a learned position embedding (DINOv3), not " + posEmbedding);
    }
  }

  /**
   * A config with the standard forward (see the canonical constructor for the parameters).
   *
   * @param family the reference family
   * @param patchSize patch side in pixels
   * @param dim embedding width D
   * @param depth number of transformer blocks
   * @param heads attention heads
   * @param mlpHidden hidden width of the feed-forward network
   * @param ffn the feed-forward type
   * @param registers number of register tokens after CLS
   * @param posEmbedding layout of the learned position embedding
   * @param posEmbedGrid side G of the learned position-embedding grid (0 when none)
   * @param resample how the learned grid is resized
   * @param rope whether 2D RoPE is applied
   * @param ropeTheta RoPE base period
   * @param layerScale whether blocks have LayerScale vectors
   * @param layerScaleInit initial LayerScale value
   * @param normEps LayerNorm epsilon
   * @param qkvBias whether qkv has a bias
   * @param projBias whether proj has a bias
   * @param mlpBias whether the feed-forward linears have biases
   * @param inChannels input channels
   */
  public VitConfig(VitFamily family, int patchSize, int dim, int depth, int heads, int mlpHidden,
      FfnType ffn, int registers, PosEmbedding posEmbedding, int posEmbedGrid,
      PosEmbedResample resample, boolean rope, double ropeTheta, boolean layerScale,
      double layerScaleInit, double normEps, boolean qkvBias, boolean projBias, boolean mlpBias,
      int inChannels) {
    this(family, patchSize, dim, depth, heads, mlpHidden, ffn, registers, posEmbedding,
        posEmbedGrid, resample, rope, ropeTheta, layerScale, layerScaleInit, normEps, qkvBias,
        projBias, mlpBias, inChannels, ForwardMode.STANDARD);
  }

  private static void positive(String name, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be > 0: " + v);
    }
  }

  /**
   * A DINOv2-style config (learned position embedding with a CLS row, GELU MLP with ratio 4,
   * LayerScale, qkv bias, eps 1e-6, plain bicubic resampling as in Hugging Face).
   *
   * @param patchSize patch side in pixels
   * @param dim embedding width
   * @param depth blocks
   * @param heads attention heads
   * @param posEmbedGrid side of the learned position grid (e.g. 37 for 518 px / 14)
   * @return the config
   */
  public static VitConfig dinov2(int patchSize, int dim, int depth, int heads, int posEmbedGrid) {
    return new VitConfig(VitFamily.DINOV2, patchSize, dim, depth, heads, 4 * dim, FfnType.GELU_MLP,
        0, PosEmbedding.LEARNED_WITH_CLS, posEmbedGrid, PosEmbedResample.BICUBIC, false, 100.0,
        true, 1e-5, 1e-6, true, true, true, 3);
  }

  /**
   * A DINOv3-style config (RoPE with theta 100, 4 registers, no learned position embedding, GELU
   * MLP ratio 4, LayerScale, no qkv bias, eps 1e-5) as timm's {@code vit_*_patch16_dinov3}.
   *
   * @param patchSize patch side in pixels
   * @param dim embedding width
   * @param depth blocks
   * @param heads attention heads
   * @return the config
   */
  public static VitConfig dinov3(int patchSize, int dim, int depth, int heads) {
    return new VitConfig(VitFamily.DINOV3, patchSize, dim, depth, heads, 4 * dim, FfnType.GELU_MLP,
        4, PosEmbedding.NONE, 0, PosEmbedResample.BICUBIC, true, 100.0, true, 1e-5, 1e-5, false,
        true, true, 3);
  }

  /**
   * The width of one attention head.
   *
   * @return {@code dim / heads}
   */
  public int headDim() {
    return dim / heads;
  }

  /**
   * The feed-forward ratio.
   *
   * @return {@code mlpHidden / dim}
   */
  public double mlpRatio() {
    return (double) mlpHidden / dim;
  }

  /**
   * Tokens before the patches in the output.
   *
   * @return {@code 1 + outputRegisters()} (CLS and the registers the forward inserts)
   */
  public int prefixTokens() {
    return 1 + outputRegisters();
  }

  /**
   * Rows of the learned position embedding.
   *
   * @return {@code G*G} (+1 with a CLS row), 0 when none
   */
  public int posEmbedRows() {
    return switch (posEmbedding) {
      case NONE -> 0;
      case LEARNED_WITH_CLS -> 1 + posEmbedGrid * posEmbedGrid;
      case LEARNED_PATCHES_ONLY -> posEmbedGrid * posEmbedGrid;
    };
  }

  /**
   * A copy with other register and position-embedding settings.
   *
   * @param newRegisters register tokens
   * @param pos position-embedding layout
   * @param grid its grid side (0 for none)
   * @param how the resampling
   * @return the new config
   */
  public VitConfig withPositions(int newRegisters, PosEmbedding pos, int grid, PosEmbedResample how) {
    return new VitConfig(family, patchSize, dim, depth, heads, mlpHidden, ffn, newRegisters, pos,
        grid, how, rope, ropeTheta, layerScale, layerScaleInit, normEps, qkvBias, projBias, mlpBias,
        inChannels, forward);
  }

  /**
   * A copy with other bias and norm settings.
   *
   * @param qkv qkv bias
   * @param proj projection bias
   * @param mlp feed-forward biases
   * @param eps LayerNorm epsilon
   * @return the new config
   */
  public VitConfig withBiases(boolean qkv, boolean proj, boolean mlp, double eps) {
    return new VitConfig(family, patchSize, dim, depth, heads, mlpHidden, ffn, registers,
        posEmbedding, posEmbedGrid, resample, rope, ropeTheta, layerScale, layerScaleInit, eps, qkv,
        proj, mlp, inChannels, forward);
  }

  /**
   * A copy with another feed-forward network.
   *
   * @param newFfn the type
   * @param hidden its hidden width
   * @return the new config
   */
  public VitConfig withFeedForward(FfnType newFfn, int hidden) {
    return new VitConfig(family, patchSize, dim, depth, heads, hidden, newFfn, registers,
        posEmbedding, posEmbedGrid, resample, rope, ropeTheta, layerScale, layerScaleInit, normEps,
        qkvBias, projBias, mlpBias, inChannels, forward);
  }

  /**
   * A copy with another forward mode.
   *
   * @param mode the mode
   * @return the new config
   */
  public VitConfig withForward(ForwardMode mode) {
    return new VitConfig(family, patchSize, dim, depth, heads, mlpHidden, ffn, registers,
        posEmbedding, posEmbedGrid, resample, rope, ropeTheta, layerScale, layerScaleInit, normEps,
        qkvBias, projBias, mlpBias, inChannels, mode);
  }

  /**
   * Register tokens in the output (the reference forward drops them; their weights remain).
   *
   * @return {@code registers} in the standard forward, 0 in the reference forward
   */
  public int outputRegisters() {
    return forward == ForwardMode.STANDARD ? registers : 0;
  }

  /**
   * Whether the blocks rotate queries and keys.
   *
   * @return {@code rope} in the standard forward, false in the reference forward
   */
  public boolean appliesRope() {
    return rope && forward == ForwardMode.STANDARD;
  }
}
