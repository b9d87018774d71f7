package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The skin's bump map: its slopes from heights, its tilt of the normal against the normal of the
 * displaced surface computed from its corners, and the shader's skin under it against Lambert's
 * law on the tilted normal written out by hand.
 */
class SkinReliefTest {
  private static final int TEXELS = 32;

  /** Heights {@code a u + b v} at the layout's texel centres. */
  private static float[] ramp(SkinLayout layout, float a, float b) {
    int size = layout.size();
    int w = layout.tiles() * size;
    float[] h = new float[w * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < w; x++) {
        h[y * w + x] = a * (x + 0.5f) / size + b * (1 - (y + 0.5f) / size);
      }
    }
    return h;
  }

  private static SkinLayout layout(RenderMesh mesh) {
    return SkinLayout.of(mesh, new boolean[] {true}, TEXELS);
  }

  @Test
  void slopesOfARampAreItsGradientEverywhere() {
    SkinLayout layout = layout(TinyMeshes.quadPair());
    SkinRelief relief = SkinRelief.ofHeights(layout, ramp(layout, 0.3f, -0.2f));
    for (int texel = 0; texel < TEXELS * TEXELS; texel++) {
      assertThat(relief.slopeU(texel)).as("dh/du at %d", texel).isCloseTo(0.3f, offset(1e-4f));
      assertThat(relief.slopeV(texel)).as("dh/dv at %d", texel).isCloseTo(-0.2f, offset(1e-4f));
    }
    assertThat(relief.texel(0.99f, 0.99f)).isEqualTo(TEXELS - 1);
    assertThatThrownBy(() -> SkinRelief.ofHeights(layout, new float[3])).hasMessageContaining("height count");
  }

  @Test
  void basisTiltsTheNormalAsTheDisplacedTriangleIsTilted() {
    SplittableRandom rnd = new SplittableRandom(11);
    float[] out = new float[6];
    for (int trial = 0; trial < 200; trial++) {
      float[] p = new float[9];
      float[] uv = new float[6];
      for (int i = 0; i < 9; i++) {
        p[i] = (float) rnd.nextDouble(-3, 3);
      }
      for (int i = 0; i < 6; i++) {
        uv[i] = (float) rnd.nextDouble(0, 1);
      }
      double[] e1 = {p[3] - p[0], p[4] - p[1], p[5] - p[2]};
      double[] e2 = {p[6] - p[0], p[7] - p[1], p[8] - p[2]};
      double[] n = unit(cross(e1, e2));
      double uvArea = (uv[2] - uv[0]) * (uv[5] - uv[1]) - (uv[4] - uv[0]) * (uv[3] - uv[1]);
      if (Math.abs(uvArea) < 0.02 || norm(cross(e1, e2)) < 0.5) {
        continue;
      }
      SkinRelief.basis(p, new int[] {0, 1, 2}, new int[] {0, 1, 2}, uv, 0, out);
      // Heights a u + b v moved along the normal: the displaced triangle is the bumped plane.
      double a = rnd.nextDouble(-0.5, 0.5);
      double b = rnd.nextDouble(-0.5, 0.5);
      double[] q = new double[9];
      for (int j = 0; j < 3; j++) {
        double h = a * uv[2 * j] + b * uv[2 * j + 1];
        for (int k = 0; k < 3; k++) {
          q[3 * j + k] = p[3 * j + k] + h * n[k];
        }
      }
      double[] displaced = unit(cross(new double[] {q[3] - q[0], q[4] - q[1], q[5] - q[2]},
          new double[] {q[6] - q[0], q[7] - q[1], q[8] - q[2]}));
      double[] tilted = unit(new double[] {n[0] + a * out[0] + b * out[3], n[1] + a * out[1] + b * out[4],
          n[2] + a * out[2] + b * out[5]});
      for (int k = 0; k < 3; k++) {
        assertThat(tilted[k]).as("trial %d axis %d", trial, k).isCloseTo(displaced[k], offset(2e-4));
      }
    }
    float[] flat = {0, 0, 0, 1, 0, 0, 2, 0, 0};
    SkinRelief.basis(flat, new int[] {0, 1, 2}, new int[] {0, 1, 2}, new float[] {0, 0, 1, 0, 0, 1}, 0, out);
    assertThat(out).as("degenerate triangle").containsOnly(0f);
  }

  @Test
  void shadedSkinFollowsLambertOnTheTiltedNormal() {
    RenderMesh quad = TinyMeshes.quadPair();
    SkinLayout layout = layout(quad);
    int albedo = 0xB08060;
    int[] texels = new int[TEXELS * TEXELS];
    Arrays.fill(texels, albedo);
    SkinTexture skin = SkinTexture.wrap(layout, texels);
    Appearance app = new Appearance(SkinTone.MEDIUM, 0x5A3A22, 0x2A1E16, -40, 20, 0, 1, 0, 0xD8D8D8, 1L);
    // The quad spans 2 cm per texture unit: dh/du 0.8 is a slope of 0.4 along x, dh/dv -0.5 one of -0.25 along y.
    SkinRelief relief = SkinRelief.ofHeights(layout, ramp(layout, 0.8f, -0.5f));
    double[] l = app.lightDirection();
    double[] tilted = unit(new double[] {-0.4, 0.25, 1});
    double smooth = l[2];
    double bumped = tilted[0] * l[0] + tilted[1] * l[1] + tilted[2] * l[2];
    int[] plain = render(quad, new Shader(quad, app, skin, null, null));
    int[] rough = render(quad, new Shader(quad, app, skin, null, relief));
    for (int channel = 0; channel < 3; channel++) {
      int shift = 16 - 8 * channel;
      float a = Shader.toLinear(albedo >> shift & 255);
      int centre = 4 * 8 + 4;
      assertThat(plain[centre] >> shift & 255).as("smooth, channel %d", channel)
          .isCloseTo(Shader.toSrgb((float) (a * smooth)), offset(1));
      assertThat(rough[centre] >> shift & 255).as("bumped, channel %d", channel)
          .isCloseTo(Shader.toSrgb((float) (a * bumped)), offset(1));
    }
    assertThat(bumped / smooth).as("the fixture tilts the quad towards the light").isGreaterThan(1.2);
    assertThatThrownBy(() -> new Shader(quad, app, skin, null, SkinRelief.ofHeights(SkinLayout.of(quad,
        new boolean[] {true}, 16), new float[16 * 16]))).hasMessageContaining("layout");
  }

  private static int[] render(RenderMesh mesh, Shader shader) {
    Camera camera = TinyMeshes.camera8();
    FrameBuffer fb = new FrameBuffer(8, 8);
    new Rasterizer().rasterize(mesh, camera, RasterOptions.all(), fb);
    float[] normals = new float[mesh.vertexCount() * 3];
    for (int v = 0; v < mesh.vertexCount(); v++) {
      normals[3 * v + 2] = 1;
    }
    int[] out = new int[64];
    shader.resolve(fb, 1, mesh, normals, camera, out);
    return out;
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  private static double norm(double[] a) {
    return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
  }

  private static double[] unit(double[] a) {
    double n = norm(a);
    return new double[] {a[0] / n, a[1] / n, a[2] / n};
  }
}
