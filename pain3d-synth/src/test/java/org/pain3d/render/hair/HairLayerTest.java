package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pain3d.render.Camera;
import org.pain3d.render.FrameBuffer;
import org.pain3d.render.Pass;
import org.pain3d.render.RasterOptions;
import org.pain3d.render.Rasterizer;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.View;

/**
 * The hair layer's compositing against a plain reference: per pixel, the mean of the
 * premultiplied hair samples that lie in front of the surface, plus the image times one
 * minus their mean opacity, in linear light (gamma 2.2), computed here in doubles from the
 * same shaded samples.
 */
class HairLayerTest {
  private static final HairLight LIGHT = HairLight.single(new double[] {0, 0.6, 0.8}, 0.3, 0.8);

  /** A square at depth z (world cm, facing +z), corners at +-half. */
  private static float[] square(float half, float z) {
    return new float[] {-half, -half, z, half, -half, z, half, half, z, -half, half, z};
  }

  /** The face stand-in: a square at z = 0. */
  private static RenderMesh surface() {
    return new RenderMesh(square(20, 0), new int[] {0, 1, 2, 0, 2, 3}, new float[] {0, 0}, new int[6], new int[2],
        List.of("M_Face"));
  }

  /** One hanging-hair triangle at depth z with per-vertex opacities. */
  private static HairModel hair(float z, float[] alpha) {
    return hair(z, alpha, HairModel.CURTAIN);
  }

  /** One hair triangle of a group at depth z with per-vertex opacities (the cap: growth values). */
  private static HairModel hair(float z, float[] alpha, int group) {
    HairLook look = new HairLook(HairStyle.LONG, 0x5A3A22, 0.3, 1, 1, 5, FacialHairStyle.NONE, 0, false, false, 0, false,
        false, 9);
    RenderMesh mesh = new RenderMesh(new float[] {-6, -7, z, 7, -4, z, -2, 8, z}, new int[] {0, 1, 2},
        new float[] {0, 0}, new int[3], new int[] {group}, HairModel.GROUPS);
    float[] tan = {0, -1, 0, 0, -1, 0, 0, -1, 0};
    return new HairModel(look, mesh, new float[] {0, 3.1f, 1.7f}, new float[] {0, 5.3f, 2.2f}, alpha, null, tan,
        new int[] {-1, -1, -1}, new float[3], new int[0], 0, null);
  }

  private static RenderTarget rendered(int ss, Camera camera) {
    RenderTarget t = new RenderTarget(40, 40, ss, EnumSet.of(Pass.SHADED, Pass.MASK));
    t.frame.clear();
    new Rasterizer().rasterize(surface(), camera.scaled(ss), RasterOptions.all(), t.frame);
    for (int i = 0; i < t.shaded.length; i++) {
      t.shaded[i] = (i * 37 % 251) << 16 | (i * 11 % 241) << 8 | (i * 3 % 199);
    }
    return t;
  }

  private static Camera camera() {
    return new Camera(40, 40, 40, 0, 0, 0, 60, View.frontal(), 1);
  }

  private static double lin(int c) {
    return Math.pow(c / 255.0, 2.2);
  }

  private static int srgb(double lin) {
    return (int) Math.round(255 * Math.pow(Math.max(0, Math.min(1, lin)), 1 / 2.2));
  }

  private static void checkAgainstReference(int ss, HairModel model, float hairZ) {
    checkAgainstReference(ss, model, hairZ, 1);
  }

