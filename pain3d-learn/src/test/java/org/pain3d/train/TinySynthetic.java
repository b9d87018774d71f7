package org.pain3d.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.View;
import org.pain3d.synth.Balance;
import org.pain3d.synth.DatasetGenerator;
import org.pain3d.synth.GenerationOptions;
import org.pain3d.synth.GenerationProgress;
import org.pain3d.synth.GeneratorConfig;
import org.pain3d.synth.ImageFormat;
import org.pain3d.synth.Shard;
import org.pain3d.testing.TinyFaceModel;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.BackboneSpec;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.VitPainConfig;

/** A tiny generated 3DPain set (tiny face model, 64 px) and tiny ViTPain configs for tests. */
final class TinySynthetic {
  /** Network input side of the tests. */
  static final int SIZE = 32;

  private TinySynthetic() {}

  /**
   * Generates {@code identities x 3 pain levels x 1 view} at 64 px.
   *
   * @param dir a temporary folder
   * @param identities how many identities
   * @return the dataset root
   */
  static Path generate(Path dir, int identities) throws IOException {
    FaceModel tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(dir.resolve("model")));
    Path out = dir.resolve("synth");
    new DatasetGenerator(tiny).run(new GeneratorConfig(identities, 3, List.of(View.frontal()), 64, 1,
        11, ImageFormat.PNG, Balance.PAPER), new GenerationOptions(2, Shard.all(), false, false),
        out, GenerationProgress.NONE);
    return out;
  }

  /**
   * A tiny random-backbone model config (paper head dropout).
   *
   * @param mode LORA (rank 2), FROZEN or TRAINED
   * @return the config
   */
  static VitPainConfig config(BackboneMode mode) {
    int rank = mode == BackboneMode.LORA ? 2 : 0;
    return new VitPainConfig("random:" + BackboneSpec.TINY + ":5", null, mode, HeadOptions.full(),
        rank, 2.0 * Math.max(1, rank), 0.0, 1.0, 3, SIZE);
  }

  /**
   * Small training settings.
   *
   * @param epochs epochs
   * @return lr 3e-3, batch 4
   */
  static TrainConfig train(int epochs) {
    return new TrainConfig(epochs, 4, 3e-3, 1.0, 0.1, 0.01, 1.0, 1.0, 2.0, 0, PairAugmentation.PER_IMAGE, 42);
  }
}
