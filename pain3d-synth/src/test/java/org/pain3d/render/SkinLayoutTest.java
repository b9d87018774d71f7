package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SkinLayoutTest {
  @Test
  void everyTexelOfAFullyCoveredTileInterpolatesItsOwnCentre() {
    // quadPair: positions x, y in [-1, 1] on z = 1 and u = x / 2 + 1 / 2, v = y / 2 + 1 / 2.
    RenderMesh quad = TinyMeshes.quadPair();
    SkinLayout layout = SkinLayout.of(quad, new boolean[] {true}, 16);
    assertThat(layout.tiles()).isEqualTo(1);
    float[] p = new float[3];
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        int o = y * 16 + x;
        assertThat(layout.triangle(o)).isBetween(0, 1);
        layout.position(quad.positions(), quad.triangles(), o, p);
        assertThat(p[0]).isCloseTo(2 * (x + 0.5f) / 16 - 1, within(1e-5f));
        assertThat(p[1]).isCloseTo(1 - 2 * (y + 0.5f) / 16, within(1e-5f));
        assertThat(p[2]).isCloseTo(1f, within(1e-6f));
      }
    }
  }

  @Test
  void texelsFarFromTheSkinHaveNoTriangleAndNearOnesDo() {
    // The lower-left half of the UV square: texels well above the diagonal stay empty.
    RenderMesh tri = TinyMeshes.triangle();
    SkinLayout layout = SkinLayout.of(tri, new boolean[] {true}, 32);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        // Texel centre in UV (v up) and its signed distance past the diagonal u + v = 1, texels.
        float u = (x + 0.5f) / 32;
        float v = 1 - (y + 0.5f) / 32;
        float beyond = (u + v - 1) * 32 / (float) Math.sqrt(2);
        int t = layout.triangle(y * 32 + x);
        if (beyond < 0) {
          assertThat(t).as("inside texel %d,%d", x, y).isZero();
        } else if (beyond > 1.5f) {
          assertThat(t).as("outside texel %d,%d", x, y).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void nonSkinGroupsAreLeftOutAndTheSizeIsChecked() {
    SkinLayout layout = SkinLayout.of(TinyMeshes.quadPair(), new boolean[] {false}, 16);
    for (int o = 0; o < 256; o++) {
      assertThat(layout.triangle(o)).isEqualTo(-1);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> SkinLayout.of(TinyMeshes.quadPair(), new boolean[] {true}, 8))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
