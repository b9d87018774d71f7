package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.look.FaceFrame;
import org.pain3d.testing.RealFaceModel;

/**
 * The parting on the real model's mean head: over the front of the head a parted look's strands
 * run away from the parting on either side of it, the scalp shows through sparse hair along it,
 * and behind the middle of the head the strands run from the crown as on an unparted look; the
 * parting lies in the middle or 2.2 to 3.8 cm to one side, seeded.
 */
class ScalpMapTest {
  private static FaceFrame frame;
  private static float back;

  @BeforeAll
  static void meanHead() {
    FaceModel m = RealFaceModel.get();
    float[] pos = new float[3 * m.vertexCount()];
    m.evaluateIdentity(new float[m.identityCount()], pos);
    frame = new FaceFrame(pos, FaceLandmarks.ict68());
    float minZ = Float.MAX_VALUE;
    for (int v = 0; v < m.vertexCount(); v++) {
      minZ = Math.min(minZ, pos[3 * v + 2]);
    }
    back = minZ;
  }

  private static HairLook look(HairStyle style, boolean parting, long seed) {
    return new HairLook(style, 0x3A2A1E, 0, 1, 1, 4, FacialHairStyle.NONE, 0, false, false, 0, false, parting, seed);
  }

  /**
   * A point on the sphere of the scalp's radius: {@code around} radians from the top towards +x,
   * {@code forward} radians towards the face.
   */
  private static float[] onHead(ScalpMap s, double around, double forward) {
    float[] c = s.centre();
    float r = s.radius();
    return new float[] {c[0] + (float) (r * Math.sin(around) * Math.cos(forward)),
        c[1] + (float) (r * Math.cos(around) * Math.cos(forward)), c[2] + (float) (r * Math.sin(forward))};
  }

  private static float[] direction(ScalpMap s, float[] p) {
    float[] c = s.centre();
    float[] n = {p[0] - c[0], p[1] - c[1], p[2] - c[2]};
    float l = (float) Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    for (int k = 0; k < 3; k++) {
      n[k] /= l;
    }
    float[] t = new float[3];
    s.strandDirection(p, n, t);
    return t;
  }

