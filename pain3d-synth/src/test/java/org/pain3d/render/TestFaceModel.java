package org.pain3d.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;

/**
 * The ICT-FaceKit model for the render tests, read once per test JVM from
 * {@code PAIN3D_FACE_MODEL} (a FaceXModel directory or an archive) with the face package's
 * loader; the parsed model is cached under {@code target/}.
 */
final class TestFaceModel {
  static final String ENV = "PAIN3D_FACE_MODEL";
  private static FaceModel model;

  private TestFaceModel() {}

  static boolean available() {
    String p = System.getenv(ENV);
    return p != null && !p.isBlank() && Files.exists(Path.of(p));
  }

  static synchronized FaceModel model() {
    if (model == null) {
      try {
        model = new FaceModelLoader(new FaceModelLoader.Options(Path.of("target", "face-model-cache"), 2))
            .load(Path.of(System.getenv(ENV)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return model;
  }

  /** The mean identity's neutral mesh, with its own positions array. */
  static RenderMesh neutral() {
    return RenderMesh.fromTopology(model().topology(), model().neutral());
  }

  /** Positions of the mean identity with the given AUs through the AU rig. */
  static float[] withAus(String aus) {
    FaceModel m = model();
    float[] w = new AuRig(m.expressionNames(), IntensityCurve.facs()).weights(AuIntensities.parse(aus));
    float[] out = new float[3 * m.vertexCount()];
    m.evaluate(new float[0], w, out);
    return out;
  }
}
