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

/**
 * A tiny generated 3DPain set (tiny face model, 64 px) for the end-to-end training and command
 * tests.
 * It lives here, in pain3d-app, because generating needs pain3d-synth and pain3d-learn may not
 * depend on it; the tiny model configs stay in pain3d-learn ({@link TinySynthetic}).
 */
public final class TinySyntheticData {
  private TinySyntheticData() {}

  /**
   * Generates {@code identities x 3 pain levels x 1 view} at 64 px.
   *
   * @param dir a temporary folder
   * @param identities how many identities
   * @return the dataset root
   */
  public static Path generate(Path dir, int identities) throws IOException {
    FaceModel tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(dir.resolve("model")));
    Path out = dir.resolve("synth");
    new DatasetGenerator(tiny).run(new GeneratorConfig(identities, 3, List.of(View.frontal()), 64, 1,
        11, ImageFormat.PNG, Balance.PAPER), new GenerationOptions(2, Shard.all(), false, false),
        out, GenerationProgress.NONE);
    return out;
  }
}
