package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.synth.IdentitySampler;
import org.pain3d.testing.RealFaceModel;

/**
 * On the real model: meshes sampled for two groups (the same 30 base identities shifted by
 * each group's weights, then measured on the evaluated meshes) differ in every
 * anthropometric measure in the direction and by about the size that docs/faces.md states
 * (written out in the test: 30..130 % of it), in every measure by about the code's targets
 * (the conditioning is soft: within 0.8 mm or 35 % of the target; measures held at 0 drift
 * by at most half their population spread), and as the fitted linear model predicts.
 */
class DemographicShapeTest {
  private static double[] meanDifference(FaceModel m, DemographicShape shape, Demographics a, Demographics b) {
    return meanDifference(m, shape, a, b, true);
  }

  private static double[] meanDifference(FaceModel m, DemographicShape shape, Demographics a, Demographics b,
      boolean eyeShape) {
    MeasurePoints lm = MeasurePoints.of(m);
    float[] pos = new float[3 * m.vertexCount()];
    float[] da = shape.shift(a, eyeShape);
    float[] db = shape.shift(b, eyeShape);
    double[] sum = new double[Anthropometry.values().length];
    int n = 30;
    for (int i = 0; i < n; i++) {
      float[] z = new IdentitySampler(m.identityCount(), 1).sample(900 + i);
      float[] wa = z.clone();
      float[] wb = z.clone();
      for (int k = 0; k < z.length; k++) {
        wa[k] += da[k];
        wb[k] += db[k];
      }
      m.evaluateIdentity(wa, pos);
      double[] ma = Anthropometry.all(pos, lm);
      m.evaluateIdentity(wb, pos);
      double[] mb = Anthropometry.all(pos, lm);
      for (int k = 0; k < sum.length; k++) {
        sum[k] += (ma[k] - mb[k]) / n;
      }
    }
    return sum;
  }

  private static void assertMatches(DemographicShape shape, Demographics a, Demographics b, double[] measured) {
    double[] ta = AnthropometricNorms.target(a);
    double[] tb = AnthropometricNorms.target(b);
    float[] da = shape.shift(a);
    float[] db = shape.shift(b);
    float[] dd = new float[da.length];
    for (int k = 0; k < dd.length; k++) {
      dd[k] = da[k] - db[k];
    }
    double[] predicted = shape.predictedChange(dd);
    for (Anthropometry m : Anthropometry.values()) {
      double want = 10 * (ta[m.ordinal()] - tb[m.ordinal()]);
      double got = 10 * measured[m.ordinal()];
      // Soft conditioning: held measures may drift by half their population spread.
      double tolerance = Math.max(Math.max(0.8, 0.35 * Math.abs(want)), 5 * shape.measureSd()[m.ordinal()]);
      assertThat(got).as("%s in mm", m).isCloseTo(want, within(tolerance));
      if (Math.abs(want) >= 1.5) {
        assertThat(Math.signum(got)).as("%s direction", m).isEqualTo(Math.signum(want));
      }
      assertThat(got).as("%s as fitted", m).isCloseTo(10 * predicted[m.ordinal()], within(0.5 + 0.1 * Math.abs(got)));
    }
  }

  /**
   * A measured mean difference has the documented sign and 30..130 % of its documented size
   * (soft conditioning reaches less where the model's correlations pull against it).
   */
  private static void assertDocumented(double[] measuredCm, Anthropometry m, double documentedMm) {
    double got = 10 * measuredCm[m.ordinal()];
    assertThat(got / documentedMm).as("%s: measured %.2f mm, documented %.2f mm", m, got, documentedMm).isBetween(0.3, 1.3);
  }

