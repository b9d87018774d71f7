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
