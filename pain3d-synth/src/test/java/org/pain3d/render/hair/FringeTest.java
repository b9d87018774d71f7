package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.look.FaceFrame;
import org.pain3d.testing.RealFaceModel;

/**
 * A fringe on the real model's mean head: the front hairline drops to the fringe's height above
 * the brows (a little higher over the outer brows), so the hair covers the forehead above it and
 * the brows stay bare; the fringed hair is not parted; styles that do not part ignore it.
 */
class FringeTest {
  private static RenderMesh neutral;
  private static float[] head;
  private static FaceFrame frame;
  private static float back;

  @BeforeAll
  static void meanHead() {
    neutral = RealFaceModel.meanHead();
    head = neutral.positions();
    frame = new FaceFrame(head, FaceLandmarks.ict68());
    back = HairBuilder.backOfHead(neutral);
  }

  private static HairLook look(HairStyle style, double fringeCm) {
    return new HairLook(style, 0x3A2A1E, 0, 1, 1, 4.5, FacialHairStyle.NONE, 0, false, false, 0, false, true, 0,
        fringeCm, 5);
  }

  @Test
  void theFrontHairlineDropsToTheFringeAndRisesOverTheOuterBrows() {
    ScalpMap fringed = new ScalpMap(frame, back, look(HairStyle.MEDIUM, 1.4));
    ScalpMap bare = new ScalpMap(frame, back, look(HairStyle.MEDIUM, 0));
    assertThat(fringed.hairline(0)).isCloseTo(frame.browY() + 1.4, within(1e-4));
    assertThat(fringed.hairline(30)).isCloseTo(frame.browY() + 1.4 + ScalpMap.FRINGE_ARC_CM, within(1e-4));
    assertThat(bare.hairline(0)).isCloseTo(frame.browY() + 4.5, within(1e-4));
    // From the temples back the hairline is the unfringed one.
    for (double az = 50; az <= 180; az += 10) {
      assertThat(fringed.hairline(az)).isEqualTo(bare.hairline(az));
    }
  }

  /**
   * The forehead's skin vertices on the midline: between the fringe and the unfringed hairline
   * the hair grows with a fringe and not without it; just above the brows neither grows.
   */
  @Test
  void theHairCoversTheForeheadAboveTheFringeAndLeavesTheBrowsBare() {
    ScalpMap fringed = new ScalpMap(frame, back, look(HairStyle.LONG, 1.2));
    ScalpMap bare = new ScalpMap(frame, back, look(HairStyle.LONG, 0));
    float by = frame.browY();
    float front = frame.z(27);
    int covered = 0;
    int brows = 0;
    for (int v = 0; v < head.length / 3; v++) {
      float x = head[3 * v];
      float y = head[3 * v + 1];
      float z = head[3 * v + 2];
      if (Math.abs(x) > 2 || z < front - 2.5f) {
        continue;
      }
      if (y > by + 2.2f && y < by + 3.2f) {
        covered++;
        assertThat(ScalpMap.coverage(fringed.growth(x, y, z))).as("fringe over the forehead").isEqualTo(1f);
        assertThat(ScalpMap.coverage(bare.growth(x, y, z))).as("bare forehead").isZero();
      } else if (y > by && y < by + 0.5f) {
        brows++;
        assertThat(ScalpMap.coverage(fringed.growth(x, y, z))).as("above the brows").isZero();
      }
    }
    assertThat(covered).as("forehead vertices checked").isGreaterThan(10);
    assertThat(brows).as("vertices just above the brows checked").isGreaterThan(5);
  }

  @Test
  void aFringeIsNotPartedAndOnlyStylesThatPartWearOne() {
    for (HairStyle style : HairStyle.values()) {
      HairLook l = look(style, 1.5);
      ScalpMap s = new ScalpMap(frame, back, l);
      assertThat(l.fringed()).as(style.name()).isEqualTo(style.parts());
      assertThat(s.parted()).as(style.name()).isFalse();
      assertThat(ScalpMap.partingCm(l)).isNaN();
      if (!style.parts()) {
        assertThat(s.hairline(0)).isEqualTo(new ScalpMap(frame, back, look(style, 0)).hairline(0));
      }
    }
    assertThat(look(HairStyle.LONG, 0).parted()).isTrue();
    // Under headwear the style is bald: the fringe goes with the hair.
    assertThat(look(HairStyle.LONG, 1.5).withStyle(HairStyle.BALD).fringed()).isFalse();
  }

