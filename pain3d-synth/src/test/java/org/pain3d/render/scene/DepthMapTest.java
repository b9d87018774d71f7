package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.pain3d.render.Camera;
import org.pain3d.render.RasterOptions;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.VertexNormals;

/** Shadow-map visibility and ambient occlusion on simple shapes. */
class DepthMapTest {
  /** A floor square at z = 0 (10 x 10 cm) and a small roof at z = 3 over (-1..1, -1..1). */
  private static RenderMesh floorAndRoof() {
    MeshBuilder b = new MeshBuilder();
    int a = b.vertex(-5, -5, 0, 0, 0);
    int c = b.vertex(5, -5, 0, 0, 0);
    int d = b.vertex(5, 5, 0, 0, 0);
    int e = b.vertex(-5, 5, 0, 0, 0);
    b.quad(a, c, d, e, PropMaterial.GARMENT);
    int f = b.vertex(-1, -1, 3, 0, 0);
    int g = b.vertex(1, -1, 3, 0, 0);
    int h = b.vertex(1, 1, 3, 0, 0);
    int i = b.vertex(-1, 1, 3, 0, 0);
    b.quad(f, g, h, i, PropMaterial.GARMENT);
    return b.build();
  }

  @Test
  void pointsUnderTheRoofAreShadowed() {
    DepthMap map = new DepthMap(128);
    Camera cam = map.begin(new double[] {0, 0, 1}, new double[] {0, 0, 1}, 8);
    map.draw(cam, floorAndRoof(), RasterOptions.all());
    assertThat(map.visibility(0, 0, 0, 0.2f, 0)).isZero();
    assertThat(map.visibility(3, 3, 0, 0.2f, 0)).isEqualTo(1f);
    assertThat(map.visibility(0, 0, 3, 0.2f, 0)).as("the roof itself is lit").isEqualTo(1f);
    float edge = map.visibility(1.0f, 0, 0, 0.2f, 3);
    assertThat(edge).as("soft at the shadow's edge").isStrictlyBetween(0f, 1f);
  }

  /**
   * Drawing only the triangles near a window gives the whole draw's visibility for every point
   * whose lookups fall in it: a wavy grid of many small triangles under a tilted light, a window
   * around a patch of points, compared lookup by lookup (filter radii 0 to 3).
   */
  @Test
  void drawingWithinAWindowGivesTheWholeDrawsVisibilityThere() {
    MeshBuilder b = new MeshBuilder();
    int n = 41;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        double px = -5 + 0.25 * x;
        double py = -5 + 0.25 * y;
        b.vertex(px, py, 0.8 * Math.sin(1.7 * px) * Math.cos(1.3 * py), 0, 0);
      }
    }
    b.grid(0, n, n, false, false, PropMaterial.GARMENT);
    RenderMesh mesh = b.build();
    float[] p = mesh.positions();
    double[] light = {0.3, 0.4, 0.866};
    double[] centre = {0, 0, 0};
    int lit = 0;
    int shaded = 0;
    for (int radius = 0; radius <= 3; radius++) {
      DepthMap whole = new DepthMap(96);
      whole.draw(whole.begin(light, centre, 8), mesh, RasterOptions.all());
      DepthMap near = new DepthMap(96);
      Camera cam = near.begin(light, centre, 8);
      int[] window = DepthMap.emptyWindow();
      int from = 15 * n;
      int to = 22 * n;
      near.footprint(p, from, to, radius, window);
      near.drawWithin(cam, mesh, RasterOptions.all(), window);
      for (int v = from; v < to; v++) {
        float expected = whole.visibility(p[3 * v], p[3 * v + 1], p[3 * v + 2], 0.05f, radius);
        assertThat(near.visibility(p[3 * v], p[3 * v + 1], p[3 * v + 2], 0.05f, radius)).as("vertex %d", v)
            .isEqualTo(expected);
        lit += expected == 1f ? 1 : 0;
        shaded += expected < 1f ? 1 : 0;
      }
      float far = whole.visibility(p[0], p[1], p[2], 0.05f, 0);
      assertThat(near.visibility(p[0], p[1], p[2], 0.05f, 0)).as("outside the window the map is partial")
          .isGreaterThanOrEqualTo(far);
    }
    assertThat(lit).as("lit points checked").isPositive();
    assertThat(shaded).as("shaded points checked").isPositive();
  }

  /**
   * The window holds the filter's whole footprint: floor points just beyond a finely cut roof's
   * shadow edge, whose outer taps fall under the roof, come out partly shaded as with the whole
   * draw (a window of the points alone would leave the roof's triangles out and read them lit).
   */
  @Test
  void aWindowHoldsTheFiltersReachUnderAShadowsEdge() {
    MeshBuilder b = new MeshBuilder();
    int floor = b.vertex(-5, -5, 0, 0, 0);
    b.quad(floor, b.vertex(5, -5, 0, 0, 0), b.vertex(5, 5, 0, 0, 0), b.vertex(-5, 5, 0, 0, 0), PropMaterial.GARMENT);
    int n = 21;
    int first = b.vertex(-1, -1, 3, 0, 0);
    for (int k = 1; k < n * n; k++) {
      b.vertex(-1 + 0.1 * (k % n), -1 + 0.1 * (k / n), 3, 0, 0);
    }
    b.grid(first, n, n, false, false, PropMaterial.GARMENT);
    RenderMesh mesh = b.build();
    float[] points = {1.1f, 0, 0, 1.2f, 0, 0, 1.3f, 0.2f, 0};
    int radius = 3;
    DepthMap whole = new DepthMap(96);
    whole.draw(whole.begin(new double[] {0, 0, 1}, new double[] {0, 0, 1}, 8), mesh, RasterOptions.all());
    DepthMap near = new DepthMap(96);
    Camera cam = near.begin(new double[] {0, 0, 1}, new double[] {0, 0, 1}, 8);
    int[] window = DepthMap.emptyWindow();
    near.footprint(points, 0, 3, radius, window);
    near.drawWithin(cam, mesh, RasterOptions.all(), window);
    for (int v = 0; v < 3; v++) {
      float expected = whole.visibility(points[3 * v], points[3 * v + 1], points[3 * v + 2], 0.2f, radius);
      assertThat(expected).as("point %d is in the filter's penumbra", v).isStrictlyBetween(0f, 1f);
      assertThat(near.visibility(points[3 * v], points[3 * v + 1], points[3 * v + 2], 0.2f, radius)).isEqualTo(expected);
    }
  }

  @Test
  void ambientOcclusionIsLowerUnderTheRoof() {
    MeshBuilder b = new MeshBuilder();
    int n = 11;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        b.vertex(-5 + x, -5 + y, 0, 0, 0);
      }
    }
    b.grid(0, n, n, false, false, PropMaterial.GARMENT);
    int f = b.vertex(-1.5, -1.5, 1.5, 0, 0);
    int g = b.vertex(1.5, -1.5, 1.5, 0, 0);
    int h = b.vertex(1.5, 1.5, 1.5, 0, 0);
    int i = b.vertex(-1.5, 1.5, 1.5, 0, 0);
    b.quad(f, i, h, g, PropMaterial.GARMENT);
    RenderMesh m = b.build();
    float[] normals = new float[m.positions().length];
    VertexNormals.compute(m.positions(), m.triangles(), normals);
    float[] ao = AmbientOcclusion.compute(m, RasterOptions.all(), normals, 64, 128, 0.3f);
    int centre = 5 * n + 5;
    int open = 1 * n + 9;
    assertThat(ao[open]).isGreaterThan(0.9f);
    assertThat(ao[centre]).isLessThan(0.6f);
  }
}
