package org.pain3d.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.pain3d.face.FaceModel;
import picocli.CommandLine.Option;

/**
 * Where a generation reads its face model and writes its dataset: {@code --face-model} and
 * {@code --out}, shared by {@code generate} and {@code video} as a picocli mixin.
 */
final class GenerationTarget {
  @Option(names = "--face-model", paramLabel = "PATH",
      description = "ICT-FaceKit directory or archive; default: $PAIN3D_FACE_MODEL, else the downloaded upstream archive.")
  Path faceModel;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (new, empty, or this dataset's).")
  Path out;

  /**
   * Refuses an output folder inside (or holding) the face model, then loads the model.
   *
   * @param err where download progress goes
   * @return the face model
   * @throws IOException when the model cannot be read
   */
  FaceModel loadModel(PrintWriter err) throws IOException {
    OutputChecks.notInside("--out", out, "--face-model", faceModel);
    return ModelLoading.load(faceModel, err);
  }

  /**
   * @param finalized whether this run wrote the dataset-level files
   * @return the end of a run's summary line
   */
  String completion(boolean finalized) {
    return finalized ? "; dataset complete: " + out : "; waiting for the other shards to finish";
  }
}