  @Test
  void menAndWomenDifferByTheNorms() {
    FaceModel m = RealFaceModel.get();
    DemographicShape shape = DemographicShape.of(m);
    Demographics man = new Demographics(AgeGroup.YOUNG, Gender.MAN, Ethnicity.WHITE);
    Demographics woman = new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.WHITE);
    double[] diff = meanDifference(m, shape, man, woman);
    assertMatches(shape, man, woman, diff);
    // docs/faces.md, written out here rather than read from the code: men minus women,
    // mm, at the documented emphasis x3 of the published norms.
    assertDocumented(diff, Anthropometry.FACE_WIDTH, 3 * 7);
    assertDocumented(diff, Anthropometry.JAW_WIDTH, 3 * 8);
    assertDocumented(diff, Anthropometry.FACE_HEIGHT, 3 * 9);
    assertDocumented(diff, Anthropometry.LOWER_FACE_HEIGHT, 3 * 6);
    assertDocumented(diff, Anthropometry.NOSE_WIDTH, 3 * 3.5);
    assertDocumented(diff, Anthropometry.NOSE_HEIGHT, 3 * 4);
    assertDocumented(diff, Anthropometry.MOUTH_WIDTH, 3 * 3.5);
    assertDocumented(diff, Anthropometry.BROW_HEIGHT, 3 * -2);
    assertDocumented(diff, Anthropometry.NECK_WIDTH, 3 * 15);
  }

  @Test
  void ethnicGroupsDifferByTheNorms() {
    FaceModel m = RealFaceModel.get();
    DemographicShape shape = DemographicShape.of(m);
    Demographics black = new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.BLACK);
    Demographics white = new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.WHITE);
    Demographics eastAsian = new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.EAST_ASIAN);
    double[] bw = meanDifference(m, shape, black, white);
    assertMatches(shape, black, white, bw);
    assertDocumented(bw, Anthropometry.NOSE_WIDTH, 8);
    assertDocumented(bw, Anthropometry.MOUTH_WIDTH, 3);
    double[] ew = meanDifference(m, shape, eastAsian, white);
    assertMatches(shape, eastAsian, white, ew);
    assertDocumented(ew, Anthropometry.INTERCANTHAL, 3.5);
    assertDocumented(ew, Anthropometry.NOSE_PROTRUSION, -3);
    assertDocumented(ew, Anthropometry.FACE_WIDTH, 5);
    assertDocumented(ew, Anthropometry.EYE_HEIGHT, -1.5);
    assertDocumented(ew, Anthropometry.CANTHAL_TILT, 2);
    System.out.printf("East Asian - White, mm: eye height %.2f, canthal tilt %.2f, intercanthal %.2f,"
        + " tip %.2f, face width %.2f%n", 10 * ew[Anthropometry.EYE_HEIGHT.ordinal()],
        10 * ew[Anthropometry.CANTHAL_TILT.ordinal()],
        10 * ew[Anthropometry.INTERCANTHAL.ordinal()], 10 * ew[Anthropometry.NOSE_PROTRUSION.ordinal()],
        10 * ew[Anthropometry.FACE_WIDTH.ordinal()]);
    // With the eye shape off (LookFeature.EYE_SHAPE) the eye measures are held like any other.
    double[] flat = meanDifference(m, shape, eastAsian, white, false);
    assertThat(10 * flat[Anthropometry.EYE_HEIGHT.ordinal()]).isCloseTo(0, within(0.3));
    assertThat(10 * flat[Anthropometry.CANTHAL_TILT.ordinal()]).isCloseTo(0, within(0.3));
    assertDocumented(flat, Anthropometry.INTERCANTHAL, 3.5);
  }

  @Test
  void everyGroupGetsAModerateShiftTowardsItsTargets() {
    FaceModel m = RealFaceModel.get();
    DemographicShape shape = DemographicShape.of(m);
    for (Demographics d : new Demographics[] {new Demographics(AgeGroup.ELDERLY, Gender.MAN, Ethnicity.MIDDLE_EASTERN),
        new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.EAST_ASIAN),
        new Demographics(AgeGroup.YOUNG, Gender.MAN, Ethnicity.BLACK)}) {
      float[] dw = shape.shift(d);
      double norm = 0;
      for (float x : dw) {
        norm += x * x;
      }
      // A typical identity has |w| = 10; the shift stays under half of it (|z + dw| about 11).
      assertThat(Math.sqrt(norm)).as("|dw| of %s", d).isLessThan(5.0);
      double[] predicted = shape.predictedChange(dw);
      double[] target = AnthropometricNorms.target(d);
      for (Anthropometry a : Anthropometry.values()) {
        double t = target[a.ordinal()];
        if (Math.abs(t) >= 0.15) {
          assertThat(predicted[a.ordinal()] / t).as("%s of %s", a, d).isBetween(0.3, 1.5);
        }
      }
    }
  }
}
