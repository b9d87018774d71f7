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
 * law on the tilted normal (to first order, as the shading tilts it) written out by hand.
 */
class SkinReliefTest {
  private static final int TEXELS = 32;
  private static final int ALBEDO = 0xB08060;
  /** A key light at 40 degrees to the left and 20 up, no ambient, no highlight: Lambert alone. */
  private static final Appearance LIT =
      new Appearance(SkinTone.MEDIUM, 0x5A3A22, 0x2A1E16, -40, 20, 0, 1, 0, 0xD8D8D8, 1L);

  /** A skin texture of one colour ({@link #ALBEDO}) on a layout. */
  private static SkinTexture uniformSkin(SkinLayout layout) {
    int[] texels = new int[layout.tiles() * layout.size() * layout.size()];
    Arrays.fill(texels, ALBEDO);
    return SkinTexture.wrap(layout, texels);
  }

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

  /**
   * A ramp of heights {@code 0.3 u - 0.2 v} on the quad (2 cm per texture unit) is a plane of
   * slopes 0.15 along x and -0.1 along y: every texel tilts the normal by (-0.15, 0.1, 0).
   */
  @Test
  void aRampTiltsEveryTexelByItsGradient() {
    RenderMesh quad = TinyMeshes.quadPair();
    SkinLayout layout = layout(quad);
    SkinRelief relief = SkinRelief.of(layout, ramp(layout, 0.3f, -0.2f), quad);
    float tolerance = SkinRelief.STEP / 2 + 1e-6f;
    for (int texel = 0; texel < TEXELS * TEXELS; texel++) {
      assertThat(relief.along(texel, 1, 0, 0)).as("x at %d", texel).isCloseTo(-0.15f, offset(tolerance));
      assertThat(relief.along(texel, 0, 1, 0)).as("y at %d", texel).isCloseTo(0.1f, offset(tolerance));
      assertThat(relief.along(texel, 0, 0, 1)).as("z at %d", texel).isCloseTo(0f, offset(tolerance));
    }
    assertThat(relief.texel(0.99f, 0.99f)).isEqualTo(TEXELS - 1);
    assertThatThrownBy(() -> SkinRelief.of(layout, new float[3], quad)).hasMessageContaining("height count");
  }

  /**
   * An overlay (an expression's wrinkles) adds its tilt to the relief's own, and clearing it gives
   * back the relief's own tilt exactly.
   */
  @Test
  void anOverlayAddsToTheOwnTiltAndClearsBackToIt() {
    RenderMesh quad = TinyMeshes.quadPair();
    SkinLayout layout = layout(quad);
    SkinRelief relief = SkinRelief.of(SkinRelief.Directions.of(layout, quad), ramp(layout, 0.3f, -0.2f));
    int texel = 5 * TEXELS + 9;
    float tolerance = SkinRelief.STEP + 1e-6f;
    float ownX = relief.along(texel, 1, 0, 0);
    float ownY = relief.along(texel, 0, 1, 0);
    relief.overlay(texel, 0.2f, -0.05f, 0.01f);
    assertThat(relief.along(texel, 1, 0, 0)).isCloseTo(-0.15f + 0.2f, offset(tolerance));
    assertThat(relief.along(texel, 0, 1, 0)).isCloseTo(0.1f - 0.05f, offset(tolerance));
    assertThat(relief.along(texel, 0, 0, 1)).isCloseTo(0.01f, offset(tolerance));
    assertThat(relief.along(texel + 1, 1, 0, 0)).as("another texel keeps its own").isEqualTo(ownX);
    relief.overlay(texel, 0.05f, 0, 0);
    assertThat(relief.along(texel, 1, 0, 0)).as("an overlay replaces the earlier one").isCloseTo(-0.1f, offset(tolerance));
    relief.overlay(texel, 5, 0, 0);
    assertThat(relief.along(texel, 1, 0, 0)).as("an overlay held within its largest tilt")
        .isCloseTo(-0.15f + SkinRelief.MAX_TILT, offset(tolerance));
    relief.clearOverlay(texel);
    assertThat(relief.along(texel, 1, 0, 0)).isEqualTo(ownX);
    assertThat(relief.along(texel, 0, 1, 0)).isEqualTo(ownY);
  }

