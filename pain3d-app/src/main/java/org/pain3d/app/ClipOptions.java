package org.pain3d.app;

import org.pain3d.clips.TemporalRunConfig;
import org.pain3d.vitpain.TemporalConfig;
import org.pain3d.vitpain.VitPainConfig;
import picocli.CommandLine.Option;

/** Options of the temporal model ({@code train} on a clip dataset). */
final class ClipOptions {
  @Option(names = "--temporal-layers", defaultValue = "2", paramLabel = "N",
      description = "Clip datasets: transformer layers over the frames (default: ${DEFAULT-VALUE};"
          + " 0 = the single-frame model, each frame on its own).")
  int layers;

  @Option(names = "--temporal-heads", defaultValue = "4", paramLabel = "N",
      description = "Clip datasets: attention heads per temporal layer; must divide the"
          + " backbone's width (default: ${DEFAULT-VALUE}).")
  int heads;

  @Option(names = "--causal",
      description = "Clip datasets: frame t sees only frames 0..t (for live monitoring).")
  boolean causal;

  @Option(names = "--no-positions",
      description = "Clip datasets: no frame-position embedding (a non-causal model then cannot"
          + " learn when in a clip episodes usually happen, only what the frames show).")
  boolean noPositions;

  @Option(names = "--frame-stride", defaultValue = "1", paramLabel = "S",
      description = "Clip datasets: use every S-th frame (default: ${DEFAULT-VALUE}).")
  int stride;

  @Option(names = "--clip-weight", defaultValue = "1", paramLabel = "W",
      description = "Clip datasets: weight of the clip-level pain loss (default: ${DEFAULT-VALUE}).")
  double clipWeight;

  /**
   * The temporal model on the backbone of the ViTPain options (the token width is filled in
   * from the backbone, the frame count from the data).
   *
   * @param model the ViTPain options (backbone, arch, image size, reference, seed)
   * @return the config
   */
  TemporalRunConfig config(ModelOptions model) throws java.io.IOException {
    if (model.trainBackbone) {
      throw new IllegalArgumentException("the temporal model trains on a frozen backbone's tokens;"
          + " --train-backbone does not apply to clip datasets");
    }
    if (!(clipWeight >= 0) || Double.isInfinite(clipWeight)) {
      throw new IllegalArgumentException("--clip-weight must be finite and >= 0, got "
          + clipWeight);
    }
    if (model.backbone == null) {
      throw new IllegalArgumentException("--backbone is required");
    }
    TemporalConfig t = new TemporalConfig(8 * Math.max(1, heads), layers, heads, 1, causal,
        !noPositions, !model.noReference, model.modelSeed);
    VitPainConfig backbone = model.config();
    return new TemporalRunConfig(backbone.backbone(), backbone.arch(), model.imageSize, stride,
        clipWeight, t);
  }
}
