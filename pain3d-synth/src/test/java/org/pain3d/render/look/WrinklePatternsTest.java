package org.pain3d.render.look;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.testing.RealFaceModel;

/**
 * The fold-shaped line patterns ({@code line-folds}) on the real model's mean head, against the
 * earlier ones: crow's feet of four or five rays of their own lengths, ending within 2.2 cm (five
 * rays of one length before), two or three bunny lines per side of the nose (a stack of five or
 * more before), and glabellar lines shorter than the earlier ones.
 */
class WrinklePatternsTest {
  /** A point well in front of the face (the patterns weigh points behind it 0). */
  private static final float FRONT = 100;
  private static FaceFrame frame;

  @BeforeAll
  static void meanHead() {
    frame = new FaceFrame(RealFaceModel.meanHead().positions(), FaceLandmarks.ict68());
  }

  /** Number of separate runs of samples deeper than the threshold. */
  private static int furrows(float[] relief, float threshold) {
    int n = 0;
    boolean in = false;
    for (float r : relief) {
      boolean deep = r < threshold;
      if (deep && !in) {
        n++;
      }
      in = deep;
    }
    return n;
  }

  /** Relief of the crow's feet along an arc of radius r around the rays' origin on one side. */
  private static float[] arc(WrinklePatterns p, int side, float r) {
    int corner = side == 0 ? 36 : 45;
    float sign = side == 0 ? -1 : 1;
    float qx = frame.x(corner) + 0.35f * sign;
    float qy = frame.y(corner);
    float[] out = new float[1200];
    for (int i = 0; i < out.length; i++) {
      double a = -1.2 + 2.4 * i / (out.length - 1);
      out[i] = p.relief(WrinkleGroup.CROWS_FEET, qx + sign * r * (float) Math.cos(a), qy + r * (float) Math.sin(a),
          FRONT);
    }
    return out;
  }

  @Test
  void crowsFeetFoldsAreFourOrFiveRaysOfTheirOwnLengths() {
    int shortened = 0;
    for (long seed = 0; seed < 30; seed++) {
      WrinklePatterns folds = new WrinklePatterns(frame, seed, true);
      WrinklePatterns lines = new WrinklePatterns(frame, seed, false);
      for (int side = 0; side < 2; side++) {
        int near = furrows(arc(folds, side, 0.8f), -0.3f);
        assertThat(near).as("seed %d side %d", seed, side).isBetween(4, 5);
        assertThat(furrows(arc(lines, side, 0.8f), -0.3f)).isEqualTo(5);
        // Rays of their own lengths: further out some have ended; the earlier rays all reach on.
        shortened += furrows(arc(folds, side, 1.75f), -0.1f) < near ? 1 : 0;
        assertThat(furrows(arc(lines, side, 1.75f), -0.1f)).isEqualTo(5);
        float deepest = 0;
        for (float v : arc(folds, side, 2.25f)) {
          deepest = Math.min(deepest, v);
        }
        assertThat(deepest).isZero();
      }
    }
    assertThat(shortened).as("sides with rays ended by 1.75 cm, of 60").isGreaterThan(40);
  }

  @Test
  void bunnyLinesAreTwoOrThreePerSideWhereTheEarlierPatternStackedThem() {
    float lo = frame.y(29) - 0.2f;
    float hi = frame.y(27) + 0.5f;
    for (long seed = 0; seed < 30; seed++) {
      for (float x : new float[] {-0.4f, 0.4f}) {
        float[] folds = new float[1000];
        float[] lines = new float[1000];
        WrinklePatterns f = new WrinklePatterns(frame, seed, true);
        WrinklePatterns l = new WrinklePatterns(frame, seed, false);
        for (int i = 0; i < folds.length; i++) {
          float y = lo + (hi - lo) * i / (folds.length - 1);
          folds[i] = f.relief(WrinkleGroup.NOSE, x, y, FRONT);
          lines[i] = l.relief(WrinkleGroup.NOSE, x, y, FRONT);
        }
        assertThat(furrows(folds, -0.3f)).as("seed %d x %.1f", seed, x).isBetween(2, 3);
        assertThat(furrows(lines, -0.3f)).isGreaterThanOrEqualTo(5);
      }
    }
  }

  @Test
  void glabellarFoldsAreShorterThanTheEarlierLines() {
    float lo = frame.y(27) - 0.4f;
    float hi = frame.browY() + 1.2f;
    for (long seed = 0; seed < 30; seed++) {
      WrinklePatterns f = new WrinklePatterns(frame, seed, true);
      WrinklePatterns l = new WrinklePatterns(frame, seed, false);
      float foldLength = 0;
      float lineLength = 0;
      float step = 0.005f;
      for (float y = lo; y <= hi; y += step) {
        float fd = 0;
        float ld = 0;
        for (float x = 0.2f; x <= 1.0f; x += 0.005f) {
          fd = Math.min(fd, f.relief(WrinkleGroup.GLABELLA, x, y, FRONT));
          ld = Math.min(ld, l.relief(WrinkleGroup.GLABELLA, x, y, FRONT));
        }
        foldLength += fd < -0.5f ? step : 0;
        lineLength += ld < -0.5f ? step : 0;
      }
      assertThat(foldLength).as("seed %d", seed).isPositive().isLessThan(lineLength - 0.2f);
    }
  }
}
