package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;

/**
 * The lash cards' root distances against a plain computation: a skin quad in the plane z = 0
 * and a lash strip standing off it (its root row on the skin, rows 0.3 and 0.6 cm out and a
 * sideways offset): each lash vertex's distance is that of the nearest skin vertex.
 */
class HairBuilderLashTest {
  @Test
  void rootDistancesAreTheDistancesToTheNearestSkinVertex() {
    float[] pos = {
      // skin quad, vertices 0-3
      -2, -1, 0, 2, -1, 0, 2, 1, 0, -2, 1, 0,
      // lash strip, vertices 4-9: root row on the skin's corner 0, then out along z (and x)
      -2, -1, 0, -1.5f, -1, 0, -2, -1, 0.3f, -1.5f, -1, 0.3f, -2.4f, -1, 0.6f, -1.9f, -1, 0.6f,
      // a skin vertex far from the lashes (outside the search box): ignored
      40, 40, 0
    };
    int[] tris = {0, 1, 2, 0, 2, 3, 4, 5, 7, 4, 7, 6, 6, 7, 9, 6, 9, 8, 1, 2, 10};
    RenderMesh mesh = new RenderMesh(pos, tris, new float[] {0, 0}, new int[tris.length],
        new int[] {0, 0, 1, 1, 1, 1, 0}, List.of("M_Face", "M_EyeLashes"));
    MaterialKind[] kinds = MaterialKind.ofTriangles(mesh);
    assertThat(kinds[0]).isEqualTo(MaterialKind.SKIN);
    float[] d = HairBuilder.rootDistances(mesh, kinds, 1);
    int[] skin = {0, 1, 2, 3};
    for (int v = 4; v <= 9; v++) {
      double best = Double.MAX_VALUE;
      for (int s : skin) {
        double dx = pos[3 * v] - pos[3 * s];
        double dy = pos[3 * v + 1] - pos[3 * s + 1];
        double dz = pos[3 * v + 2] - pos[3 * s + 2];
        best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
      }
      assertThat((double) d[v]).as("lash vertex %d", v).isCloseTo(best, within(1e-6));
    }
    assertThat(d[4]).isZero();
    assertThat(d[0]).as("skin vertices get no distance").isZero();
  }
}
