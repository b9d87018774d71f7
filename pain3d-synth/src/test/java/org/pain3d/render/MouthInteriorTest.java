package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.au.PainSampler;
import org.pain3d.face.FaceModel;
import org.pain3d.face.MorphableFace;

/**
 * The face renderer's two-pass rasterisation (teeth, gums and tongue only when the mouth
 * socket shows around the lips) gives the same visibility buffer as one pass over every
 * triangle, for open and closed mouths and several views.
 */
class MouthInteriorTest {
  @Test
  void skippingTheHiddenMouthInteriorChangesNothing() {
    FaceModel m = TestFaceModel.model();
    MorphableFace f = m.newFace();
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    FaceRenderer renderer = new FaceRenderer();
    Rasterizer plain = new Rasterizer();
    SplittableRandom rnd = new SplittableRandom(8);
    int close = m.expressionIndex("mouthClose");
    for (int i = 0; i < 8; i++) {
      float[] w = new float[m.identityCount()];
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) rnd.nextGaussian();
      }
      f.setIdentity(w);
      float[] neutral = f.identityVertices().clone();
      float[] ew = i % 2 == 0 ? new float[m.expressionCount()] : rig.weights(PainSampler.sample(1 + 2 * i, rnd));
      ew[close] = Math.min(1, ew[close] + 0.15f);
      f.setExpression(ew);
      RenderMesh mesh = RenderMesh.fromTopology(m.topology(), f.vertices().clone());
      for (View v : List.of(View.frontal(), View.yaw(30), View.parse("-40:15"))) {
        Camera cam = Framing.defaults().camera(neutral, m.landmarks(), v, 192, 192);
        RenderTarget t = new RenderTarget(192, 192, 1, EnumSet.of(Pass.DEPTH));
        renderer.render(mesh, cam, null, null, t);
        FrameBuffer fb = new FrameBuffer(192, 192);
        plain.rasterize(mesh, cam, FaceRenderer.faceOptions(mesh), fb);
        assertThat(t.frame.triangle).as("identity %d view %s", i, v).isEqualTo(fb.triangle);
        assertThat(t.frame.invDepth).isEqualTo(fb.invDepth);
      }
    }
  }
}
