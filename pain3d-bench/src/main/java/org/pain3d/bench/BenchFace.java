package org.pain3d.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.face.FaceModelLocator;

/** Loads the face model named by {@code PAIN3D_FACE_MODEL} for the benchmarks. */
final class BenchFace {
  private BenchFace() {}

  static FaceModel load() throws IOException {
    String p = System.getenv(FaceModelLocator.MODEL_ENV);
    if (p == null || p.isBlank()) {
      throw new IllegalStateException("set " + FaceModelLocator.MODEL_ENV + " to the ICT-FaceKit model");
    }
    FaceModelLocator locator = new FaceModelLocator(System.getenv());
    return new FaceModelLoader(FaceModelLoader.Options.withCache(locator.cacheDirectory())).load(Path.of(p));
  }

  /** Positions of the mean identity posed with the given AU list (e.g. "AU4=3,AU7=2"). */
  static float[] posed(FaceModel model, String aus) {
    float[] w = new AuRig(model.expressionNames(), IntensityCurve.facs()).weights(AuIntensities.parse(aus));
    float[] out = new float[3 * model.vertexCount()];
    model.evaluate(new float[0], w, out);
    return out;
  }
}
