package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.testing.TinyFaceModel;
import org.pain3d.render.View;
import org.pain3d.synth.Balance;
import org.pain3d.synth.DatasetGenerator;
import org.pain3d.synth.GenerationOptions;
import org.pain3d.synth.GenerationProgress;
import org.pain3d.synth.GeneratorConfig;
import org.pain3d.synth.ImageFormat;
import org.pain3d.synth.Shard;

/**
 * Test fixture: an image run whose backbone ({@code random:tiny_patch16_dinov3:3}, 32 px) was
 * trained from scratch for one epoch ({@code train --train-backbone}) on a tiny generated
 * dataset (6 identities, 3 pain levels, frontal, 64 px), for the tests of
 * {@code --backbone RUN_DIR}.
 */
final class ScratchBackboneRun {
  private ScratchBackboneRun() {}

  /**
   * Generates the images under {@code tmp/images} and trains the run into {@code tmp/scratch}.
   *
   * @param tmp a fresh folder
   * @param more further {@code train} arguments (e.g. {@code --lr})
   * @return the run folder
   * @throws IOException when the tiny face model cannot be written
   */
  static Path train(Path tmp, String... more) throws IOException {
    FaceModel tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(tmp.resolve("image-model")));
    Path images = tmp.resolve("images");
    new DatasetGenerator(tiny).run(new GeneratorConfig(6, 3, List.of(View.frontal()), 64, 1, 11,
        ImageFormat.PNG, Balance.PAPER), new GenerationOptions(2, Shard.all(), false, false),
        images, GenerationProgress.NONE);
    Path scratch = tmp.resolve("scratch");
    List<String> args = new java.util.ArrayList<>(List.of("train", "--data", images.toString(),
        "--out", scratch.toString(), "--backbone", "random:tiny_patch16_dinov3:3",
        "--image-size", "32", "--epochs", "1", "--batch", "4", "--train-backbone",
        "--head-dropout", "0"));
    args.addAll(List.of(more));
    CliRun s = CliRun.of(args.toArray(String[]::new));
    assertThat(s.exitCode()).as(s.err()).isZero();
    return scratch;
  }
}
