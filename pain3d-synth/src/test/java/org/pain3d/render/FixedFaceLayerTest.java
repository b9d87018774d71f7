package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A kept layer of some triangles merged into a cleared buffer, then the others drawn with
 * {@link Rasterizer#rasterizeListed}, leaves the buffer of drawing every triangle in index
 * order, exact depth ties included.
 */
class FixedFaceLayerTest {
  private static final int SIZE = 40;

  @Test
  void aKeptLayerAndTheOtherTrianglesGiveTheBufferOfDrawingAllInOrder() {
    SplittableRandom rng = new SplittableRandom(5);
    int count = 160;
    int base = 300;
    // Every fifth triangle from the tenth on repeats an earlier one over copies of its corners
    // (new vertices at the same positions, so the same fragments: exact depth ties), and the
    // copies may land on the other side of a still/moving split than the original.
    int twins = (count - 10 + 4) / 5;
    int n = base + 3 * twins;
    float[] p = new float[3 * n];
    for (int v = 0; v < base; v++) {
      p[3 * v] = (float) rng.nextDouble(-1.2, 1.2);
      p[3 * v + 1] = (float) rng.nextDouble(-1.2, 1.2);
      p[3 * v + 2] = (float) rng.nextDouble(-1, 1.5);
    }
    int[] t = new int[3 * count];
    for (int i = 0; i < t.length; i++) {
      t[i] = rng.nextInt(base);
    }
    int copy = base;
    for (int k = 10; k < count; k += 5) {
      int src = rng.nextInt(k);
      for (int j = 0; j < 3; j++) {
        System.arraycopy(p, 3 * t[3 * src + j], p, 3 * copy, 3);
        t[3 * k + j] = copy++;
      }
    }
    RenderMesh mesh = TinyMeshes.mesh(p, t);
    Camera cam = TinyMeshes.camera(SIZE, View.frontal(), 11);
    FrameBuffer all = new FrameBuffer(SIZE, SIZE);
    new Rasterizer().rasterize(mesh, cam, RasterOptions.all(), all);
    int ties = 0;
    for (int split = 0; split < 6; split++) {
      boolean[] still = new boolean[n];
      for (int v = 0; v < n; v++) {
        still[v] = rng.nextDouble() < 0.2 * split;
      }
      FixedFaceLayer.FaceSplit s = FixedFaceLayer.FaceSplit.of(t, still);
      assertThat(s.stillTriangles().length + s.movingTriangles().length).isEqualTo(count);
      Rasterizer r = new Rasterizer();
      FrameBuffer scratch = new FrameBuffer(SIZE, SIZE);
      r.rasterizeListed(mesh, cam, RasterOptions.all(), scratch, s.stillTriangles(), s.stillVertices());
      CoveredSamples kept = new CoveredSamples();
      kept.keep(scratch);
      FrameBuffer got = new FrameBuffer(SIZE, SIZE);
      kept.mergeInto(got);
      r.rasterizeListed(mesh, cam, RasterOptions.all(), got, s.movingTriangles(), s.movingVertices());
      assertThat(got.triangle).as("split %d", split).containsExactly(all.triangle);
      assertThat(got.invDepth).containsExactly(all.invDepth);
      assertThat(got.bary1).containsExactly(all.bary1);
      assertThat(got.bary2).containsExactly(all.bary2);
      // The strict test alone (no tie rule) after the layer keeps a still copy where a moving
      // triangle with the same corners and a lower index should win: the tie rule is needed.
      FrameBuffer strict = new FrameBuffer(SIZE, SIZE);
      kept.mergeInto(strict);
      for (int m : s.movingTriangles()) {
        r.rasterize(mesh, cam, RasterOptions.all(), strict, 0, m, m + 1);
      }
      for (int i = 0; i < SIZE * SIZE; i++) {
        ties += strict.triangle[i] != all.triangle[i] ? 1 : 0;
      }
    }
    assertThat(ties).as("samples the strict test alone gets wrong").isPositive();
    assertThat(java.util.Arrays.stream(all.triangle).filter(i -> i >= 0).count()).isGreaterThan(200);
  }
}
