package org.pain3d.vitpain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.pain3d.pairs.Modality;
import org.pain3d.vit.ForwardMode;
import org.pain3d.vit.LoraConfig;

/**
 * Everything needed to rebuild a ViTPain model (stored as {@code model.json} in a run).
 *
 * @param backbone {@link BackboneSpec#text()}
 * @param arch timm architecture of a backbone file, or {@code null}
 * @param mode how the backbones train
 * @param options active parts
 * @param loraRank LoRA rank, >= 1 in {@link BackboneMode#LORA} mode, 0 otherwise
 * @param loraAlpha LoRA alpha
 * @param loraDropout LoRA dropout
 * @param headDropout factor on the paper's head dropout rates (1 = paper: 0.5, 0.5, 0.3, 0.3 in
 *     the PSPI MLP, 0.3 in the binary and AU heads; 0 = none), in {@code [0, 2)}
 * @param seed head and adapter init seed
 * @param imageSize input side in pixels (224 in the paper), {@value #MIN_IMAGE_SIZE} to {@value
 *     #MAX_IMAGE_SIZE}
 * @param input what the pain branch sees ({@code null} reads as {@link Modality#RGB}, left out of
 *     {@code model.json} when RGB); a {@link Modality#HEATMAP} model has no reference branch
 * @param aux extra heads ({@code null} reads as {@link AuxHeads#NONE}, left out when none)
 * @param authorsForward the ViTPain authors' model instead of ours (imported checkpoints): their
 *     backbone loop ({@link ForwardMode#VITPAIN_REFERENCE}: {@code [CLS, patches]}, no registers,
 *     no RoPE) and, in LoRA mode, peft's adapter on the patch embedding besides qkv and proj;
 *     written to {@code model.json} only when true, so other runs' files are unchanged
 */
public record VitPainConfig(String backbone, String arch, BackboneMode mode, HeadOptions options,
    int loraRank, double loraAlpha, double loraDropout, double headDropout, long seed,
    int imageSize,
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = AuxHeads.DefaultFilter.class)
    Modality input,
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = AuxHeads.DefaultFilter.class)
    AuxHeads aux,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean authorsForward) {
  /** Smallest input side in pixels. */
  public static final int MIN_IMAGE_SIZE = 16;
  /** Largest input side in pixels (a 3 x 4096 x 4096 float input is 200 MB per image). */
  public static final int MAX_IMAGE_SIZE = 4096;

  /** Validates. */
  public VitPainConfig {
    Objects.requireNonNull(backbone, "backbone");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(options, "options");
    if (mode == BackboneMode.LORA ? loraRank < 1 : loraRank != 0) {
      throw new IllegalArgumentException("LoRA rank must be >= 1 in LORA mode and 0 in " + mode
          + " mode, got " + loraRank);
    }
    if (!(headDropout >= 0 && headDropout < 2)) {
      throw new IllegalArgumentException("head dropout factor must be in [0, 2), got "
          + headDropout);
    }
    if (imageSize < MIN_IMAGE_SIZE || imageSize > MAX_IMAGE_SIZE) {
      throw new IllegalArgumentException("image size must be " + MIN_IMAGE_SIZE + " to "
          + MAX_IMAGE_SIZE + " px, got " + imageSize);
    }
    input = input == null ? Modality.RGB : input;
    aux = aux == null ? AuxHeads.NONE : aux;
    if (input == Modality.HEATMAP && options.reference()) {
      throw new IllegalArgumentException("a heatmap model has no neutral reference branch"
          + " (its neutral counterpart is the zero map)");
    }
  }

  /**
   * Our RGB model (standard forward) without extra heads (every run before issue 14).
   *
   * @param backbone {@link BackboneSpec#text()}
   * @param arch timm architecture of a backbone file, or {@code null}
   * @param mode how the backbones train
   * @param options active parts
   * @param loraRank LoRA rank
   * @param loraAlpha LoRA alpha
   * @param loraDropout LoRA dropout
   * @param headDropout factor on the paper's head dropout rates
   * @param seed head and adapter init seed
   * @param imageSize input side in pixels
   */
  public VitPainConfig(String backbone, String arch, BackboneMode mode, HeadOptions options,
      int loraRank, double loraAlpha, double loraDropout, double headDropout, long seed,
      int imageSize) {
    this(backbone, arch, mode, options, loraRank, loraAlpha, loraDropout, headDropout, seed,
        imageSize, Modality.RGB, AuxHeads.NONE, false);
  }

  /**
   * The same model with other input and extra heads.
   *
   * @param newInput what the pain branch sees
   * @param newAux extra heads
   * @return the config
   */
  public VitPainConfig with(Modality newInput, AuxHeads newAux) {
    return new VitPainConfig(backbone, arch, mode, options, loraRank, loraAlpha, loraDropout,
        headDropout, seed, imageSize, newInput, newAux, authorsForward);
  }

  /**
   * The paper's model on a backbone: LoRA rank {@code r} (alpha {@code 2 r}, dropout 0.1), full
   * head dropout, seed 42, 224 px.
   *
   * @param backbone {@link BackboneSpec#text()}
   * @param arch timm architecture of a backbone file, or {@code null}
   * @param rank LoRA rank
   * @return the config
   */
  public static VitPainConfig paper(String backbone, String arch, int rank) {
    return new VitPainConfig(backbone, arch, BackboneMode.LORA, HeadOptions.full(), rank,
        2.0 * rank, 0.1, 1.0, 42, 224);
  }

  /** @return the backbone spec */
  public BackboneSpec spec() {
    return BackboneSpec.parse(backbone, arch);
  }

  /** @return whether the backbone is frozen without adapters (token cache mode) */
  public boolean frozen() {
    return mode == BackboneMode.FROZEN;
  }

  /** @return whether one backbone serves both branches (every mode but LoRA) */
  public boolean sharedBackbone() {
    return mode != BackboneMode.LORA;
  }

  /**
   * The adapters of one branch.
   *
   * @param branch the branch (pain: seed + 1000, neutral: seed + 2000)
   * @return the config, or {@code null} outside LoRA mode
   */
  public LoraConfig lora(Branch branch) {
    return mode == BackboneMode.LORA
        ? new LoraConfig(loraRank, loraAlpha, loraDropout, seed + 1000L * (branch.ordinal() + 1),
            authorsForward)
        : null;
  }

  /** @return the backbones' forward: the authors' loop for {@link #authorsForward()} */
  public ForwardMode forward() {
    return authorsForward ? ForwardMode.VITPAIN_REFERENCE : ForwardMode.STANDARD;
  }

  /**
   * A copy with other backbone weights and image size (an imported model converted to a run).
   *
   * @param newBackbone {@link BackboneSpec#text()}
   * @param newArch the architecture of a backbone file
   * @param newImageSize input side in pixels
   * @return the copy
   */
  public VitPainConfig withBackbone(String newBackbone, String newArch, int newImageSize) {
    return new VitPainConfig(newBackbone, newArch, mode, options, loraRank, loraAlpha,
        loraDropout, headDropout, seed, newImageSize, input, aux, authorsForward);
  }
}