  /**
   * A few texels far steeper than the rest (where the layout packs many texels into little
   * surface) are held at {@link SkinRelief#MAX_TILT}, and the others are stored as finely as ever.
   */
  @Test
  void aSpikeIsHeldAndDoesNotCoarsenTheRest() {
    RenderMesh quad = TinyMeshes.quadPair();
    SkinLayout layout = layout(quad);
    float[] heights = ramp(layout, 0.3f, -0.2f);
    int spike = 20 * TEXELS + 20;
    heights[spike] += 50;
    SkinRelief relief = SkinRelief.of(layout, heights, quad);
    assertThat(relief.along(spike + 1, 1, 0, 0)).as("beside the spike, downhill of it")
        .isCloseTo(SkinRelief.MAX_TILT, offset(SkinRelief.STEP));
    assertThat(relief.along(5 * TEXELS + 5, 1, 0, 0)).as("far from it").isCloseTo(-0.15f, offset(SkinRelief.STEP / 2));
  }

  /**
   * Slopes are taken between texels on the surface only: at the edge of the layout's triangle the
   * texels outside (whatever their heights) do not bend the slope.
   */
  @Test
  void slopesStopAtTheEdgeOfTheLayout() {
    RenderMesh half = TinyMeshes.triangle();
    SkinLayout layout = layout(half);
    float[] heights = ramp(layout, 0.3f, -0.2f);
    int outside = 0;
    for (int o = 0; o < heights.length; o++) {
      if (layout.triangle(o) < 0) {
        heights[o] = 100;
        outside++;
      }
    }
    assertThat(outside).as("the fixture leaves texels outside").isGreaterThan(TEXELS);
    SkinRelief relief = SkinRelief.of(layout, heights, half);
    float tolerance = SkinRelief.STEP / 2 + 1e-6f;
    int inside = 0;
    for (int o = 0; o < heights.length; o++) {
      if (layout.triangle(o) >= 0) {
        inside++;
        assertThat(relief.along(o, 1, 0, 0)).as("x at %d", o).isCloseTo(-0.15f, offset(tolerance));
        assertThat(relief.along(o, 0, 1, 0)).as("y at %d", o).isCloseTo(0.1f, offset(tolerance));
      } else {
        assertThat(relief.along(o, 1, 1, 1)).as("outside at %d", o).isZero();
      }
    }
    assertThat(inside).isGreaterThan(TEXELS);
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
    assertThat(out).as("a triangle degenerate in space").containsOnly(0f);
  }

  @Test
  void shadedSkinFollowsLambertOnTheTiltedNormal() {
    RenderMesh quad = TinyMeshes.quadPair();
    SkinLayout layout = layout(quad);
    SkinTexture skin = uniformSkin(layout);
    // The quad spans 2 cm per texture unit: dh/du 0.8 is a slope of 0.4 along x, dh/dv -0.5 one of -0.25 along y.
    SkinRelief relief = SkinRelief.of(layout, ramp(layout, 0.8f, -0.5f), quad);
    double[] l = LIT.lightDirection();
    double smooth = l[2];
    // To first order (the shading does not renormalise the tilted normal): n.l + dn.l.
    double bumped = -0.4 * l[0] + 0.25 * l[1] + l[2];
    int[] plain = render(quad, new Shader(quad, LIT, skin, null, null));
    int[] rough = render(quad, new Shader(quad, LIT, skin, null, relief));
    for (int channel = 0; channel < 3; channel++) {
      int shift = 16 - 8 * channel;
      float a = Shader.toLinear(ALBEDO >> shift & 255);
      int centre = 4 * 8 + 4;
      assertThat(plain[centre] >> shift & 255).as("smooth, channel %d", channel)
          .isCloseTo(Shader.toSrgb((float) (a * smooth)), offset(1));
      assertThat(rough[centre] >> shift & 255).as("bumped, channel %d", channel)
          .isCloseTo(Shader.toSrgb((float) (a * bumped)), offset(1));
    }
    assertThat(bumped / smooth).as("the fixture tilts the quad towards the light").isGreaterThan(1.2);
    assertThatThrownBy(() -> new Shader(quad, LIT, skin, null, SkinRelief.of(SkinLayout.of(quad,
        new boolean[] {true}, 16), new float[16 * 16], quad))).hasMessageContaining("layout");
  }

