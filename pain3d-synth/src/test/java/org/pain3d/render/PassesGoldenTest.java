package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The passes resolved from tiny meshes, with exact expectations. */
class PassesGoldenTest {
  private static final FaceRenderer RENDERER = new FaceRenderer();

  private static RenderTarget render(RenderMesh mesh, int ss, Shader shader) {
    EnumSet<Pass> passes = EnumSet.allOf(Pass.class);
    if (shader == null) {
      passes.remove(Pass.SHADED);
    }
    RenderTarget t = new RenderTarget(8, 8, ss, passes);
    RENDERER.render(mesh, TinyMeshes.camera8(), shader, mesh.positions(), t);
    return t;
  }

  @Test
  void quadPairGivesFlatDepthFrontalNormalsAndLinearUvs() {
    RenderTarget t = render(TinyMeshes.quadPair(), 1, null);
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        int i = y * 8 + x;
        assertThat(t.depthCm[i]).isCloseTo(10f, within(1e-5f));
        assertThat(t.normals[3 * i]).isCloseTo(0f, within(1e-6f));
        assertThat(t.normals[3 * i + 1]).isCloseTo(0f, within(1e-6f));
        assertThat(t.normals[3 * i + 2]).isCloseTo(1f, within(1e-6f));
        // World x = (px - 4) / 4 at the pixel centre; the fixture's u = x / 2 + 1 / 2.
        assertThat(t.uv[2 * i]).isCloseTo((x + 0.5f) / 8f, within(1e-5f));
        assertThat(t.uv[2 * i + 1]).isCloseTo(1 - (y + 0.5f) / 8f, within(1e-5f));
        assertThat(t.mask[i]).isEqualTo((byte) 1);
        assertThat(t.heatmapMm[i]).isZero();
      }
    }
  }

  @Test
  void triangleMaskAndBackgroundDepthAreZeroOutside() {
    RenderTarget t = render(TinyMeshes.triangle(), 1, null);
    int covered = 0;
    for (int i = 0; i < 64; i++) {
      boolean in = t.frame.triangle[i] >= 0;
      covered += in ? 1 : 0;
      assertThat(t.mask[i]).isEqualTo((byte) (in ? 1 : 0));
      if (!in) {
        assertThat(t.depthCm[i]).isZero();
        assertThat(t.uv[2 * i]).isEqualTo(-1f);
      }
    }
    assertThat(covered).isEqualTo(28);
  }

  @Test
  void shadingLightsAFrontalQuadEvenlyAndSupersamplingBlendsTheEdge() {
    RenderMesh quad = TinyMeshes.quadPair();
    Appearance app = new Appearance(SkinTone.MEDIUM, 0x503020, 0x202020, 0, 0, 0.2, 0.8, 0, 0x000000, 3);
    SkinTexture flat = SkinTexture.bake(quad, new boolean[] {true}, app, 16);
    Shader shader = new Shader(quad, app, flat);
    RenderTarget t = render(quad, 1, shader);
    // Light and view straight on, no specular: colour = albedo (ambient + diffuse = 1).
    for (int i = 0; i < 64; i++) {
      int expected = flat.sample(t.uv[2 * i], t.uv[2 * i + 1]);
      assertThat(channelDistance(t.shaded[i], expected)).isLessThanOrEqualTo(1);
    }
    RenderTarget aa = render(TinyMeshes.triangle(), 2, shader);
    // On the diagonal pixels the triangle covers 1 of 4 samples (top-left rule excludes the
    // samples on the edge), so they are a blend between black background and skin.
    int diagonal = aa.shaded[3 * 8 + 3];
    int inside = aa.shaded[7 * 8];
    assertThat(diagonal >> 16 & 255).isGreaterThan(0).isLessThan(inside >> 16 & 255);
    assertThat(aa.shaded[7]).isZero();
  }

  private static int channelDistance(int a, int b) {
    int d = 0;
    for (int s = 0; s < 24; s += 8) {
      d = Math.max(d, Math.abs((a >> s & 255) - (b >> s & 255)));
    }
    return d;
  }

  @Test
  void heatmapInterpolatesPerVertexDisplacement() {
    RenderMesh quad = TinyMeshes.quadPair();
    float[] neutral = quad.positions().clone();
    for (int k = 2; k < 12; k += 3) {
      neutral[k] -= 0.2f;
    }
    RenderTarget t = new RenderTarget(8, 8, 1, EnumSet.of(Pass.HEATMAP));
    RENDERER.render(quad, TinyMeshes.camera8(), null, neutral, t);
    for (int i = 0; i < 64; i++) {
      assertThat(t.heatmapMm[i]).isCloseTo(2.0f, within(1e-4f));
    }
    short[] raw = new short[64];
    PainHeatmap.toRaw16(t.heatmapMm, HeatmapScale.defaults(), raw);
    assertThat(raw[0]).isEqualTo((short) 2000);
    int[] rgb = new int[64];
    PainHeatmap.colourise(t.heatmapMm, t.mask, HeatmapScale.defaults(), 0x123456, rgb);
    assertThat(rgb[0]).isEqualTo(PainHeatmap.colour(t.heatmapMm[0] / 15.0));
    assertThat(PainHeatmap.colour(0)).isEqualTo(0x000004);
    assertThat(PainHeatmap.colour(2)).isEqualTo(0xFCFDBF);
  }
}
