package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The rasteriser projects only the vertices a triangle list uses (a LOD mesh over the face's positions). */
class RasterizerUsedVerticesTest {
  private static final int SIZE = 48;

  @Test
  void aTriangleListOverFewOfManyVerticesDrawsAsTheCompactMesh() {
    SplittableRandom rng = new SplittableRandom(23);
    int n = 400;
    float[] p = new float[3 * n];
    for (int v = 0; v < n; v++) {
      p[3 * v] = (float) rng.nextDouble(-1.2, 1.2);
      p[3 * v + 1] = (float) rng.nextDouble(-1.2, 1.2);
      p[3 * v + 2] = (float) rng.nextDouble(-1, 1.5);
    }
    // Lists over overlapping vertex ranges; unused vertices hold NaN (never read). Five lists, one
    // more than a rasteriser keeps, drawn in an order that reuses, evicts and rebuilds them.
    int[] a = triangles(rng, 0, 150, 60);
    int[] b = triangles(rng, 100, 300, 60);
    int[] c = triangles(rng, 50, 250, 40);
    int[] d = triangles(rng, 0, 300, 30);
    int[] e = triangles(rng, 200, 300, 50);
    for (int v = 300; v < n; v++) {
      p[3 * v] = Float.NaN;
    }
    Camera cam = TinyMeshes.camera(SIZE, View.frontal(), 11);
    Rasterizer shared = new Rasterizer();
    for (int[] t : new int[][] {a, b, a, c, d, e, a, b, e}) {
      FrameBuffer got = new FrameBuffer(SIZE, SIZE);
      shared.rasterize(TinyMeshes.mesh(p, t), cam, RasterOptions.all(), got);
      FrameBuffer compact = new FrameBuffer(SIZE, SIZE);
      new Rasterizer().rasterize(compact(p, t), cam, RasterOptions.all(), compact);
      assertThat(got.triangle).containsExactly(compact.triangle);
      assertThat(got.invDepth).containsExactly(compact.invDepth);
      assertThat(got.bary1).containsExactly(compact.bary1);
      assertThat(got.bary2).containsExactly(compact.bary2);
      assertThat(java.util.Arrays.stream(got.triangle).filter(i -> i >= 0).count()).as("pixels drawn").isGreaterThan(100);
    }
  }

  private static int[] triangles(SplittableRandom rng, int from, int to, int count) {
    int[] t = new int[3 * count];
    for (int i = 0; i < t.length; i++) {
      t[i] = rng.nextInt(from, to);
    }
    return t;
  }

  /** The same triangles over only the vertices they use, renumbered in ascending order. */
  private static RenderMesh compact(float[] p, int[] t) {
    int[] map = new int[p.length / 3];
    java.util.Arrays.fill(map, -1);
    int[] sorted = java.util.Arrays.stream(t).distinct().sorted().toArray();
    float[] q = new float[3 * sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      map[sorted[i]] = i;
      System.arraycopy(p, 3 * sorted[i], q, 3 * i, 3);
    }
    int[] u = new int[t.length];
    for (int i = 0; i < t.length; i++) {
      u[i] = map[t[i]];
    }
    return TinyMeshes.mesh(q, u);
  }
}
