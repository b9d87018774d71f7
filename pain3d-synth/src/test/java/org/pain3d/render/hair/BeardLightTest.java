package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pain3d.render.Camera;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.View;

/**
 * The beard's light ({@link HairLook#beardLight}): a dark full beard seen from the front is
 * shaded by the key light (its sheen follows the light's direction and is absent on the unlit
 * side, the opacity untouched), and facial hair that is not full lets the skin show between the
 * hairs (its cover thins below the earlier whole-hair cover, full hair unchanged).
 */
class BeardLightTest {
  private static final int BLACK = 0x16110E;

  private static HairLook look(boolean beardLight) {
    return new HairLook(HairStyle.BALD, BLACK, 0, 1, 1, 5, FacialHairStyle.FULL_BEARD, 1, beardLight, false, 0, false,
        false,
        9);
  }

  /** One facial-hair triangle in the plane z = 3 facing the camera (+z), full density. */
  private static HairModel beard(boolean beardLight) {
    RenderMesh mesh = new RenderMesh(new float[] {-6, -7, 3, 7, -4, 3, -2, 8, 3}, new int[] {0, 1, 2},
        new float[] {0, 0}, new int[3], new int[] {HairModel.FACIAL}, HairModel.GROUPS);
    float[] tan = {0, -1, 0, 0, -1, 0, 0, -1, 0};
    return new HairModel(look(beardLight), mesh, new float[] {0, 3.1f, 1.7f}, new float[] {0, 5.3f, 2.2f},
        new float[] {1, 1, 1}, null, tan, new int[] {-1, -1, -1}, new float[3], new int[0], 0, null);
  }

  private static float[] lin(int rgb) {
    return new float[] {(float) Math.pow((rgb >> 16 & 255) / 255.0, 2.2), (float) Math.pow((rgb >> 8 & 255) / 255.0, 2.2),
        (float) Math.pow((rgb & 255) / 255.0, 2.2)};
  }

  /** Mean premultiplied luminance and opacity over a grid of samples of the triangle, lit from azimuth deg. */
  private static double[] shaded(boolean beardLight, double azimuthDeg) {
    double az = Math.toRadians(azimuthDeg);
    HairLight light = HairLight.single(new double[] {Math.sin(az), 0, Math.cos(az)}, 0.3, 0.8);
    Camera camera = new Camera(40, 40, 40, 0, 0, 0, 60, View.frontal(), 1);
    HairShading s = new HairShading(beard(beardLight), camera, light, lin(BLACK), lin(0xBCBAB4), new float[3]);
    float[] out = new float[4];
    double y = 0;
    double a = 0;
    int n = 0;
    for (float b1 = 0.02f; b1 < 0.98f; b1 += 0.013f) {
      for (float b2 = 0.02f; b1 + b2 < 0.98f; b2 += 0.017f) {
        s.shade(0, b1, b2, out);
        y += 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2];
        a += out[3];
        n++;
      }
    }
    return new double[] {y / n, a / n};
  }

  @Test
  void aDarkBeardsSheenFollowsTheKeyLight() {
    double[] front = shaded(true, 0);
    double[] side = shaded(true, 50);
    double[] grazing = shaded(true, 80);
    double[] behind = shaded(true, 130);
    // Lit from the front the black beard shows its sheen: several times its flat fill.
    assertThat(front[0]).isGreaterThan(3 * shaded(false, 0)[0]);
    assertThat(front[0]).isGreaterThan(1.5 * side[0]);
    assertThat(side[0]).isGreaterThan(1.5 * grazing[0]);
    // Lit from behind (the beard in its own shadow): no sheen, the earlier shading (up to the
    // hairs' smaller brightness spread).
    double before = shaded(false, 130)[0];
    assertThat(behind[0]).isBetween(0.85 * before, 1.15 * before);
    // The sheen is light, not cover: the full beard's opacity is the same with and without it (up
    // to the samples whose interpolated density rounds to just under 1).
    assertThat(front[1]).isCloseTo(shaded(false, 0)[1], org.assertj.core.api.Assertions.within(0.005));
  }

  @Test
  void hairThatIsNotFullLetsTheSkinShowBetweenTheHairs() {
    StrandTexture on = StrandTexture.of(look(true));
    StrandTexture off = StrandTexture.of(look(false));
    int n = StrandTexture.W * StrandTexture.H;
    int k = StrandTexture.FACIAL;
    double previous = 0;
    for (float d : new float[] {0.2f, 0.4f, 0.6f, 0.8f, 0.95f}) {
      double withLight = 0;
      double without = 0;
      for (int i = 0; i < n; i++) {
        withLight += on.cover(k, i, d);
        without += off.cover(k, i, d);
      }
      withLight /= n;
      without /= n;
      assertThat(withLight).as("density %.2f", d).isGreaterThan(previous).isLessThan(without - 0.03);
      previous = withLight;
    }
    for (int i = 0; i < n; i += 13) {
      assertThat(on.cover(k, i, 0)).isZero();
      assertThat(on.cover(k, i, 1)).isEqualTo(off.cover(k, i, 1));
    }
    assertThat(spread(on)).isLessThan(0.7 * spread(off));
  }

  /** Standard deviation of the facial hairs' brightness. */
  private static double spread(StrandTexture t) {
    int n = StrandTexture.W * StrandTexture.H;
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double b = t.brightness(StrandTexture.FACIAL, i);
      sum += b;
      sq += b * b;
    }
    double m = sum / n;
    return Math.sqrt(sq / n - m * m);
  }
}
