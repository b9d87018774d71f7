package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VertexNormalsTest {
  @Test
  void normalsOverATriangleListThatUsesFewVerticesEqualTheFullComputation() {
    SplittableRandom rng = new SplittableRandom(17);
    int n = 2_000;
    float[] p = new float[3 * n];
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) rng.nextDouble(-5, 5);
    }
    // Triangles over the first 600 vertices only, one degenerate (no area), some vertices shared.
    int[] t = new int[3 * 900];
    for (int i = 0; i < t.length; i++) {
      t[i] = rng.nextInt(600);
    }
    t[0] = 5;
    t[1] = 5;
    t[2] = 7;
    VertexNormals.OfTriangles normals = new VertexNormals.OfTriangles(n, t);
    float[] expected = new float[3 * n];
    float[] out = new float[3 * n];
    java.util.Arrays.fill(out, 9f); // whatever a buffer held before
    for (int pose = 0; pose < 3; pose++) {
      for (int i = 0; i < p.length; i++) {
        p[i] += (float) rng.nextDouble(-0.1, 0.1);
      }
      VertexNormals.compute(p, t, expected);
      normals.compute(p, out);
      assertThat(out).containsExactly(expected);
    }
    assertThat(normals.triangles()).isSameAs(t);
    assertThatThrownBy(() -> normals.compute(new float[3], out)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void normalsAtChosenVerticesEqualTheFullComputationAndReadOnlyTheirRing() {
    SplittableRandom rng = new SplittableRandom(23);
    int n = 1_500;
    float[] p = new float[3 * n];
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) rng.nextDouble(-5, 5);
    }
    int[] t = new int[3 * 2_500];
    for (int i = 0; i < t.length; i++) {
      t[i] = rng.nextInt(n);
    }
    t[0] = 11;
    t[1] = 11;
    t[2] = 12;
    int[] chosen = {11, 40, 40, 977, 1_499, 3};
    VertexNormals.AtVertices at = new VertexNormals.AtVertices(n, t, chosen);
    int[] ring = at.ring();
    assertThat(ring).contains(11, 12, 40, 977, 1_499, 3).isSorted();
    boolean[] inRing = new boolean[n];
    for (int v : ring) {
      inRing[v] = true;
    }
    float[] expected = new float[3 * n];
    float[] out = new float[3 * n];
    java.util.Arrays.fill(out, 9f);
    for (int pose = 0; pose < 3; pose++) {
      for (int i = 0; i < p.length; i++) {
        p[i] += (float) rng.nextDouble(-0.1, 0.1);
      }
      VertexNormals.compute(p, t, expected);
      // Positions outside the ring are not read: poison them.
      float[] ringOnly = p.clone();
      for (int v = 0; v < n; v++) {
        if (!inRing[v]) {
          ringOnly[3 * v] = Float.NaN;
          ringOnly[3 * v + 1] = Float.NaN;
          ringOnly[3 * v + 2] = Float.NaN;
        }
      }
      at.compute(ringOnly, out);
      for (int v : chosen) {
        for (int k = 0; k < 3; k++) {
          assertThat(out[3 * v + k]).as("vertex %d axis %d", v, k).isEqualTo(expected[3 * v + k]);
        }
      }
    }
    assertThatThrownBy(() -> at.compute(new float[3], out)).isInstanceOf(IllegalArgumentException.class);
  }
}
