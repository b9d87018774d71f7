package org.pain3d.render;

import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.face.FaceModel;
import org.pain3d.testing.RealFaceModel;

/**
 * The ICT-FaceKit model for the render tests, through the shared {@link RealFaceModel}
 * (from {@code PAIN3D_FACE_MODEL}; the calling test is skipped when it is not set), posed
 * with the AU rig.
 */
final class TestFaceModel {
  private TestFaceModel() {}

  /** The model; skips the calling test when PAIN3D_FACE_MODEL is unavailable. */
  static FaceModel model() {
    return RealFaceModel.get();
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
