package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Affine warp and blur against plain expectations; the full augmenter keeps shapes. */
class ImageWarpTest {
  private static final int N = 9;
  private static final float[] FILL = {-1, -2, -3};

  private static float[] image(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[3 * N * N];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  @Test
  void identityWarpKeepsTheImage() {
    float[] a = image(1);
    float[] b = ImageWarp.affine(a, 0, 1, 0, 0, FILL);
    for (int i = 0; i < a.length; i++) {
      assertThat(b[i]).isCloseTo(a[i], within(1e-5f));
    }
  }

  @Test
  void integerShiftMovesPixelsAndFillsTheGap() {
    float[] a = image(2);
    float[] b = ImageWarp.affine(a, 0, 1, 2, -1, FILL);
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < N; y++) {
        for (int x = 0; x < N; x++) {
          int sx = x - 2;
          int sy = y + 1;
          float want = sx < 0 || sy >= N ? FILL[c] : a[c * N * N + sy * N + sx];
          assertThat(b[c * N * N + y * N + x]).isCloseTo(want, within(1e-5f));
        }
      }
    }
  }

  @Test
  void quarterTurnIsAnExactRotation() {
    float[] a = image(3);
    float[] b = ImageWarp.affine(a, 90, 1, 0, 0, FILL);
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        // counter-clockwise on screen (y down): the input's top-right corner lands top-left
        int sx = N - 1 - y;
        int sy = x;
        assertThat(b[y * N + x]).isCloseTo(a[sy * N + sx], within(1e-4f));
      }
    }
  }

  @Test
  void blurKeepsConstantsAndSmooths() {
    float[] flat = new float[3 * N * N];
    java.util.Arrays.fill(flat, 0.7f);
    ImageWarp.blur(flat, 3, 1.0);
    for (float v : flat) {
      assertThat(v).isCloseTo(0.7f, within(1e-6f));
    }
    float[] spike = new float[3 * N * N];
    spike[4 * N + 4] = 1;
    ImageWarp.blur(spike, 3, 1.0);
    double w0 = 1.0;
    double w1 = Math.exp(-0.5);
    double s = w0 + 2 * w1;
    assertThat((double) spike[4 * N + 4]).isCloseTo((w0 / s) * (w0 / s), within(1e-6));
    assertThat((double) spike[3 * N + 5]).isCloseTo((w1 / s) * (w1 / s), within(1e-6));
  }

  @Test
  void fullAugmentationKeepsShapesAndDoesNotTouchTheInputs() {
    Augmenter aug = new Augmenter(AugmentConfig.synthetic(), false, 5);
    List<float[]> pain = new ArrayList<>(List.of(image(4), image(5)));
    List<float[]> neutral = new ArrayList<>(List.of(image(6), image(7)));
    float[] original = pain.get(0);
    float[] copy = original.clone();
    aug.apply(pain, neutral);
    assertThat(original).containsExactly(copy);
    assertThat(pain.get(0)).hasSize(copy.length).isNotEqualTo(copy);
    for (float v : pain.get(1)) {
      assertThat(Float.isFinite(v)).isTrue();
    }
  }
}
