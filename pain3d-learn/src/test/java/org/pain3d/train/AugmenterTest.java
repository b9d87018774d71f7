package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Augmentation: flips are involutions and shared by a pair; jitter keeps values in range. */
class AugmenterTest {
  private static float[] image(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[3 * 8 * 8];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian() * 0.5f;
    }
    return v;
  }

  @Test
  void flippingTwiceIsTheIdentity() {
    float[] a = image(1);
    float[] b = a.clone();
    Augmenter.flip(b);
    assertThat(b).isNotEqualTo(a);
    assertThat(b[7]).isEqualTo(a[0]);
    Augmenter.flip(b);
    assertThat(b).containsExactly(a);
  }

  @Test
  void aPairIsFlippedTogether() {
    Augmenter flipOnly = new Augmenter(0.5, 0, 0, 3);
    List<float[]> pain = new ArrayList<>();
    List<float[]> neutral = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      float[] x = image(i);
      pain.add(x.clone());
      neutral.add(x.clone());
    }
    flipOnly.apply(pain, neutral);
    int flipped = 0;
    for (int i = 0; i < 40; i++) {
      float[] orig = image(i);
      assertThat(neutral.get(i)).containsExactly(pain.get(i));
      if (Math.abs(pain.get(i)[0] - orig[0]) > 1e-3) {
        flipped++;
      }
    }
    assertThat(flipped).isBetween(5, 35);
  }

  @Test
  void sharedPhotometricKeepsPairsEqualAndPixelsInPlace() {
    AugmentConfig cfg = PairAugmentation.SHARED_PHOTOMETRIC.applyTo(AugmentConfig.synthetic());
    assertThat(cfg.rotationDeg()).isZero();
    assertThat(cfg.translate()).isZero();
    assertThat(cfg.hue()).isEqualTo(AugmentConfig.synthetic().hue());
    Augmenter aug = new Augmenter(cfg, PairAugmentation.SHARED_PHOTOMETRIC.shared(), 9);
    List<float[]> pain = new ArrayList<>();
    List<float[]> neutral = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      float[] spike = new float[3 * 8 * 8];
      java.util.Arrays.fill(spike, -1f);
      for (int c = 0; c < 3; c++) {
        spike[c * 64 + 2 * 8 + 3] = 2f;
      }
      pain.add(spike);
      neutral.add(spike.clone());
    }
    aug.apply(pain, neutral);
    for (int i = 0; i < 20; i++) {
      assertThat(neutral.get(i)).containsExactly(pain.get(i));
      int arg = 0;
      for (int k = 1; k < 64; k++) {
        if (pain.get(i)[k] > pain.get(i)[arg]) {
          arg = k;
        }
      }
      // the bright pixel stays where it was, or mirrored by the flip
      assertThat(arg).isIn(2 * 8 + 3, 2 * 8 + 4);
    }
  }
}
