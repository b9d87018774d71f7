package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pain3d.render.RenderMesh;

/** The shown-vertex set: each corner of the added triangles once, nothing else, emptied by a reset. */
class ShownVerticesTest {
  /** Four triangles over six vertices: 0-1-2, 1-3-2, 2-3-4, 3-5-4. */
  private static RenderMesh strip() {
    int[] t = {0, 1, 2, 1, 3, 2, 2, 3, 4, 3, 5, 4};
    return new RenderMesh(new float[18], t, new float[] {0, 0}, new int[12], new int[4], List.of("M_Face"));
  }

  private static int[] sorted(ShownVertices s) {
    s.list();
    int[] v = Arrays.copyOf(s.vertices(), s.count());
    Arrays.sort(v);
    return v;
  }

  @Test
  void listsEachCornerOfTheAddedTrianglesOnce() {
    ShownVertices s = new ShownVertices();
    s.reset(strip());
    assertThat(s.list()).isZero();
    s.add(1);
    s.add(2);
    s.add(1);
    assertThat(sorted(s)).containsExactly(1, 2, 3, 4);
    s.reset(strip());
    s.add(3);
    assertThat(sorted(s)).as("a reset forgets the last render's vertices").containsExactly(3, 4, 5);
    s.add(0);
    assertThat(sorted(s)).containsExactly(0, 1, 2, 3, 4, 5);
  }
}
