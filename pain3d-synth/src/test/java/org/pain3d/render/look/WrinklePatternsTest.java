package org.pain3d.render.look;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.testing.RealFaceModel;

/**
 * The fold-shaped line patterns ({@code line-folds}) on the real model's mean head, against the
 * earlier ones: crow's feet of four or five rays of their own lengths, ending within 2.2 cm (five
 * rays of one length before), three or four bunny lines per side of the nose (a stack of five or
 * more before), the topmost across the nose's root, glabellar lines shorter than the earlier ones,
 * and the dark amount of each group against the earlier lines'.
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
  void bunnyLinesAreThreeOrFourPerSideWhereTheEarlierPatternStackedThem() {
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
        assertThat(furrows(folds, -0.3f)).as("seed %d x %.1f", seed, x).isBetween(3, 4);
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

  @Test
  void theTopmostBunnyLineCrossesTheNosesRootWhereTheEarlierLinesLeftAGap() {
    float lo = frame.y(29) - 0.2f;
    float hi = frame.y(27) + 0.5f;
    for (long seed = 0; seed < 30; seed++) {
      WrinklePatterns f = new WrinklePatterns(frame, seed, true);
      WrinklePatterns l = new WrinklePatterns(frame, seed, false);
      float foldDeepest = 0;
      float lineDeepest = 0;
      for (float y = lo; y <= hi; y += 0.002f) {
        foldDeepest = Math.min(foldDeepest, f.relief(WrinkleGroup.NOSE, 0, y, FRONT));
        lineDeepest = Math.min(lineDeepest, l.relief(WrinkleGroup.NOSE, 0, y, FRONT));
      }
      assertThat(foldDeepest).as("seed %d", seed).isLessThan(-0.7f);
      assertThat(lineDeepest).isZero();
    }
  }

  /**
   * The dark amount of a group over ten seeds: the integral of the furrows' relief (its negative
   * part) over the frontal plane, cm^2, on a 0.1 mm grid over the eye and nose region.
   */
  private static double darkAmount(WrinkleGroup g, boolean folds) {
    double sum = 0;
    float step = 0.01f;
    float top = frame.browY() + 3;
    float bottom = frame.y(33) - 1;
    for (long seed = 0; seed < 10; seed++) {
      WrinklePatterns p = new WrinklePatterns(frame, seed, folds);
      for (float y = bottom; y < top; y += step) {
        for (float x = -8; x < 8; x += step) {
          sum += Math.max(0, -p.relief(g, x, y, FRONT));
        }
      }
    }
    return sum * step * step / 10;
  }

  @Test
  void theFoldsCarryTheEarlierLinesDarkAmount() {
    // The photo-trained age models read the amount of dark line, not its shape (docs/faces.md):
    // deeper folds keep the crow's feet's and the glabella's amount, the bunny lines about 0.65 of the ladder's.
    double crows = darkAmount(WrinkleGroup.CROWS_FEET, true) / darkAmount(WrinkleGroup.CROWS_FEET, false);
    double glabella = darkAmount(WrinkleGroup.GLABELLA, true) / darkAmount(WrinkleGroup.GLABELLA, false);
    double nose = darkAmount(WrinkleGroup.NOSE, true) / darkAmount(WrinkleGroup.NOSE, false);
    assertThat(crows).isBetween(0.95, 1.05);
    assertThat(glabella).isBetween(0.95, 1.05);
    assertThat(nose).isBetween(0.55, 0.7);
  }
}
