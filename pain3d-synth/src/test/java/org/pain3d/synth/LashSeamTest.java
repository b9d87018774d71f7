package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.face.FaceModel;
import org.pain3d.render.HeadPose;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.View;
import org.pain3d.render.hair.HairModel;
import org.pain3d.synth.look.LookFeature;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.testing.RealFaceModel;

/**
 * The upper lashes of a closed lid grow from its seam ({@code render.hair.LashSeam}, look
 * feature {@code lash-seam}): at a full blink the lash fringe is lifted 1 mm along the face's up,
 * its top at or above the upper-lid landmarks' line; open eyes, whatever the other action units,
 * keep their exact positions and pixels; half-closed lids get part of the lift; the lift turns
 * with the head.
 */
@Tag("realmodel")
class LashSeamTest {
  private static final int IDENTITIES = 6;
  private static final int SIZE = 128;
  private static final int[][] UPPER_LIDS = {{37, 38}, {43, 44}};
  /** Lash vertices this close to a landmark across the face (x, cm) are measured against it. */
  private static final float NEAR_CM = 0.12f;
  private static final LookOptions OFF = LookOptions.full().without(EnumSet.of(LookFeature.LASH_SEAM));

  private static GeneratorConfig config() {
    return ClipConfig.look(IDENTITIES, SIZE, 1, 11, Balance.PAPER, SceneConfig.studio());
  }

  private static IdentityScene scene(FaceModel m) {
    return new IdentityScene(m, SIZE, 1, EnumSet.of(Pass.SHADED));
  }

  private static void identity(IdentityScene scene, IdentityPlan plan, LookOptions look) {
    scene.setIdentity(plan, look, Seeds.derive(config().seed(), "look", plan.id()));
  }

  @Test
  void aClosedLidsFringeRisesToTheLandmarkLine() {
    FaceModel m = RealFaceModel.get();
    IdentityScene on = scene(m);
    IdentityScene off = scene(m);
    float[] closed = FullBlinkTest.blink(m, 1f);
    List<Double> gapOn = new ArrayList<>();
    List<Double> gapOff = new ArrayList<>();
    for (IdentityPlan plan : DatasetPlan.create(config()).identities()) {
      identity(on, plan, LookOptions.full());
      identity(off, plan, OFF);
      for (IdentityScene s : new IdentityScene[] {on, off}) {
        s.setExpression(closed);
        s.renderExpression(s.camera(View.frontal()));
      }
      for (int[] lid : UPPER_LIDS) {
        for (int l : lid) {
          gapOn.add(fringeBelowLandmark(m, on, l));
          gapOff.add(fringeBelowLandmark(m, off, l));
        }
      }
    }
    double medianOn = median(gapOn);
    double medianOff = median(gapOff);
    System.out.printf("top of the lash fringe below the landmark, cm: seam %.3f (%.3f..%.3f), off %.3f (%.3f..%.3f)%n",
        medianOn, Collections.min(gapOn), Collections.max(gapOn), medianOff, Collections.min(gapOff),
        Collections.max(gapOff));
    assertThat(medianOff - medianOn).as("the lift, median over the landmarks").isBetween(0.09, 0.11);
    assertThat(Collections.max(gapOn)).as("every landmark: the fringe's top at or above it").isLessThanOrEqualTo(0.0);
  }

  @Test
  void openEyesKeepTheirPositionsAndPixels() {
    FaceModel m = RealFaceModel.get();
    IdentityScene on = scene(m);
    IdentityScene off = scene(m);
    float[] squint = new float[m.expressionCount()];
    for (String name : List.of("browDown_L", "browDown_R", "eyeSquint_L", "eyeSquint_R", "cheekSquint_L",
        "cheekSquint_R", "noseSneer_L", "noseSneer_R", "mouthUpperUp_L", "mouthUpperUp_R", "eyeWide_L")) {
      if (m.hasExpression(name)) {
        squint[m.expressionIndex(name)] = 0.9f;
      }
    }
    for (IdentityPlan plan : DatasetPlan.create(config()).identities()) {
      identity(on, plan, LookOptions.full());
      identity(off, plan, OFF);
      for (float[] w : new float[][] {new float[m.expressionCount()], squint}) {
        on.setExpression(w);
        off.setExpression(w);
        RenderTarget a = on.renderExpression(on.camera(View.yaw(30)));
        int[] shaded = a.shaded.clone();
        RenderTarget b = off.renderExpression(off.camera(View.yaw(30)));
        assertThat(on.hairModel().mesh().positions()).isEqualTo(off.hairModel().mesh().positions());
        assertThat(shaded).isEqualTo(b.shaded);
      }
    }
  }

