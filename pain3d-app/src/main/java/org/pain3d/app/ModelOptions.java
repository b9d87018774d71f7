package org.pain3d.app;

import org.pain3d.vitpain.BackboneSpec;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.VitPainConfig;
import picocli.CommandLine.Option;

/** ViTPain model options shared by {@code train} and {@code cv}. */
final class ModelOptions {
  @Option(names = "--backbone", paramLabel = "DIR|FILE|random:ARCH[:SEED]",
      description = "Backbone weights: a Hugging Face directory, a timm .safetensors file (with"
          + " --arch), or random:ARCH[:SEED] for a random-init backbone of a timm architecture"
          + " (e.g. random:vit_small_patch16_dinov3:0; random:" + BackboneSpec.TINY
          + " is a tiny test net). Random-init runs are labelled as such.")
  String backbone;

  @Option(names = "--arch", paramLabel = "NAME",
      description = "timm architecture of a .safetensors backbone file.")
  String arch;

  @Option(names = "--lora-rank", defaultValue = "8", paramLabel = "R",
      description = "LoRA rank on qkv / proj (default: ${DEFAULT-VALUE}; alpha = 2 R, dropout 0.1).")
  int loraRank;

  @Option(names = "--frozen",
      description = "Frozen backbones without LoRA: tokens are computed once and cached, only the"
          + " heads train (fast on a CPU; no image augmentation).")
  boolean frozen;

  @Option(names = "--image-size", defaultValue = "224", paramLabel = "PX",
      description = "Network input side (default: ${DEFAULT-VALUE}).")
  int imageSize;

  @Option(names = "--no-reference", description = "Ablation: no neutral reference branch.")
  boolean noReference;

  @Option(names = "--no-au-head", description = "Ablation: no AU head.")
  boolean noAuHead;

  @Option(names = "--no-binary-heads", description = "Ablation: no PSPI threshold heads.")
  boolean noBinary;

  @Option(names = "--model-seed", defaultValue = "42", paramLabel = "N",
      description = "Seed of the head and adapter init (default: ${DEFAULT-VALUE}).")
  long modelSeed;

  VitPainConfig config() {
    if (backbone == null) {
      throw new IllegalArgumentException("--backbone is required");
    }
    int rank = frozen ? 0 : loraRank;
    BackboneSpec spec = BackboneSpec.parse(backbone, arch);
    return new VitPainConfig(spec.text(), arch, new HeadOptions(!noReference, !noAuHead, !noBinary),
        rank, 2.0 * Math.max(rank, 1), 0.1, modelSeed, imageSize);
  }
}
