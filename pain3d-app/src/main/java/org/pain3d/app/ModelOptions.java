package org.pain3d.app;

import java.io.IOException;
import java.nio.file.Path;
import org.pain3d.train.TrainedBackbone;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.BackboneSpec;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.VitPainConfig;
import picocli.CommandLine.Option;

/** ViTPain model options shared by {@code train} and {@code cv}. */
final class ModelOptions {
  @Option(names = "--backbone", paramLabel = "DIR|FILE|RUN|random:ARCH[:SEED]",
      description = "Backbone weights: a Hugging Face directory, a timm .safetensors file (with"
          + " --arch), a pain3d run folder trained with --train-backbone (its verified best"
          + " backbone, at the run's --image-size), or random:ARCH[:SEED] for a random-init"
          + " backbone of a timm architecture"
          + " (e.g. random:vit_small_patch16_dinov3:0) or of a small DINOv3-style net to train"
          + " from scratch (random:dinov3_patch8_dim64_depth4_heads2; random:" + BackboneSpec.TINY
          + " is a dim-32 depth-2 test net). Random-init runs are labelled as such.")
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

  @Option(names = "--train-backbone",
      description = "Train every backbone weight (one shared backbone for both branches, at the"
          + " head learning rate, saved with the run) instead of LoRA: for random-init backbones"
          + " trained from scratch.")
  boolean trainBackbone;

  @Option(names = "--head-dropout", defaultValue = "1", paramLabel = "F",
      description = "Factor on the paper's head dropout rates (0.5/0.5/0.3/0.3 in the PSPI MLP,"
          + " 0.3 in the binary and AU heads); 1 = paper (default), 0 = none (small random-init"
          + " backbones learn only with little head dropout).")
  double headDropout;

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

  /**
   * The model config; a {@code --backbone} run folder is resolved to its verified best backbone
   * file and its architecture ({@link TrainedBackbone}).
   *
   * @return the config
   * @throws IOException when a run folder's files cannot be read
   * @throws org.pain3d.train.RunFormatException when the run does not fit (see {@link
   *     TrainedBackbone#open}, {@link TrainedBackbone#requireFits})
   */
  VitPainConfig config() throws IOException {
    if (backbone == null) {
      throw new IllegalArgumentException("--backbone is required");
    }
    if (frozen && trainBackbone) {
      throw new IllegalArgumentException("--frozen and --train-backbone exclude each other");
    }
    if (loraRank < 1) {
      throw new IllegalArgumentException("--lora-rank must be >= 1, got " + loraRank);
    }
    BackboneMode mode = frozen ? BackboneMode.FROZEN
        : trainBackbone ? BackboneMode.TRAINED : BackboneMode.LORA;
    int rank = mode == BackboneMode.LORA ? loraRank : 0;
    BackboneSpec spec;
    String specArch = arch;
    if (TrainedBackbone.isRun(Path.of(backbone))) {
      TrainedBackbone run = TrainedBackbone.open(Path.of(backbone));
      run.requireFits(arch, imageSize);
      spec = run.spec();
      specArch = run.arch();
    } else {
      spec = BackboneSpec.parse(backbone, arch);
    }
    return new VitPainConfig(spec.text(), specArch, mode,
        new HeadOptions(!noReference, !noAuHead, !noBinary), rank, 2.0 * Math.max(rank, 1), 0.1,
        headDropout, modelSeed, imageSize);
  }

  /**
   * Refuses an output that is also the backbone (a file or folder; not {@code random:}).
   *
   * @param outOption the output's option
   * @param out the output path
   * @throws IllegalArgumentException when they overlap
   */
  void refuseAsOutput(String outOption, java.nio.file.Path out) {
    if (backbone != null && !backbone.startsWith("random:")) {
      OutputChecks.notInside(outOption, out, "--backbone", java.nio.file.Path.of(backbone));
    }
  }
}