  @Test
  void halfClosedLidsGetLessLiftThanClosedOnes() {
    FaceModel m = RealFaceModel.get();
    IdentityScene[] pair = withAndWithout(m, 1);
    IdentityScene on = pair[0];
    IdentityScene off = pair[1];
    double[] lift = new double[3];
    float[] ws = {0.3f, 0.7f, 1f};
    for (int k = 0; k < ws.length; k++) {
      float[][] p = posedLashes(m, on, off, FullBlinkTest.blink(m, ws[k]), HeadPose.rest());
      lift[k] = maxDistance(p[0], p[1]);
    }
    assertThat(lift[0]).isLessThan(lift[1]);
    assertThat(lift[1]).isLessThan(lift[2]);
    assertThat(lift[2]).isBetween(0.0995, 0.1005);
  }

  @Test
  void theLiftTurnsWithTheHead() {
    FaceModel m = RealFaceModel.get();
    IdentityScene[] pair = withAndWithout(m, 2);
    IdentityScene on = pair[0];
    IdentityScene off = pair[1];
    float[] closed = FullBlinkTest.blink(m, 1f);
    HeadPose rolled = new HeadPose(15, 10, 40);
    float[][] upright = posedLashes(m, on, off, closed, HeadPose.rest());
    float[][] turned = posedLashes(m, on, off, closed, rolled);
    double[] r = rolled.matrix();
    double worst = 0;
    double most = 0;
    for (int i = 0; i < upright[0].length; i += 3) {
      double[] d = new double[3];
      for (int c = 0; c < 3; c++) {
        d[c] = upright[0][i + c] - upright[1][i + c];
      }
      most = Math.max(most, Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]));
      double err = 0;
      for (int c = 0; c < 3; c++) {
        double want = r[3 * c] * d[0] + r[3 * c + 1] * d[1] + r[3 * c + 2] * d[2];
        double got = turned[0][i + c] - turned[1][i + c];
        err += (want - got) * (want - got);
      }
      worst = Math.max(worst, Math.sqrt(err));
    }
    assertThat(most).as("the upright lift").isGreaterThan(0.02);
    assertThat(worst).as("the turned head's lift against the upright lift turned, cm").isLessThan(0.002);
  }

  /** Lash positions with the seam and without, posed for an expression and head pose, shape [2][3n]. */
  private static float[][] posedLashes(FaceModel m, IdentityScene on, IdentityScene off, float[] weights, HeadPose pose) {
    float[][] out = new float[2][];
    IdentityScene[] s = {on, off};
    for (int k = 0; k < 2; k++) {
      s[k].setExpression(weights, pose);
      s[k].renderExpression(s[k].camera(View.frontal()));
      out[k] = s[k].hairModel().mesh().positions().clone();
    }
    return out;
  }

  private static double maxDistance(float[] a, float[] b) {
    double most = 0;
    for (int i = 0; i < a.length; i += 3) {
      double dx = a[i] - b[i];
      double dy = a[i + 1] - b[i + 1];
      double dz = a[i + 2] - b[i + 2];
      most = Math.max(most, Math.sqrt(dx * dx + dy * dy + dz * dz));
    }
    return most;
  }

  /**
   * How far the top of the lash fringe near a landmark (the highest lash vertex within {@link
   * #NEAR_CM} of it across the face) lies below it, cm (the head upright: y is up).
   */
  private static double fringeBelowLandmark(FaceModel m, IdentityScene s, int landmark) {
    float[] face = s.expressionPositions();
    int v = m.landmarks()[landmark];
    HairModel h = s.hairModel();
    RenderMesh mesh = h.mesh();
    float[] p = mesh.positions();
    float top = -Float.MAX_VALUE;
    for (int t = 0; t < mesh.triangleCount(); t++) {
      if (mesh.triangleGroups()[t] != HairModel.LASHES) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        int i = mesh.triangles()[3 * t + k];
        if (Math.abs(p[3 * i] - face[3 * v]) < NEAR_CM) {
          top = Math.max(top, p[3 * i + 1]);
        }
      }
    }
    return face[3 * v + 1] - top;
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  /** The plan's identity {@code index} on two scenes: with every look feature, and without the lash seam. */
  private static IdentityScene[] withAndWithout(FaceModel m, int index) {
    IdentityScene on = scene(m);
    IdentityScene off = scene(m);
    IdentityPlan plan = DatasetPlan.create(config()).identities().get(index);
    identity(on, plan, LookOptions.full());
    identity(off, plan, OFF);
    return new IdentityScene[] {on, off};
  }
}
