package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.face.BlinkClosure;
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

  /**
   * Under a grimace's squeeze (cheekSquint and eyeSquint raising the lower lid, browDown lowering
   * the upper) a full blink stops short by half of the squeeze's narrowing of the lid gap, so the
   * lids no longer pass through each other by the whole narrowing (the pale lower-lid patches of
   * squeezed closed eyes). The reference is measured on the mesh: each pair's gap on the identity,
   * its narrowing by the squeeze shapes alone and its closure by the blink shape alone.
   */
  @Test
  void aSqueezedFullBlinkStopsShortByHalfTheSqueeze() {
    FaceModel m = RealFaceModel.get();
    MorphableFace face = m.newFace();
    SplittableRandom rnd = new SplittableRandom(44);
    int[] lm = m.landmarks();
    float[] squeeze = new float[m.expressionCount()];
    for (String name : LidCover.SQUEEZE) {
      squeeze[m.expressionIndex(name)] = name.startsWith("brow") ? 0.6f : 0.8f;
    }
    float[] both = blink(m, 1f);
    for (int j = 0; j < both.length; j++) {
      both[j] += squeeze[j];
    }
    float[] identity = new float[3 * m.vertexCount()];
    float[] squeezedOnly = new float[3 * m.vertexCount()];
    float[] blinkOnly = new float[3 * m.vertexCount()];
    int shorter = 0;
    for (int i = 0; i < IDENTITIES; i++) {
      float[] id = new IdentitySampler(m.identityCount(), 1.0).sample(rnd.nextLong());
      face.setIdentity(id);
      face.setExpression(both);
      float[] p = face.vertices();
      m.evaluateIdentity(id, identity);
      System.arraycopy(identity, 0, squeezedOnly, 0, identity.length);
      m.addExpressions(squeeze, squeezedOnly);
      System.arraycopy(identity, 0, blinkOnly, 0, identity.length);
      m.addExpressions(blink(m, 1f), blinkOnly);
      for (int eye = 0; eye < 2; eye++) {
        double[] gaps = new double[2];
        double[] narrowings = new double[2];
        double[] closures = new double[2];
        for (int pair = 0; pair < 2; pair++) {
          int up = lm[LID_PAIRS[2 * eye + pair][0]];
          int low = lm[LID_PAIRS[2 * eye + pair][1]];
          gaps[pair] = gap(identity, up, low);
          narrowings[pair] = gaps[pair] - gap(squeezedOnly, up, low);
          closures[pair] = gaps[pair] - gap(blinkOnly, up, low);
        }
        double k = scale(gaps, narrowings, closures, BlinkClosure.SQUEEZE_SHARE);
        double kOpen = scale(gaps, narrowings, closures, 0);
        double crossing = Double.POSITIVE_INFINITY;
        double fullCrossing = Double.POSITIVE_INFINITY;
        for (int pair = 0; pair < 2; pair++) {
          int up = lm[LID_PAIRS[2 * eye + pair][0]];
          int low = lm[LID_PAIRS[2 * eye + pair][1]];
          double expected = gaps[pair] - narrowings[pair] - k * closures[pair];
          assertThat(gap(p, up, low)).as("identity %d, eye %d, pair %d: lid gap under the squeezed blink", i, eye,
              pair).isCloseTo(expected, within(2e-4));
          crossing = Math.min(crossing, -gap(p, up, low));
          fullCrossing = Math.min(fullCrossing, -(gaps[pair] - narrowings[pair] - kOpen * closures[pair]));
        }
        // The widest pair's lids press past each other by less than with the open eye's scale.
        assertThat(crossing).as("identity %d, eye %d", i, eye).isLessThanOrEqualTo(fullCrossing + 1e-4);
        shorter += crossing < fullCrossing - 0.05 ? 1 : 0;
      }
    }
    assertThat(shorter).as("eyes whose lids cross 0.5 mm less than with the open eye's scale").isGreaterThan(
        IDENTITIES);
  }

  /**
   * The reference blink scale of one eye: {@code max over its pairs of (gap + overlap - share x
   * narrowing) / closure}, clamped to the closure's range.
   */
  private static double scale(double[] gaps, double[] narrowings, double[] closures, double share) {
    double k = 0;
    for (int pair = 0; pair < gaps.length; pair++) {
      k = Math.max(k, (gaps[pair] + BlinkClosure.OVERLAP_CM - share * narrowings[pair]) / closures[pair]);
    }
    return Math.max(BlinkClosure.MIN_SCALE, Math.min(BlinkClosure.MAX_SCALE, k));
  }

  private static double gap(float[] p, int upper, int lower) {
    return p[3 * upper + 1] - p[3 * lower + 1];
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
