package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.SkinTone;
import org.pain3d.synth.IdentitySampler;
import org.pain3d.testing.RealFaceModel;

/**
 * On the real model: the corners' drop is what the evaluated mesh shows (the landmarks'
 * heights read from {@link FaceModel#evaluate}, not from the linear sums), the lift brings each
 * sampled identity's corners to its target or uses the largest weight, and the sampler's young
 * men, whose corners sat lowest, get the level corners the feature documents while switching it
 * off gives the earlier rest pose and leaves every other draw as it was.
 */
@Tag("realmodel")
class MouthCornersTest {
  private static final int L = 62;
  private static final int U = 66;
  private static final int CL = 48;
  private static final int CR = 54;

  /** The drop read off the evaluated mesh, cm. */
  private static double measuredDrop(FaceModel m, float[] identity, float[] expression) {
    float[] p = new float[3 * m.vertexCount()];
    m.evaluate(identity, expression, p);
    int[] lm = m.landmarks();
    double stomion = 0.5 * (p[3 * lm[L] + 1] + p[3 * lm[U] + 1]);
    double corners = 0.5 * (p[3 * lm[CL] + 1] + p[3 * lm[CR] + 1]);
    return stomion - corners;
  }

  @Test
  void dropIsTheEvaluatedMeshsAndTheLiftMeetsTheTargetOrTheCap() {
    FaceModel m = RealFaceModel.get();
    MouthCorners c = MouthCorners.of(m);
    int smileL = m.expressionIndex("mouthSmile_L");
    int smileR = m.expressionIndex("mouthSmile_R");
    int close = m.expressionIndex("mouthClose");
    int lifted = 0;
    for (int i = 0; i < 40; i++) {
      float[] id = new IdentitySampler(m.identityCount(), 1).sample(300 + i);
      float[] rest = new float[m.expressionCount()];
      rest[close] = 0.05f + 0.004f * i;
      assertThat(c.dropCm(id, rest)).isCloseTo(measuredDrop(m, id, rest), within(1e-4));
      float before = rest[smileL];
      boolean elderly = i % 2 == 1;
      double target = elderly ? new SplittableRandom(i).nextDouble(MouthCorners.ELDERLY_MIN_CM, MouthCorners.ELDERLY_MAX_CM)
          : new SplittableRandom(i).nextDouble(MouthCorners.YOUNG_MIN_CM, MouthCorners.YOUNG_MAX_CM);
      double drop = measuredDrop(m, id, rest);
      c.lift(id, rest, elderly, new SplittableRandom(i));
      double after = measuredDrop(m, id, rest);
      assertThat(rest[smileL]).isEqualTo(rest[smileR]).isBetween(0f, MouthCorners.MAX_WEIGHT);
      if (drop <= target) {
        assertThat(rest[smileL]).isEqualTo(before);
        assertThat(after).isEqualTo(drop);
      } else if (rest[smileL] < MouthCorners.MAX_WEIGHT) {
        lifted++;
        assertThat(after).isCloseTo(target, within(2e-4));
      } else {
        lifted++;
        assertThat(after).isGreaterThan(target).isLessThan(drop - 0.1);
      }
    }
    assertThat(lifted).isGreaterThan(20);
  }

  @Test
  void youngMensCornersAreLevelledAndTheFeatureOffKeepsTheEarlierDraws() {
    FaceModel m = RealFaceModel.get();
    LookSampler on = new LookSampler(m, LookOptions.full());
    LookSampler off = new LookSampler(m, LookOptions.full().without(EnumSet.of(LookFeature.MOUTH_CORNERS)));
    MouthCorners c = MouthCorners.of(m);
    int smileL = m.expressionIndex("mouthSmile_L");
    double onSum = 0;
    double offSum = 0;
    int n = 30;
    for (int i = 0; i < n; i++) {
      Demographics d = new Demographics(AgeGroup.YOUNG, Gender.MAN, Ethnicity.values()[i % Ethnicity.values().length]);
      float[] base = new IdentitySampler(m.identityCount(), 1).sample(500 + i);
      LookSampler.Sampled a = on.sample(d, base, 77 + i, Appearance.defaults(SkinTone.MEDIUM));
      LookSampler.Sampled b = off.sample(d, base, 77 + i, Appearance.defaults(SkinTone.MEDIUM));
      float[] restOn = a.look().restPose();
      float[] restOff = b.look().restPose();
      assertThat(restOff[smileL]).isZero();
      assertThat(a.weights()).isEqualTo(b.weights());
      for (int j = 0; j < restOn.length; j++) {
        if (j != smileL && j != m.expressionIndex("mouthSmile_R")) {
          assertThat(restOn[j]).isEqualTo(restOff[j]);
        }
      }
      assertThat(a.look().skin().brows()).isEqualTo(b.look().skin().brows());
      assertThat(a.look().hair().style()).isEqualTo(b.look().hair().style());
      onSum += measuredDrop(m, a.weights(), restOn) / n;
      offSum += measuredDrop(m, b.weights(), restOff) / n;
    }
    // Off: the young men's corners sit about 2 mm below the lips' line (rest mouthClose included);
    // on: within the young target range on average (a few stay above it at the cap).
    assertThat(offSum).isGreaterThan(0.15);
    assertThat(onSum).isLessThan(MouthCorners.YOUNG_MAX_CM + 0.02).isLessThan(offSum - 0.1);
    assertThat(c).isSameAs(MouthCorners.of(m));
  }
}
