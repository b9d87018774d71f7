package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Depth peeling ({@link Rasterizer#rasterizeBehind}) against its definition, computed from each
 * triangle drawn alone: per sample, the nearest fragment strictly behind the front layer's.
 */
class RasterizerBehindTest {
  private static final RasterOptions TWO_SIDED = new RasterOptions(false, -1L);

  @Test
  void theSecondLayerIsTheNearestFragmentBehindTheFirst() {
    SplittableRandom rnd = new SplittableRandom(5);
    int n = 14;
    float[] p = new float[9 * n];
    int[] tris = new int[3 * n];
    for (int t = 0; t < n; t++) {
      double cx = rnd.nextDouble(-0.6, 0.6);
      double cy = rnd.nextDouble(-0.6, 0.6);
      for (int k = 0; k < 3; k++) {
        int v = 3 * t + k;
        p[3 * v] = (float) (cx + rnd.nextDouble(-0.8, 0.8));
        p[3 * v + 1] = (float) (cy + rnd.nextDouble(-0.8, 0.8));
        // Tilted and interpenetrating: depths differ per corner.
        p[3 * v + 2] = (float) rnd.nextDouble(-1.5, 1.5);
        tris[v] = v;
      }
    }
    Camera cam = TinyMeshes.camera(61, View.yaw(10), 11);
    RenderMesh mesh = TinyMeshes.mesh(p, tris);
    FrameBuffer front = TinyMeshes.render(true, mesh, cam, TWO_SIDED);
    FrameBuffer behind = new FrameBuffer(61, 61);
    new Rasterizer().rasterizeBehind(mesh, cam, TWO_SIDED, behind, front, 0, n);
    FrameBuffer[] alone = new FrameBuffer[n];
    for (int t = 0; t < n; t++) {
      alone[t] = TinyMeshes.render(true, TinyMeshes.mesh(p, new int[] {tris[3 * t], tris[3 * t + 1], tris[3 * t + 2]}),
          cam, TWO_SIDED);
    }
    int secondLayers = 0;
    for (int s = 0; s < 61 * 61; s++) {
      int want = -1;
      float wantDepth = 0;
      for (int t = 0; t < n; t++) {
        float iw = alone[t].invDepth[s];
        if (alone[t].triangle[s] >= 0 && iw < front.invDepth[s] && iw > wantDepth) {
          want = t;
          wantDepth = iw;
        }
      }
      assertThat(behind.triangle[s]).as("sample %d", s).isEqualTo(want);
      if (want >= 0) {
        secondLayers++;
        assertThat(behind.invDepth[s]).isEqualTo(wantDepth);
        assertThat(behind.bary1[s]).isEqualTo(alone[want].bary1[s]);
        assertThat(behind.bary2[s]).isEqualTo(alone[want].bary2[s]);
      }
    }
    assertThat(secondLayers).as("samples with a second layer").isGreaterThan(300);
  }

  @Test
  void behindACubesFrontFaceLiesItsBackFace() {
    Camera cam = TinyMeshes.camera8();
    FrameBuffer front = TinyMeshes.render(true, TinyMeshes.cube(), cam, TWO_SIDED);
    FrameBuffer behind = new FrameBuffer(8, 8);
    new Rasterizer().rasterizeBehind(TinyMeshes.cube(), cam, TWO_SIDED, behind, front, 0, 12);
    // The camera is 11 cm from the centre: the front face at 10 cm fills the image, the back
    // face at 12 cm its inner 6x6 pixels; the outer ring sees the side faces behind the front.
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        int s = 8 * y + x;
        assertThat(front.depth(s)).isCloseTo(10f, within(1e-4f));
        boolean inner = x >= 1 && x <= 6 && y >= 1 && y <= 6;
        assertThat(behind.triangle[s] <= 1).as("sample %d,%d", x, y).isEqualTo(inner);
        assertThat(behind.depth(s)).isCloseTo(inner ? 12f : 11f, within(inner ? 1e-4f : 1.01f));
      }
    }
  }
}
