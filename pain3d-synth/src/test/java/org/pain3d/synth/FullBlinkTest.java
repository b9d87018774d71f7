package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.face.FaceModel;
import org.pain3d.face.LidCover;
import org.pain3d.face.MorphableFace;
import org.pain3d.render.Camera;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.View;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.testing.RealFaceModel;

/**
 * A full blink (AU43 = 1: both eyeBlink shapes at 1) closes every sampled identity's eyes, also
 * with a grimace's squeeze pressing the lids (no iris through the lid), and blinks up to half
 * closure are the shapes as authored (real model; skipped without it). See
 * {@link org.pain3d.face.BlinkClosure} and docs/faces.md, "The full-blink fix".
 */
@Tag("realmodel")
class FullBlinkTest {
  private static final int IDENTITIES = 30;
  private static final int SIZE = 256;
  /** Largest lid gap left at the widest lid landmark pair of an eye at a full blink, cm. */
  private static final double MAX_GAP_CM = 0.02;
  /** Largest press of the widest pair's lids past each other at a full blink, cm. */
  private static final double MAX_OVERLAP_CM = 0.05;
  /** The lid landmark pairs (Multi-PIE numbers, upper then lower) of both eyes. */
  private static final int[][] LID_PAIRS = {{37, 41}, {38, 40}, {43, 47}, {44, 46}};

  @Test
  void aFullBlinkClosesEveryIdentitysLids() {
    FaceModel m = RealFaceModel.get();
    GeneratorConfig look = ClipConfig.look(IDENTITIES, SIZE, 1, 7, Balance.PAPER, SceneConfig.studio());
    IdentityScene scene = new IdentityScene(m, SIZE, 1, EnumSet.of(Pass.MASK));
    float[] open = new float[m.expressionCount()];
    float[] closed = blink(m, 1f);
    float[] squeezed = closed.clone();
    for (String name : LidCover.SQUEEZE) {
      squeezed[m.expressionIndex(name)] = 1f;
    }
    int[] lm = m.landmarks();
    int identities = 0;
    for (IdentityPlan plan : DatasetPlan.create(look).identities()) {
      scene.setIdentity(plan, look.look(), Seeds.derive(look.seed(), "look", plan.id()));
      Camera camera = scene.camera(View.frontal());
      scene.setExpression(open);
      int eyesOpen = eyePixels(scene.renderExpression(camera));
      scene.setExpression(closed);
      float[] p = scene.expressionPositions();
      for (int eye = 0; eye < 2; eye++) {
        double widest = Double.NEGATIVE_INFINITY;
        for (int[] pair : new int[][] {LID_PAIRS[2 * eye], LID_PAIRS[2 * eye + 1]}) {
          widest = Math.max(widest, p[3 * lm[pair[0]] + 1] - p[3 * lm[pair[1]] + 1]);
        }
        // The most open landmark pair closes (its lids meet, pressed 0.03 cm past each other);
        // the other one may press further.
        assertThat(widest).as("identity %d, eye %d: widest lid landmark gap at a full blink, cm", plan.id(), eye)
            .isBetween(-MAX_OVERLAP_CM, MAX_GAP_CM);
      }
      int eyesClosed = eyePixels(scene.renderExpression(camera));
      scene.setExpression(squeezed);
      int eyesSqueezed = eyePixels(scene.renderExpression(camera));
      assertThat(eyesOpen).as("identity %d, open eyeball pixels", plan.id()).isGreaterThan(100);
      assertThat(eyesClosed).as("identity %d, eyeball pixels at a full blink (open: %d)", plan.id(), eyesOpen)
          .isLessThanOrEqualTo(eyesOpen / 100);
      assertThat(eyesSqueezed).as("identity %d, eyeball pixels at a squeezed full blink (open: %d)", plan.id(),
          eyesOpen).isLessThanOrEqualTo(eyesOpen / 100);
      identities++;
    }
    assertThat(identities).isEqualTo(IDENTITIES);
  }

  @Test
  void blinksUpToHalfClosureAreTheAuthoredShapes() {
    FaceModel m = RealFaceModel.get();
    MorphableFace face = m.newFace();
    SplittableRandom rnd = new SplittableRandom(43);
    float[] expected = new float[3 * m.vertexCount()];
    for (int i = 0; i < IDENTITIES; i++) {
      float[] id = new IdentitySampler(m.identityCount(), 1.0).sample(rnd.nextLong());
      face.setIdentity(id);
      for (float b : new float[] {0.1f, 0.18f, 0.35f, 0.5f}) {
        float[] w = new float[m.expressionCount()];
        for (int j = 0; j < w.length; j++) {
          w[j] = rnd.nextInt(4) == 0 ? (float) rnd.nextDouble(0, 1) : 0f;
        }
        w[m.expressionIndex("eyeBlink_L")] = b;
        w[m.expressionIndex("eyeBlink_R")] = b;
        face.setExpression(w);
        m.evaluateIdentity(id, expected);
        m.addExpressions(w, expected);
        assertThat(Arrays.equals(face.vertices(), expected)).as("identity %d, eyeBlink %.2f", i, b).isTrue();
      }
    }
  }

  /** Expression weights with both eyeBlink shapes at w, the rest 0 (AU43 = 1 is w = 1). */
  static float[] blink(FaceModel m, float w) {
    float[] weights = new float[m.expressionCount()];
    weights[m.expressionIndex("eyeBlink_L")] = w;
    weights[m.expressionIndex("eyeBlink_R")] = w;
    return weights;
  }

  /** Pixels of the mask showing an eyeball (sclera or iris). */
  private static int eyePixels(RenderTarget t) {
    List<String> groups = RealFaceModel.get().topology().materials();
    int n = 0;
    for (byte code : t.mask) {
      if (code > 0 && code - 1 < groups.size()) {
        MaterialKind k = MaterialKind.ofGroup(groups.get(code - 1));
        n += k == MaterialKind.SCLERA || k == MaterialKind.IRIS ? 1 : 0;
      }
    }
    return n;
  }
}
