package org.pain3d.app;

import org.pain3d.pairs.Modality;
import org.pain3d.train.AttentionTarget;
import org.pain3d.train.DistillConfig;
import org.pain3d.train.FeatureLoss;
import org.pain3d.vitpain.AuxHeads;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.VitPainConfig;
import picocli.CommandLine.Option;

/**
 * {@code pain3d train}'s options for the heatmap teacher, distillation and the region head
 * (issue 14; docs/distillation.md).
 */
final class DistillOptions {
  @Option(names = "--modality", defaultValue = "rgb", paramLabel = "rgb|heatmap",
      description = "What the pain branch sees: rgb face images (default) or the dataset's raw"
          + " 16-bit pain-region heatmaps (the cross-modal teacher; no reference branch).")
  String modality;

  @Option(names = "--region-head",
      description = "Add the dense region head (pain-region map on the patch grid, trained on the"
          + " dataset's heatmaps; predict --explain draws it).")
  boolean regionHead;

  @Option(names = "--region-weight", defaultValue = "1", paramLabel = "W",
      description = "Weight of the region head's loss (default: ${DEFAULT-VALUE}).")
  double regionWeight;

  @Option(names = "--teacher", paramLabel = "RUN",
      description = "A heatmap teacher's run folder (train --modality heatmap) to distil from.")
  String teacher;

  @Option(names = "--distill-output", defaultValue = "0", paramLabel = "W",
      description = "Output distillation weight: the teacher's PSPI and binary probabilities as"
          + " soft targets (default: off).")
  double output;

  @Option(names = "--distill-feature", defaultValue = "0", paramLabel = "W",
      description = "Feature distillation weight: student tokens through a learned linear"
          + " projector to the teacher's (default: off).")
  double feature;

  @Option(names = "--feature-loss", defaultValue = "cosine", paramLabel = "cosine|mse",
      description = "Feature comparison (default: ${DEFAULT-VALUE}).")
  String featureLoss;

  @Option(names = "--distill-attention", defaultValue = "0", paramLabel = "W",
      description = "Attention distillation weight: KL of the AU queries' attention over the"
          + " patch grid to the target (default: off).")
  double attention;

  @Option(names = "--attention-target", defaultValue = "teacher", paramLabel = "teacher|heatmap",
      description = "Attention target: the teacher's attention or the dataset's heatmap pooled to"
          + " the grid (default: ${DEFAULT-VALUE}).")
  String attentionTarget;

  @Option(names = "--distill-warmup", defaultValue = "0", paramLabel = "EPOCHS",
      description = "Ramp the distillation weights up linearly over this many epochs.")
  int warmup;

  @Option(names = "--distill-gate",
      description = "Output and feature terms only where the teacher's PSPI is within 1 of the"
          + " truth.")
  boolean gate;

  /**
   * The model config with the modality and the region head.
   *
   * @param base the parsed model options
   * @return the config
   */
  VitPainConfig model(VitPainConfig base) {
    Modality input = EnumOption.parse(Modality.class, modality, "--modality");
    HeadOptions o = base.options();
    if (input == Modality.HEATMAP) {
      if (teacher != null) {
        throw new IllegalArgumentException("--teacher trains an rgb student; a heatmap teacher"
            + " has none");
      }
      o = new HeadOptions(false, o.auHead(), o.binaryHeads());
    }
    return new VitPainConfig(base.backbone(), base.arch(), base.mode(), o, base.loraRank(),
        base.loraAlpha(), base.loraDropout(), base.headDropout(), base.seed(), base.imageSize(),
        input, new AuxHeads(regionHead, 0), base.authorsForward());
  }

  /**
   * The distillation terms.
   *
   * @return the config, or {@code null} when nothing is on
   */
  DistillConfig distill() {
    DistillConfig d = new DistillConfig(teacher == null ? null
        : java.nio.file.Path.of(teacher).toAbsolutePath().normalize().toString(), output, feature,
        EnumOption.parse(FeatureLoss.class, featureLoss, "--feature-loss"), attention,
        EnumOption.parse(AttentionTarget.class, attentionTarget, "--attention-target"), warmup,
        gate, regionHead ? regionWeight : 0);
    if (teacher != null && output == 0 && feature == 0 && attention == 0) {
      throw new IllegalArgumentException("--teacher needs at least one of --distill-output,"
          + " --distill-feature, --distill-attention");
    }
    return d.any() ? d : null;
  }
}