  /**
   * @param tolerance largest difference per channel, sRGB levels (the renderer's sRGB table
   *     has coarse steps at the dark end, where a shadow's darkening lands)
   */
  private static void checkAgainstReference(int ss, HairModel model, float hairZ, int tolerance) {
    Camera camera = camera();
    RenderTarget target = rendered(ss, camera);
    int[] before = target.shaded.clone();
    FrameBuffer surface = target.frame;
    FrameBuffer hairFb = new FrameBuffer(40 * ss, 40 * ss);
    new Rasterizer().rasterize(model.mesh(), camera.scaled(ss), new RasterOptions(false, -1L), hairFb);
    HairShading shading = new HairShading(model, camera, LIGHT, lin3(0x5A3A22), lin3(0xBCBAB4), new float[3]);
    HairLayer layer = new HairLayer();
    layer.setHair(model);
    layer.draw(camera, target, LIGHT);
    float[] s = new float[4];
    int changed = 0;
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 40; x++) {
        double r = 0;
        double g = 0;
        double b = 0;
        double a = 0;
        for (int sy = 0; sy < ss; sy++) {
          for (int sx = 0; sx < ss; sx++) {
            int i = (y * ss + sy) * 40 * ss + x * ss + sx;
            int t = hairFb.triangle[i];
            boolean front = surface.triangle[i] < 0 || 1 / hairFb.invDepth[i] < 1 / surface.invDepth[i] + 0.06;
            if (t >= 0 && front) {
              shading.shade(t, hairFb.bary1[i], hairFb.bary2[i], s);
              r += s[0];
              g += s[1];
              b += s[2];
              a += s[3];
            }
          }
        }
        int o = y * 40 + x;
        int c = before[o];
        int n = ss * ss;
        int want = a == 0 ? c : srgb(r / n + (1 - a / n) * lin(c >> 16 & 255)) << 16
            | srgb(g / n + (1 - a / n) * lin(c >> 8 & 255)) << 8 | srgb(b / n + (1 - a / n) * lin(c & 255));
        int got = target.shaded[o];
        for (int k = 16; k >= 0; k -= 8) {
          assertThat(Math.abs((got >> k & 255) - (want >> k & 255))).as("pixel %d,%d channel %d", x, y, k).isLessThanOrEqualTo(tolerance);
        }
        changed += got != c ? 1 : 0;
        if (a / n > 0.5) {
          assertThat(target.mask[o]).isEqualTo((byte) HairClass.SCALP_HAIR.code());
        }
      }
    }
    if (hairZ > 0) {
      assertThat(changed).as("hair in front changes pixels").isGreaterThan(50);
    } else {
      assertThat(changed).as("hair behind the surface changes nothing").isZero();
    }
  }

  private static float[] lin3(int rgb) {
    return new float[] {(float) lin(rgb >> 16 & 255), (float) lin(rgb >> 8 & 255), (float) lin(rgb & 255)};
  }

  @Test
  void blendsInLinearLightWithoutSupersampling() {
    checkAgainstReference(1, hair(3, new float[] {1, 0.5f, 0.2f}), 3);
  }

  @Test
  void averagesTheSamplesOfAPixelWithSupersampling() {
    checkAgainstReference(2, hair(3, new float[] {0.9f, 1, 0.4f}), 3);
  }

  @Test
  void lashesUpToTheirSlackBehindTheSkinStillShowOtherHairOnlyUpToItsOwn() {
    float skin = 1f / 50f;
    float halfMm = 1f / 50.05f;
    float mm = 1f / 50.1f;
    float twoMm = 1f / 50.2f;
    for (int part : new int[] {HairModel.CAP, HairModel.FACIAL, HairModel.CURTAIN, HairModel.LASHES}) {
      assertThat(HairLayer.inFront(skin, halfMm, part)).as("part %d, 0.5 mm behind", part).isTrue();
      assertThat(HairLayer.inFront(skin, twoMm, part)).as("part %d, 2 mm behind", part).isFalse();
      assertThat(HairLayer.inFront(0f, twoMm, part)).as("part %d over the background", part).isTrue();
    }
    // 1 mm behind the skin: a lash resting on the lid shows; scalp or facial hair is under the skin.
    assertThat(HairLayer.inFront(skin, mm, HairModel.LASHES)).isTrue();
    assertThat(HairLayer.inFront(skin, mm, HairModel.CAP)).isFalse();
    assertThat(HairLayer.inFront(skin, mm, HairModel.FACIAL)).isFalse();
  }

  @Test
  void hairBehindTheSurfaceIsHidden() {
    checkAgainstReference(1, hair(-2, new float[] {1, 1, 1}), -2);
  }

  @Test
  void theCapDarkensTheSkinUnderItsHairlineWithoutMaskingIt() {
    // Growth -0.5 .. -0.2: under the hairline, no hair, only the contact shadow.
    HairModel cap = hair(0.05f, new float[] {-0.5f, -0.2f, -0.35f}, HairModel.CAP);
    checkAgainstReference(1, cap, 0.05f, 2);
    Camera camera = camera();
    RenderTarget target = rendered(1, camera);
    int[] before = target.shaded.clone();
    byte[] mask = target.mask.clone();
    HairLayer layer = new HairLayer();
    layer.setHair(cap);
    layer.draw(camera, target, LIGHT);
    int darker = 0;
    for (int i = 0; i < before.length; i++) {
      int b = before[i];
      int a = target.shaded[i];
      for (int k = 16; k >= 0; k -= 8) {
        // Darker or equal, but for the sRGB table's rounding at the dark end.
        assertThat(a >> k & 255).isLessThanOrEqualTo((b >> k & 255) + 2);
      }
      darker += (a >> 16 & 255) + (a >> 8 & 255) + (a & 255) < (b >> 16 & 255) + (b >> 8 & 255) + (b & 255) ? 1 : 0;
      // At most the shadow's share darker (0.3 in linear light), with rounding.
      assertThat(lin(a >> 16 & 255)).isGreaterThanOrEqualTo((1 - HairShading.CONTACT_SHADOW) * lin(b >> 16 & 255) - 0.01);
    }
    assertThat(darker).as("shadowed pixels").isGreaterThan(50);
    assertThat(target.mask).as("a shadow is not hair").isEqualTo(mask);
    // Far under the hairline: nothing at all.
    RenderTarget far = rendered(1, camera);
    int[] farBefore = far.shaded.clone();
    layer.setHair(hair(0.05f, new float[] {-1.5f, -1.2f, -2f}, HairModel.CAP));
    layer.draw(camera, far, LIGHT);
    assertThat(far.shaded).isEqualTo(farBefore);
  }

  @Test
  void transparentHairChangesNothing() {
    Camera camera = camera();
    RenderTarget target = rendered(1, camera);
    int[] before = target.shaded.clone();
    HairLayer layer = new HairLayer();
    layer.setHair(hair(3, new float[] {0, 0, 0}));
    layer.draw(camera, target, LIGHT);
    assertThat(target.shaded).isEqualTo(before);
  }

  /**
   * Two overlapping hanging-hair triangles in front of the surface: a translucent one at z = 3
   * (opacity 0.2..0.6) over an opaque one at z = 1. Each pixel must be the front sample over the
   * back one over the image (premultiplied, linear light), computed here from each triangle
   * drawn alone; with the nearest layer alone the image showed through the front film instead
   * of the hair behind it (the "glass rod" beside the cheeks).
   */
  @Test
  void aTranslucentHairSampleShowsTheHairBehindIt() {
    HairLook look = new HairLook(HairStyle.LONG, 0x5A3A22, 0.3, 1, 1, 5, FacialHairStyle.NONE, 0, false, false, 0, false,
        false, 9);
    float[] pos = {-6, -7, 3, 7, -4, 3, -2, 8, 3, -8, -5, 1, 6, -8, 1, 3, 7, 1};
    int[] tris = {0, 1, 2, 3, 4, 5};
    RenderMesh mesh = new RenderMesh(pos, tris, new float[] {0, 0}, new int[6],
        new int[] {HairModel.CURTAIN, HairModel.CURTAIN}, HairModel.GROUPS);
    float[] tan = new float[18];
    for (int i = 0; i < 6; i++) {
      tan[3 * i + 1] = -1;
    }
    HairModel model = new HairModel(look, mesh, new float[] {0, 3.1f, 1.7f, 0.4f, 2.2f, 4.1f},
        new float[] {0, 5.3f, 2.2f, 1.1f, 0.3f, 3.9f}, new float[] {0.2f, 0.5f, 0.4f, 1, 1, 1}, null, tan,
        new int[] {-1, -1, -1, -1, -1, -1}, new float[6], new int[0], 0, null);
    Camera camera = camera();
    RenderTarget target = rendered(1, camera);
    int[] before = target.shaded.clone();
    HairLayer layer = new HairLayer();
    layer.setHair(model);
    layer.draw(camera, target, LIGHT);
    HairShading shading = new HairShading(model, camera, LIGHT, lin3(0x5A3A22), lin3(0xBCBAB4), new float[3]);
    FrameBuffer[] alone = new FrameBuffer[2];
    for (int k = 0; k < 2; k++) {
      alone[k] = new FrameBuffer(40, 40);
      RenderMesh one = new RenderMesh(pos, new int[] {tris[3 * k], tris[3 * k + 1], tris[3 * k + 2]}, new float[] {0, 0},
          new int[3], new int[] {HairModel.CURTAIN}, HairModel.GROUPS);
      new Rasterizer().rasterize(one, camera, new RasterOptions(false, -1L), alone[k]);
    }
    float[] front = new float[4];
    float[] back = new float[4];
    int both = 0;
    for (int o = 0; o < 1600; o++) {
      boolean f = alone[0].triangle[o] >= 0;
      boolean b = alone[1].triangle[o] >= 0;
      java.util.Arrays.fill(front, 0);
      java.util.Arrays.fill(back, 0);
      if (f) {
        shading.shade(0, alone[0].bary1[o], alone[0].bary2[o], front);
      }
      if (b) {
        shading.shade(1, alone[1].bary1[o], alone[1].bary2[o], back);
      }
      both += f && b && front[3] < 0.9 ? 1 : 0;
      int c = before[o];
      int want = 0;
      for (int k = 16, i = 0; k >= 0; k -= 8, i++) {
        double under = back[i] + (1 - back[3]) * lin(c >> k & 255);
        want |= srgb(front[i] + (1 - front[3]) * under) << k;
      }
      int got = target.shaded[o];
      for (int k = 16; k >= 0; k -= 8) {
        assertThat(Math.abs((got >> k & 255) - (want >> k & 255))).as("pixel %d channel %d", o, k).isLessThanOrEqualTo(3);
      }
      if (front[3] + (1 - front[3]) * back[3] > 0.5) {
        assertThat(target.mask[o]).isEqualTo((byte) HairClass.SCALP_HAIR.code());
      }
    }
    assertThat(both).as("pixels where the back triangle shows through the front one").isGreaterThan(50);
  }

  @Test
  void scalpHairTurnsRigidlyWithTheHeadAndComesBack() {
    HairModel model = hair(2, new float[] {1, 1, 1});
    float[] rest = model.mesh().positions().clone();
    double[] pivot = {1, -10, -5};
    double yaw = Math.toRadians(20);
    double[] rot = {Math.cos(yaw), 0, Math.sin(yaw), 0, 1, 0, -Math.sin(yaw), 0, Math.cos(yaw)};
    model.turn(pivot, rot);
    float[] p = model.mesh().positions();
    for (int v = 0; v < 3; v++) {
      double x = rest[3 * v] - pivot[0];
      double z = rest[3 * v + 2] - pivot[2];
      assertThat((double) p[3 * v]).isCloseTo(pivot[0] + Math.cos(yaw) * x + Math.sin(yaw) * z, within(1e-4));
      assertThat(p[3 * v + 1]).isEqualTo(rest[3 * v + 1]);
      assertThat((double) p[3 * v + 2]).isCloseTo(pivot[2] - Math.sin(yaw) * x + Math.cos(yaw) * z, within(1e-4));
    }
    model.turn(pivot, null);
    assertThat(model.mesh().positions()).containsExactly(rest);
  }

  /**
   * A hair with every group: a small cap square and a hanging triangle at z = 2 (fixed), a facial
   * square following the four corners of a face square with no offset and a lash triangle
   * following three of them, so that with the face at z = 2 the facial hair lies exactly in the planes of the
   * cap and the hanging hair (ties in both passes).
   */
  private static HairModel everyGroup() {
    HairLook look = new HairLook(HairStyle.LONG, 0x5A3A22, 0.3, 1, 1, 5, FacialHairStyle.FULL_BEARD, 0.9, false, true, 0,
        true, false, 9);
    float[] cap = square(3, 2);
    float[] pos = new float[3 * 14];
    System.arraycopy(cap, 0, pos, 0, 12);
    System.arraycopy(new float[] {-6, -7, 2, 7, -4, 2, -2, 8, 2}, 0, pos, 12, 9);
    int[] tris = {0, 1, 2, 0, 2, 3, 4, 5, 6, 7, 8, 9, 7, 9, 10, 11, 12, 13};
    int[] groups = {HairModel.CAP, HairModel.CAP, HairModel.CURTAIN, HairModel.FACIAL, HairModel.FACIAL,
        HairModel.LASHES};
    RenderMesh mesh = new RenderMesh(pos, tris, new float[] {0, 0}, new int[tris.length], groups, HairModel.GROUPS);
    float[] u = new float[14];
    float[] v = new float[14];
    float[] alpha = new float[14];
    float[] tan = new float[3 * 14];
    for (int i = 0; i < 14; i++) {
      u[i] = 0.37f * i;
      v[i] = 0.61f * (i % 5);
      alpha[i] = i < 4 ? 0.5f + 0.2f * i : 0.6f + 0.03f * i;
      tan[3 * i + 1] = -1;
    }
    int[] follows = {-1, -1, -1, -1, -1, -1, -1, 0, 1, 2, 3, 0, 1, 2};
    float[] offset = new float[14];
    offset[11] = 0.3f;
    offset[12] = 0.3f;
    offset[13] = 0.3f;
    return new HairModel(look, mesh, u, v, alpha, null, tan, follows, offset, new int[] {0, 1, 2, 0, 2, 3}, 4, null);
  }

  @Test
  void fixedLayersDrawWhatDrawingEveryTriangleDraws() {
    Camera[] cameras = {camera(), new Camera(40, 40, 40, 0.5, -0.3, 0, 60, View.yaw(25), 1)};
    float[][] faces = {square(5, 2), square(4.5f, 2.5f), square(5.5f, 1.5f), square(5, 2)};
    for (int ss = 1; ss <= 2; ss++) {
      HairModel reusedModel = everyGroup();
      HairModel referenceModel = everyGroup();
      assertThat(reusedModel.fixedTriangles()).as("cap and hanging hair").isEqualTo(3);
      HairLayer reused = new HairLayer();
      reused.setHair(reusedModel);
      HairLayer reference = new HairLayer();
      reference.setHair(referenceModel);
      int changed = 0;
      for (float[] face : faces) {
        reused.pose(face);
        reference.pose(face);
        for (int round = 0; round < 2; round++) {
          for (Camera camera : cameras) {
            RenderTarget got = rendered(ss, camera);
            RenderTarget want = rendered(ss, camera);
            int[] before = got.shaded.clone();
            reused.draw(camera, got, LIGHT);
            reference.drawEveryTriangle(camera, want, LIGHT);
            assertThat(got.shaded).as("ss %d, face z %s, camera %s", ss, face[2], camera.view()).isEqualTo(want.shaded);
            assertThat(got.mask).isEqualTo(want.mask);
            assertThat(got.landmarks).isEqualTo(want.landmarks);
            changed += java.util.Arrays.equals(before, got.shaded) ? 0 : 1;
          }
        }
      }
      assertThat(changed).as("draws that changed the image").isEqualTo(2 * faces.length * cameras.length);
    }
  }

  @Test
  void fixedTrianglesStopAtTheFirstThatFollowsTheFaceOrSharesAVertexWithALaterOne() {
    assertThat(everyGroup().fixedTriangles()).isEqualTo(3);
    // A cap triangle after the facial hair, sharing the first cap triangle's vertex 0: the
    // prefix stops before the first triangle whose vertices a later triangle uses.
    HairModel m = everyGroup();
    int[] tris = java.util.Arrays.copyOf(m.mesh().triangles(), 21);
    tris[18] = 0;
    tris[19] = 4;
    tris[20] = 6;
    int[] groups = java.util.Arrays.copyOf(m.mesh().triangleGroups(), 7);
    groups[6] = HairModel.CAP;
    RenderMesh mesh = new RenderMesh(m.mesh().positions().clone(), tris, new float[] {0, 0}, new int[21], groups,
        HairModel.GROUPS);
    int[] follows = {-1, -1, -1, -1, -1, -1, -1, 0, 1, 2, 3, 0, 1, 2};
    HairModel shared = new HairModel(m.look(), mesh, new float[14], new float[14], new float[14], null, new float[42],
        follows, new float[14], new int[] {0, 1, 2, 0, 2, 3}, 4, null);
    assertThat(shared.fixedTriangles()).isZero();
  }
}
