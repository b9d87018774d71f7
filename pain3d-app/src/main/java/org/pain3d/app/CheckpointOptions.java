package org.pain3d.app;

import java.nio.file.Path;
import org.pain3d.vitpain.AuthorsCheckpoint;
import picocli.CommandLine.Option;

/**
 * Options for reading the ViTPain authors' checkpoint ({@code predict --model FILE.ckpt},
 * {@code import-checkpoint}).
 */
final class CheckpointOptions {
  @Option(names = "--backbone", paramLabel = "FILE",
      description = "For a checkpoint that holds only the LoRA adapters: the timm DINOv3"
          + " .safetensors they were trained on (vit_large_patch16_dinov3 for the published"
          + " model).")
  Path backbone;

  @Option(names = "--arch", paramLabel = "NAME",
      description = "The backbone's timm architecture when the checkpoint's"
          + " hyper_parameters.model_name does not name it.")
  String arch;

  @Option(names = "--image-size", defaultValue = "224", paramLabel = "PX",
      description = "Network input side (default: ${DEFAULT-VALUE}, as the authors).")
  int imageSize;

  AuthorsCheckpoint.ImportOptions options() {
    return new AuthorsCheckpoint.ImportOptions(backbone, arch, imageSize);
  }
}
