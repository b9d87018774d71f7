package org.pain3d.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.BackboneSpec;
import org.pain3d.vitpain.VitPainConfig;

/**
 * The backbone of a run trained with {@code --train-backbone}, to be used frozen by another
 * model ({@code --backbone RUN_DIR}): its best epoch's {@code best-backbone.safetensors}
 * ({@link org.pain3d.vit.BaseWeights}: canonical names), the architecture its {@code model.json}
 * records, and the input size it was trained at. {@link #open} verifies the weights against the
 * checksums the run's {@code state.json} commits, as {@code predict} does.
 *
 * @param run the run folder
 * @param weights its {@code best-backbone.safetensors}
 * @param arch the architecture ({@code random:ARCH}'s name or the run's {@code --arch})
 * @param imageSize the input side the backbone was trained at, pixels
 */
public record TrainedBackbone(Path run, Path weights, String arch, int imageSize) {
  /** The best epoch's backbone file in a run folder. */
  public static final String FILE = RunFiles.BEST + "backbone.safetensors";

  /**
   * Whether a path names a pain3d run folder (a folder with {@code model.json}) rather than a
   * backbone checkpoint.
   *
   * @param path a {@code --backbone} value
   * @return whether it is a run folder
   */
  public static boolean isRun(Path path) {
    return Files.isDirectory(path) && Files.isRegularFile(path.resolve(RunFiles.MODEL));
  }

  /**
   * Reads a run's backbone: its config, then its best weights verified against {@code
   * state.json}.
   *
   * @param run the run folder
   * @return the backbone
   * @throws RunFormatException when the run did not train its backbone, records no architecture,
   *     or its weights are not the committed ones
   * @throws NoSuchFileException when the weights are missing
   * @throws IOException when a file cannot be read
   */
  public static TrainedBackbone open(Path run) throws IOException {
    VitPainConfig c = RunFiles.modelConfig(run);
    Path model = run.resolve(RunFiles.MODEL);
    if (c.mode() != BackboneMode.TRAINED) {
      throw new RunFormatException(model, "is a run with a " + c.mode().toString()
          .toLowerCase(java.util.Locale.ROOT) + " backbone; --backbone RUN_DIR needs a run"
          + " trained with --train-backbone", null);
    }
    String arch = c.spec() instanceof BackboneSpec.RandomInit r ? r.arch() : c.arch();
    if (arch == null) {
      throw new RunFormatException(model, "records no architecture for its backbone (it started"
          + " from a Hugging Face folder); give " + FILE + " with --arch", null);
    }
    Checkpoints.verify(run, RunFiles.BEST);
    Path w = run.resolve(FILE);
    if (!Files.isRegularFile(w)) {
      throw new NoSuchFileException(w.toString());
    }
    return new TrainedBackbone(run.toAbsolutePath().normalize(), w.toAbsolutePath().normalize(),
        arch, c.imageSize());
  }

  /**
   * Checks what a command asks of this backbone.
   *
   * @param wantedArch the {@code --arch} given, or {@code null}
   * @param wantedSize the {@code --image-size} given
   * @throws RunFormatException when either differs from the run's
   */
  public void requireFits(String wantedArch, int wantedSize) {
    if (wantedArch != null && !wantedArch.equals(arch)) {
      throw new RunFormatException(run, "its backbone is " + arch + ", not --arch " + wantedArch,
          null);
    }
    if (wantedSize != imageSize) {
      throw new RunFormatException(run, "its backbone was trained at " + imageSize
          + " px; use --image-size " + imageSize + " (got " + wantedSize + ")", null);
    }
  }

  /** @return the frozen-backbone spec: the weights file with the run's architecture */
  public BackboneSpec.Pretrained spec() {
    return new BackboneSpec.Pretrained(weights, arch);
  }
}
