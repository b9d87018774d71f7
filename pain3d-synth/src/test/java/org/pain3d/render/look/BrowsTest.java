package org.pain3d.render.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.testing.RealFaceModel;

/**
 * Where the brows sit ({@code brow-place}): on the real model's mean head, the placed band runs
 * through the heights that real photographs' mean landmark shape gives over the eyes, where the
 * unplaced band follows ICT-FaceKit's brow landmarks, 0.36-0.9 cm higher; an identity whose brow
 * landmarks stand higher keeps that height; and the constants are that shape's and the mean
 * head's.
 */
class BrowsTest {
  /** A point well in front of the face (the brows weigh points far behind the brow landmarks 0). */
  private static final float FRONT = 100;
  private static FaceFrame frame;

  @BeforeAll
  static void meanHead() {
    frame = new FaceFrame(RealFaceModel.meanHead().positions(), FaceLandmarks.ict68());
  }

  /** Height of each eye (mean of its canthi) and the outer canthal width of a frame: right, left, width. */
  private static double[] eyes(FaceFrame f) {
    return new double[] {0.5 * (f.y(36) + f.y(39)), 0.5 * (f.y(42) + f.y(45)),
        Math.hypot(f.x(45) - f.x(36), f.y(45) - f.y(36))};
  }

  /** Coverage-weighted mean height of the brow band on the vertical through x, cm. */
  private static double centre(Brows b, float x) {
    double sum = 0;
    double wy = 0;
    for (float y = frame.y(39); y < frame.y(39) + 6; y += 0.002f) {
      float c = b.coverage(x, y, FRONT);
      sum += c;
      wy += c * y;
    }
    assertThat(sum).as("brow coverage on x = " + x).isGreaterThan(0);
    return wy / sum;
  }

  /** The centre line's height at point k of a side for a look without arch or drop. */
  private static double expected(int side, int k, boolean placed) {
    float t = k / 4f;
    int i = side == 0 ? 21 - k : 22 + k;
    double[] e = eyes(frame);
    double top = placed ? e[side] + Brows.PHOTO_TOP[k] * e[2] : frame.y(i);
    return top - 0.12 * t * t;
  }

  @Test
  void placedBrowsRunThroughThePhotographsHeightsOverTheEyes() {
    Brows placed = new Brows(frame, new BrowLook(1.0, 1.0, 0, 0, true), 5);
    Brows onLandmarks = new Brows(frame, new BrowLook(1.0, 1.0, 0, 0, false), 5);
    double[] lower = new double[5];
    for (int side = 0; side < 2; side++) {
      for (int k = 0; k < 5; k++) {
        float x = frame.x(side == 0 ? 21 - k : 22 + k);
        double p = centre(placed, x);
        double l = centre(onLandmarks, x);
        // The band's ends are rounded and lean towards the next point: their centres sit up to 0.1 cm off.
        double tolerance = k == 0 || k == 4 ? 0.1 : 0.04;
        assertThat(p).as("placed, side %d point %d", side, k).isCloseTo(expected(side, k, true), within(tolerance));
        assertThat(l).as("on the landmarks, side %d point %d", side, k).isCloseTo(expected(side, k, false),
            within(tolerance));
        lower[k] = l - p;
        assertThat(lower[k]).as("how much lower, side %d point %d", side, k).isBetween(0.3, 1.0);
      }
      // The head is lowered most: on ICT-FaceKit's landmarks it stands almost as high as the peak.
      assertThat(lower[0]).isGreaterThan(lower[2] + 0.25);
    }
  }

  @Test
  void anIdentityWithHigherBrowLandmarksKeepsItsHigherBrows() {
    float[] p = RealFaceModel.meanHead().positions().clone();
    int[] lm = FaceLandmarks.ict68();
    for (int i = 17; i <= 26; i++) {
      p[3 * lm[i] + 1] += 0.3f;
    }
    FaceFrame raised = new FaceFrame(p, lm);
    BrowLook look = new BrowLook(1.0, 1.0, 0, 0, true);
    Brows atMean = new Brows(frame, look, 5);
    Brows higher = new Brows(raised, look, 5);
    for (int k = 1; k < 4; k++) {
      float x = frame.x(21 - k);
      assertThat(centre(higher, x) - centre(atMean, x)).as("point %d", k).isCloseTo(0.3, within(0.03));
    }
  }

  @Test
  void ictTopIsTheMeanHeadsBrowLandmarks() {
    double[] e = eyes(frame);
    for (int k = 0; k < 5; k++) {
      double right = (frame.y(21 - k) - e[0]) / e[2];
      double left = (frame.y(22 + k) - e[1]) / e[2];
      assertThat((double) Brows.ICT_TOP[k]).as("point %d", k).isCloseTo(0.5 * (right + left), within(0.0005));
    }
  }

  @Test
  void photoTopIsTheMeanLandmarkShapeOfRealPhotographs() {
    // Mean 68-point shape of real photographs (iBUG 300-W scheme), as OpenFace's dlib alignment
    // template gives it: x, y of landmarks 17-26, 36, 39, 42 and 45 (image y grows downwards).
    double[][] brow = {{0.1638, 0.2492}, {0.2178, 0.2043}, {0.2913, 0.1924}, {0.3675, 0.2036}, {0.4393, 0.2331},
        {0.5864, 0.2281}, {0.6602, 0.1959}, {0.7375, 0.1824}, {0.8132, 0.1928}, {0.8708, 0.2353}};
    double[] ex36 = {0.2524, 0.3311};
    double[] en39 = {0.4037, 0.3387};
    double[] en42 = {0.6313, 0.3341};
    double[] ex45 = {0.7829, 0.3213};
    double span = Math.hypot(ex45[0] - ex36[0], ex45[1] - ex36[1]);
    double rightEye = 0.5 * (ex36[1] + en39[1]);
    double leftEye = 0.5 * (en42[1] + ex45[1]);
    for (int k = 0; k < 5; k++) {
      double right = (rightEye - brow[4 - k][1]) / span;
      double left = (leftEye - brow[5 + k][1]) / span;
      assertThat((double) Brows.PHOTO_TOP[k]).as("point %d", k).isCloseTo(0.5 * (right + left), within(0.0015));
    }
  }
}