  private static float dot(float[] a, float[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  @Test
  void onlyStraightStylesLongEnoughToLieOverTheTopArePartedAndOnlyWithTheFeature() {
    for (HairStyle style : HairStyle.values()) {
      assertThat(new ScalpMap(frame, back, look(style, true, 1)).parted()).as(style.name())
          .isEqualTo(style == HairStyle.MEDIUM || style == HairStyle.LONG);
      assertThat(new ScalpMap(frame, back, look(style, false, 1)).parted()).isFalse();
    }
  }

  @Test
  void overTheFrontStrandsRunAwayFromThePartingOnEitherSide() {
    for (long seed = 0; seed < 12; seed++) {
      ScalpMap parted = new ScalpMap(frame, back, look(HairStyle.LONG, true, seed));
      ScalpMap plain = new ScalpMap(frame, back, look(HairStyle.LONG, false, seed));
      double part = ScalpMap.partAngle(seed, parted.radius());
      // Away from the parting round the front-back axis (towards +x and down on its +x side,
      // towards -x and down on the other), not towards the face; from the crown the same points'
      // strands run towards the face (a fringe of strands down the forehead).
      for (int side = -1; side <= 1; side += 2) {
        double around = part + side * 0.35;
        float[] p = onHead(parted, around, Math.toRadians(40));
        float[] away = {(float) (side * Math.cos(around)), (float) (-side * Math.sin(around)), 0};
        float[] d = direction(parted, p);
        assertThat(dot(d, away)).as("seed %d, side %d", seed, side).isGreaterThan(0.97f);
        assertThat(Math.abs(d[2])).as("seed %d, side %d, towards the face", seed, side).isLessThan(0.2f);
        assertThat(direction(plain, p)[2]).as("seed %d, side %d, unparted, towards the face", seed, side)
            .isGreaterThan(0.35f);
      }
      // The texture's v grows away from the parting along those strands.
      float[] left = onHead(parted, part + 0.35, Math.toRadians(40));
      float[] uv = new float[2];
      float[] further = onHead(parted, part + 0.6, Math.toRadians(40));
      parted.strandCoordinates(left[0], left[1], left[2], uv);
      float near = uv[1];
      parted.strandCoordinates(further[0], further[1], further[2], uv);
      assertThat(uv[1] - near).isCloseTo(0.25f * parted.radius(), within(0.02f * parted.radius()));
    }
  }

  @Test
  void theScalpShowsThroughSparseHairAlongThePartingOnly() {
    long seed = 5;
    ScalpMap parted = new ScalpMap(frame, back, look(HairStyle.MEDIUM, true, seed));
    ScalpMap plain = new ScalpMap(frame, back, look(HairStyle.MEDIUM, false, seed));
    double part = ScalpMap.partAngle(seed, parted.radius());
    float[] on = onHead(parted, part, Math.toRadians(45));
    float[] away = onHead(parted, part + 1.0 / parted.radius(), Math.toRadians(45));
    assertThat(plain.growth(on[0], on[1], on[2])).as("full hair there without a parting").isGreaterThan(2);
    float g = parted.growth(on[0], on[1], on[2]);
    assertThat(ScalpMap.coverage(g)).as("coverage on the parting").isBetween(0.1f, 0.2f);
    assertThat(parted.growth(away[0], away[1], away[2])).as("1 cm from the parting")
        .isEqualTo(plain.growth(away[0], away[1], away[2]));
  }

  @Test
  void behindTheMiddleOfTheHeadStrandsRunFromTheCrownAsWithoutAParting() {
    ScalpMap parted = new ScalpMap(frame, back, look(HairStyle.LONG, true, 2));
    ScalpMap plain = new ScalpMap(frame, back, look(HairStyle.LONG, false, 2));
    float[] a = new float[2];
    float[] b = new float[2];
    for (double around = -1.2; around <= 1.2; around += 0.3) {
      float[] p = onHead(parted, around, Math.toRadians(-40));
      parted.strandCoordinates(p[0], p[1], p[2], a);
      plain.strandCoordinates(p[0], p[1], p[2], b);
      assertThat(a).containsExactly(b);
      assertThat(direction(parted, p)).containsExactly(direction(plain, p));
      assertThat(parted.growth(p[0], p[1], p[2])).isEqualTo(plain.growth(p[0], p[1], p[2]));
    }
  }

  @Test
  void partingsLieInTheMiddleOrToOneSide() {
    float r = 10;
    int centre = 0;
    int left = 0;
    int right = 0;
    int n = 2000;
    for (long seed = 0; seed < n; seed++) {
      float a = ScalpMap.partAngle(seed, r);
      if (a == 0) {
        centre++;
      } else {
        assertThat(Math.abs(a) * r).isBetween(2.2f, 3.8f);
        if (a > 0) {
          left++;
        } else {
          right++;
        }
      }
    }
    assertThat(centre / (double) n).isCloseTo(ScalpMap.CENTRE_SHARE, within(0.04));
    assertThat(left).isBetween(right * 8 / 10, right * 12 / 10);
  }

  @Test
  void theRecordedPartingIsWhereTheScalpShowsOnTheSideItNames() {
    // iBUG landmark 45 is the outer corner of the subject's left eye, 36 of the right.
    float leftward = Math.signum(frame.x(45) - frame.x(36));
    int sides = 0;
    for (long seed = 0; seed < 40; seed++) {
      HairLook look = look(HairStyle.MEDIUM, true, seed);
      ScalpMap s = new ScalpMap(frame, back, look);
      double cm = ScalpMap.partingCm(look);
      assertThat(ScalpMap.partingCm(look(HairStyle.MEDIUM, false, seed))).isNaN();
      assertThat(ScalpMap.partingCm(look(HairStyle.CURLY_LONG, true, seed))).isNaN();
      // The sparsest hair over the front of the head, swept across the top in 0.5 mm steps.
      double sparsest = 0;
      float least = Float.MAX_VALUE;
      for (double arc = -5; arc <= 5; arc += 0.05) {
        float[] p = onHead(s, arc / s.radius(), Math.toRadians(45));
        float g = s.growth(p[0], p[1], p[2]);
        if (g < least) {
          least = g;
          sparsest = arc;
        }
      }
      assertThat(sparsest).as("seed %d", seed).isCloseTo(cm, within(0.1));
      String side = AppearanceAnnotation.parting(cm);
      float x = onHead(s, sparsest / s.radius(), Math.toRadians(45))[0] - s.centre()[0];
      if (side.equals("centre")) {
        assertThat(Math.abs(x)).isLessThan(0.1f);
      } else {
        assertThat(Math.signum(x) * leftward).as("seed %d, %s", seed, side).isEqualTo(side.equals("left") ? 1 : -1);
        sides++;
      }
    }
    assertThat(sides).isGreaterThan(20);
  }
}