  @Test
  void aFringeEndsWithinItsRangeAboveTheBrows() {
    assertThatThrownBy(() -> look(HairStyle.LONG, 0.5)).hasMessageContaining("a fringe ends");
    assertThatThrownBy(() -> look(HairStyle.LONG, 3)).hasMessageContaining("a fringe ends");
    assertThatThrownBy(() -> look(HairStyle.LONG, Double.NaN)).hasMessageContaining("a fringe ends");
    assertThat(look(HairStyle.LONG, HairLook.MIN_FRINGE_CM).fringed()).isTrue();
    assertThat(look(HairStyle.LONG, HairLook.MAX_FRINGE_CM).fringed()).isTrue();
  }

  /** The fringed hair's cap reaches down the forehead; the unfringed cap stays above its hairline. */
  @Test
  void theCapReachesDownTheForehead() {
    float fringedLow = lowestFrontCapVertex(HairBuilder.build(neutral, look(HairStyle.MEDIUM, 1.2)));
    float bareLow = lowestFrontCapVertex(HairBuilder.build(neutral, look(HairStyle.MEDIUM, 0)));
    float by = frame.browY();
    assertThat(fringedLow).isLessThan(by + 1.2f);
    assertThat(fringedLow).isGreaterThan(by + 1.2f - 1.5f);
    assertThat(bareLow).isGreaterThan(by + 3f);
  }

  /**
   * The fringe stands off the forehead: its cap vertices near its edge lie at least a quarter of a
   * centimetre in front of the skin under them (the nearest forehead vertex in x and y), where a
   * hairline's hair lies on the skin ({@link CapShell#FRINGE_LIFT_CM}); off the fringe the lift is 0.
   */
  @Test
  void theFringeStandsOffTheForehead() {
    HairLook fringed = look(HairStyle.MEDIUM, 1.2);
    ScalpMap scalp = new ScalpMap(frame, back, fringed);
    float[] p = HairBuilder.build(neutral, fringed).mesh().positions();
    float by = frame.browY();
    float front = frame.z(27);
    int checked = 0;
    for (int v = 0; v < p.length / 3; v++) {
      float x = p[3 * v];
      float y = p[3 * v + 1];
      if (Math.abs(x) > 1.5f || p[3 * v + 2] < front - 2.5f || y > by + 1.8f) {
        continue;
      }
      int skin = nearestInXy(x, y);
      assertThat(p[3 * v + 2] - head[3 * skin + 2]).as("fringe vertex in front of the skin, cm").isGreaterThan(0.25f);
      assertThat(scalp.fringe(x, y, head[3 * skin + 2])).isEqualTo(1f);
      checked++;
    }
    assertThat(checked).as("fringe vertices checked").isGreaterThan(5);
    ScalpMap bare = new ScalpMap(frame, back, look(HairStyle.MEDIUM, 0));
    assertThat(bare.fringe(0, by + 1.5f, front)).isZero();
    assertThat(scalp.fringe(0, by + 1.5f, front - 20)).as("at the back of the head").isZero();
  }

  private static int nearestInXy(float x, float y) {
    float front = frame.z(27);
    int best = -1;
    float bestD = Float.MAX_VALUE;
    for (int v = 0; v < head.length / 3; v++) {
      if (head[3 * v + 2] < front - 3) {
        continue;
      }
      float d = (head[3 * v] - x) * (head[3 * v] - x) + (head[3 * v + 1] - y) * (head[3 * v + 1] - y);
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    return best;
  }

  /** The lowest y of the hair mesh's vertices within 1.5 cm of the midline in front of the ears. */
  private static float lowestFrontCapVertex(HairModel h) {
    float[] p = h.mesh().positions();
    float front = frame.z(27);
    float low = Float.MAX_VALUE;
    for (int v = 0; v < p.length / 3; v++) {
      if (Math.abs(p[3 * v]) < 1.5f && p[3 * v + 2] > front - 2.5f) {
        low = Math.min(low, p[3 * v + 1]);
      }
    }
    return low;
  }
}