  /**
   * A tilt towards the half vector beyond the highlight's peak (a line's steep side) holds {@code n .
   * h} at 1: the highlight is at its peak there, not raised past it to white.
   */
  @Test
  void theHighlightStopsAtItsPeak() {
    RenderMesh quad = TinyMeshes.quadPair();
    SkinLayout layout = layout(quad);
    Appearance glossy = new Appearance(SkinTone.MEDIUM, 0x5A3A22, 0x2A1E16, -40, 20, 0, 1, 0.1, 0xD8D8D8, 1L);
    double[] l = glossy.lightDirection();
    double[] h = unit(new double[] {l[0], l[1], l[2] + 1});
    // Tilt the normal along h's sideways part so that n.h + dn.h = 1.3 (the quad spans 2 cm per texture unit).
    double k = (1.3 - h[2]) / (h[0] * h[0] + h[1] * h[1]);
    float[] heights = ramp(layout, (float) (-2 * k * h[0]), (float) (-2 * k * h[1]));
    Shader shader = new Shader(quad, glossy, uniformSkin(layout), null, SkinRelief.of(layout, heights, quad));
    int[] out = render(quad, shader);
    double diffuse = l[2] + k * (h[0] * l[0] + h[1] * l[1]);
    for (int channel = 0; channel < 3; channel++) {
      int shift = 16 - 8 * channel;
      float a = Shader.toLinear(ALBEDO >> shift & 255);
      assertThat(out[4 * 8 + 4] >> shift & 255).as("channel %d", channel)
          .isCloseTo(Shader.toSrgb((float) (a * diffuse + 0.1)), offset(1))
          .isLessThan(250);
    }
  }

  /**
   * A head turned on the neck (the quad rolled 90 degrees about the camera axis) keeps its relief:
   * the tilt turns with it, so under the same light the bump shades as the turned tilt does.
   */
  @Test
  void aTurnedHeadTurnsItsReliefWithIt() {
    RenderMesh quad = TinyMeshes.quadPair();
    SkinLayout layout = layout(quad);
    SkinTexture skin = uniformSkin(layout);
    Shader shader = new Shader(quad, LIT, skin, null, SkinRelief.of(layout, ramp(layout, 0.8f, -0.5f), quad));
    // Roll by 90 degrees: (x, y, z) -> (-y, x, z).
    double[] roll = {0, -1, 0, 1, 0, 0, 0, 0, 1};
    float[] p = quad.positions().clone();
    for (int v = 0; v < p.length / 3; v++) {
      float x = p[3 * v];
      p[3 * v] = -p[3 * v + 1];
      p[3 * v + 1] = x;
    }
    RenderMesh rolled = new RenderMesh(p, quad.triangles(), quad.uvs(), quad.triangleUvs(), quad.triangleGroups(),
        quad.groupNames());
    double[] l = LIT.lightDirection();
    // The neutral tilt (-0.4, 0.25, 0) turned: (-0.25, -0.4, 0).
    double turned = -0.25 * l[0] - 0.4 * l[1] + l[2];
    int centre = 4 * 8 + 4;
    int withTurn = render(rolled, shader, roll)[centre];
    int unturned = render(rolled, shader, null)[centre];
    float a = Shader.toLinear(ALBEDO >> 16 & 255);
    assertThat(withTurn >> 16 & 255).isCloseTo(Shader.toSrgb((float) (a * turned)), offset(1));
    assertThat(Math.abs((unturned >> 16 & 255) - (withTurn >> 16 & 255))).as("the turn matters here")
        .isGreaterThan(10);
  }

  private static int[] render(RenderMesh mesh, Shader shader) {
    return render(mesh, shader, null);
  }

  private static int[] render(RenderMesh mesh, Shader shader, double[] headRotation) {
    Camera camera = TinyMeshes.camera8();
    FrameBuffer fb = new FrameBuffer(8, 8);
    new Rasterizer().rasterize(mesh, camera, RasterOptions.all(), fb);
    float[] normals = new float[mesh.vertexCount() * 3];
    for (int v = 0; v < mesh.vertexCount(); v++) {
      normals[3 * v + 2] = 1;
    }
    int[] out = new int[64];
    shader.resolve(fb, 1, mesh, normals, camera, headRotation, out);
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
