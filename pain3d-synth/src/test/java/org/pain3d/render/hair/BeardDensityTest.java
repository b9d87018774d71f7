package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pain3d.face.FaceModel;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.FaceRegions;
import org.pain3d.render.look.FaceFrame;
import org.pain3d.testing.RealFaceModel;

/**
 * The beard's density on the real model's mean head: it rises smoothly across the cheek line
 * (no step anywhere, a graded band at least twice as wide as the old painted edge's) and the neck line, is full over
 * the jaw, empty on the upper cheek and the ear, and the same for the same seed.
 */
class BeardDensityTest {
  private static float[] meanHead() {
    FaceModel m = RealFaceModel.get();
    float[] pos = new float[3 * m.vertexCount()];
    m.evaluateIdentity(new float[m.identityCount()], pos);
    return pos;
  }

  private static BeardDensity density(float[] pos, long seed) {
    return new BeardDensity(new FaceFrame(pos, FaceLandmarks.ict68()), new FaceRegions(pos, FaceLandmarks.ict68()), seed);
  }

  @Test
  void risesSmoothlyAcrossTheCheekLineAndTheNeckLine() {
    float[] pos = meanHead();
    FaceFrame f = new FaceFrame(pos, FaceLandmarks.ict68());
    BeardDensity d = density(pos, 5);
    for (int side : new int[] {-1, 1}) {
      // A vertical walk down the cheek halfway between the mouth corner and the jaw contour,
      // from the eyes to well under the chin, 1 mm steps.
      int corner = side < 0 ? 48 : 54;
      int jaw = side < 0 ? 4 : 12;
      float x = 0.5f * (f.x(corner) + f.x(jaw));
      float z = f.z(corner);
      float top = f.y(36);
      float bottom = f.y(8) - 5;
      float prev = d.beard(x, top, z);
      assertThat(prev).as("upper cheek is bare").isZero();
      float max = 0;
      float firstAbove10 = Float.NaN;
      float firstAbove90 = Float.NaN;
      float maxStep = 0;
      for (float y = top; y >= bottom; y -= 0.1f) {
        float v = d.beard(x, y, z);
        maxStep = Math.max(maxStep, Math.abs(v - prev));
        prev = v;
        max = Math.max(max, v);
        if (Float.isNaN(firstAbove10) && v > 0.1f) {
          firstAbove10 = y;
        }
        if (Float.isNaN(firstAbove90) && v > 0.9f) {
          firstAbove90 = y;
        }
      }
      assertThat(max).as("full over the jaw").isGreaterThan(0.95f);
      assertThat(prev).as("bare well under the chin").isZero();
      // The old painted area's 0.5 cm edge changed by up to 0.3 per mm.
      assertThat(maxStep).as("largest change per mm (no hard edge)").isLessThan(0.15f);
      // 10 % to 90 %: the old painted area's edge took 0.3 cm.
      assertThat(firstAbove10 - firstAbove90).as("width of the graded cheek edge, cm").isGreaterThan(0.6f);
    }
  }

  @Test
  void theEarAndTheLipsAreBareAndTheSeedRepeats() {
    float[] pos = meanHead();
    FaceFrame f = new FaceFrame(pos, FaceLandmarks.ict68());
    BeardDensity a = density(pos, 5);
    BeardDensity b = density(pos, 5);
    BeardDensity c = density(pos, 6);
    // Past the ear's landmark, at ear height.
    assertThat(a.beard(f.x(0) - 1.5f, f.y(0) - 1, f.z(0) - 1)).isZero();
    // The lower lip's middle.
    int lip = 57;
    assertThat(a.of(FacialHairStyle.FULL_BEARD, f.x(lip), f.y(lip) + 0.3f, f.z(lip))).isLessThan(0.05f);
    boolean differs = false;
    for (float y = f.y(48) + 2; y > f.y(8) - 3; y -= 0.2f) {
      for (float x = f.x(4); x < f.x(12); x += 0.5f) {
        float z = f.z(48);
        assertThat(b.beard(x, y, z)).isEqualTo(a.beard(x, y, z));
        differs |= c.beard(x, y, z) != a.beard(x, y, z);
      }
    }
    assertThat(differs).as("another seed moves the line").isTrue();
  }

  @Test
  void stylesGrowWhereTheyShould() {
    float[] pos = meanHead();
    FaceFrame f = new FaceFrame(pos, FaceLandmarks.ict68());
    BeardDensity d = density(pos, 1);
    // Over the jaw below the cheek: a beard, not a moustache or a goatee.
    float x = 0.6f * f.x(5) + 0.4f * f.x(48);
    float y = f.y(5);
    float z = f.z(5) + 0.5f;
    assertThat(d.of(FacialHairStyle.FULL_BEARD, x, y, z)).isGreaterThan(0.5f);
    assertThat(d.of(FacialHairStyle.MOUSTACHE, x, y, z)).isZero();
    assertThat(d.of(FacialHairStyle.GOATEE, x, y, z)).isZero();
    assertThat(d.of(FacialHairStyle.NONE, x, y, z)).isZero();
  }

  @Test
  void theMoustacheEndsAtTheMouthCornersAndNotBelowThem() {
    float[] pos = meanHead();
    FaceFrame f = new FaceFrame(pos, FaceLandmarks.ict68());
    BeardDensity d = density(pos, 1);
    float corner = 0.5f * (f.x(54) - f.x(48));
    float cornerY = 0.5f * (f.y(48) + f.y(54));
    float z = f.z(51);
    // Under the nose, above the upper lip's middle: full.
    float mid = 0.5f * (f.y(33) + f.y(51));
    assertThat(d.of(FacialHairStyle.MOUSTACHE, 0, mid, z)).isGreaterThan(0.9f);
    for (float x = -corner - 1; x <= corner + 1; x += 0.05f) {
      // Below the corners' height (the old box drooped 0.45 cm under them, a horseshoe that
      // framed the mouth like turned-down corners).
      for (float y = cornerY - 0.02f; y > cornerY - 1.2f; y -= 0.05f) {
        assertThat(d.of(FacialHairStyle.MOUSTACHE, x, y, z)).as("below the corners at x %s y %s", x, y).isZero();
      }
      // Past the ends (0.1 cm beyond the corners), at every height up to the nose.
      if (Math.abs(x) > corner + 0.12f) {
        for (float y = cornerY; y < f.y(33); y += 0.05f) {
          assertThat(d.of(FacialHairStyle.MOUSTACHE, x, y, z)).as("past the ends at x %s y %s", x, y).isZero();
        }
      }
    }
  }
}
