package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.testing.RealFaceModel;

/**
 * On the real model: the cover's depth past the skin is a plain cast through every one of its
 * triangles (not only those its grid offers), and after the blink closure's eyeball retraction
 * every identity's eyeball cap lies at least {@link BlinkClosure#CAP_CLEARANCE_CM} behind the
 * closed lids, also squeezed, where the apex criterion alone left some caps in front of the skin.
 */
@Tag("realmodel")
class LidCoverTest {
  private static final int IDENTITIES = 120;

  @Test
  void depthPastIsAPlainCastThroughEveryTriangle() {
    FaceModel m = RealFaceModel.get();
    float[] pos = new float[3 * m.vertexCount()];
    for (int i = 0; i < 6; i++) {
      m.evaluateIdentity(identity(m, 40 + i), pos);
      for (LidCover cover : m.eyeLids().covers()) {
        assertThat(cover.depthPast(pos, 1.1f)).isCloseTo(plainDepthPast(cover, pos, 1.1f), within(1e-5));
      }
    }
  }

  @Test
  void theRetractedEyeballLiesBehindTheClosedAndSqueezedLids() {
    FaceModel m = RealFaceModel.get();
    EyeLids eyes = m.eyeLids();
    float[] pos = new float[3 * m.vertexCount()];
    int pastBefore = 0;
    for (int i = 0; i < IDENTITIES; i++) {
      m.evaluateIdentity(identity(m, 2000 + i), pos);
      BlinkClosure closure = BlinkClosure.of(m, pos);
      for (int s = 0; s < 2; s++) {
        LidCover cover = eyes.covers()[s];
        double before = cover.depthPast(pos, closure.scale(s));
        // The apex criterion alone (the earlier retraction):
        int apex = eyes.apexes()[s];
        int lid = eyes.lids()[s];
        ExpressionShape blink = m.expressions().get(eyes.shapes()[s]);
        double apexOnly = Math.max(0, pos[3 * apex + 2] + closure.scale(s) * blink.delta(apex, 2)
            - pos[3 * lid + 2] - closure.scale(s) * blink.delta(lid, 2) + BlinkClosure.CLEARANCE_CM);
        pastBefore += before - apexOnly > 0 ? 1 : 0;
        float[] retracted = pos.clone();
        eyes.eyeballs()[s].addTo(closure.retraction(s), retracted);
        assertThat(cover.depthPast(retracted, closure.scale(s))).as("identity %d, eye %d", i, s)
            .isLessThanOrEqualTo(-BlinkClosure.CAP_CLEARANCE_CM + 1e-5);
        assertThat(closure.retraction(s)).isGreaterThanOrEqualTo((float) apexOnly - 1e-6f);
      }
    }
    // Some eyes' caps lay in front of the skin with the apex criterion alone (about 4 % of eyes).
    assertThat(pastBefore).isPositive();
  }

  /** {@link LidCover#depthPast} cast through every triangle, without the grid. */
  private static double plainDepthPast(LidCover c, float[] identity, float blinkWeight) {
    int n = c.vertices().length;
    double worst = Double.NEGATIVE_INFINITY;
    for (int pose = 0; pose < 2; pose++) {
      double[] q = new double[3 * n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < 3; k++) {
          q[3 * i + k] = identity[3 * c.vertices()[i] + k] + blinkWeight * c.blink()[3 * i + k]
              + (pose == 1 ? c.squeeze()[3 * i + k] : 0);
        }
      }
      for (int k : c.cap()) {
        double best = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < c.triangles().length; t += 3) {
          double[] a = point(q, c.triangles()[t]);
          double[] b = point(q, c.triangles()[t + 1]);
          double[] d = point(q, c.triangles()[t + 2]);
          double det = (b[0] - a[0]) * (d[1] - a[1]) - (b[1] - a[1]) * (d[0] - a[0]);
          if (Math.abs(det) < 1e-12) {
            continue;
          }
          double u = ((q[3 * k] - a[0]) * (d[1] - a[1]) - (q[3 * k + 1] - a[1]) * (d[0] - a[0])) / det;
          double v = ((b[0] - a[0]) * (q[3 * k + 1] - a[1]) - (b[1] - a[1]) * (q[3 * k] - a[0])) / det;
          if (u >= 0 && v >= 0 && u + v <= 1) {
            best = Math.max(best, a[2] + u * (b[2] - a[2]) + v * (d[2] - a[2]));
          }
        }
        if (best > Double.NEGATIVE_INFINITY) {
          worst = Math.max(worst, q[3 * k + 2] - best);
        }
      }
    }
    return worst;
  }

  /** Identity weights ~ N(0, 1), seeded. */
  private static float[] identity(FaceModel m, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    float[] w = new float[m.identityCount()];
    for (int k = 0; k < w.length; k++) {
      w[k] = (float) rnd.nextGaussian();
    }
    return w;
  }

  private static double[] point(double[] q, int i) {
    return new double[] {q[3 * i], q[3 * i + 1], q[3 * i + 2]};
  }
}
