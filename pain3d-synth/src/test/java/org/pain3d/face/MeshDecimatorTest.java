package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MeshDecimator} on a small grid whose answers are known. */
class MeshDecimatorTest {
  private static final int N = 9;

  /** An N x N grid of unit squares' corners in z = 0, two counter-clockwise triangles per square (normal +z). */
  private static int[] gridTriangles() {
    int[] t = new int[6 * (N - 1) * (N - 1)];
    int k = 0;
    for (int y = 0; y + 1 < N; y++) {
      for (int x = 0; x + 1 < N; x++) {
        int a = y * N + x;
        int b = a + 1;
        int c = a + N;
        int d = c + 1;
        int[] two = {a, b, d, a, d, c};
        System.arraycopy(two, 0, t, k, 6);
        k += 6;
      }
    }
    return t;
  }

  /** The grid's positions; {@code crease}: z = |x - (N-1)/2| (folded along the middle column), else flat. */
  private static float[] grid(boolean crease) {
    float[] p = new float[3 * N * N];
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        int v = y * N + x;
        p[3 * v] = x;
        p[3 * v + 1] = y;
        p[3 * v + 2] = crease ? Math.abs(x - (N - 1) / 2f) : 0f;
      }
    }
    return p;
  }

  private static boolean[] lockedBorder() {
    boolean[] locked = new boolean[N * N];
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        locked[y * N + x] = x == 0 || y == 0 || x == N - 1 || y == N - 1;
      }
    }
    return locked;
  }

  @Test
  void aFlatGridLosesItsInteriorButNotItsAreaOrOrientation() {
    int[] t = gridTriangles();
    MeshDecimator.Result r = MeshDecimator.decimate(t, t.clone(), new float[][] {grid(false)}, lockedBorder(),
        new MeshDecimator.Settings(0, 1e-9, 50, 0.1));
    assertThat(r.count()).isLessThan(t.length / 3 / 2);
    assertThat(r.maxError()).isLessThan(1e-9);
    float[] p = grid(false);
    double area = 0;
    Set<Integer> used = new HashSet<>();
    int[] c = r.triangles();
    for (int i = 0; i < r.count(); i++) {
      double nz = (p[3 * c[3 * i + 1]] - p[3 * c[3 * i]]) * (p[3 * c[3 * i + 2] + 1] - p[3 * c[3 * i] + 1])
          - (p[3 * c[3 * i + 1] + 1] - p[3 * c[3 * i] + 1]) * (p[3 * c[3 * i + 2]] - p[3 * c[3 * i]]);
      assertThat(nz).as("triangle %d faces +z", i).isPositive();
      area += nz / 2;
      for (int k = 0; k < 3; k++) {
        used.add(c[3 * i + k]);
      }
    }
    // A planar decimation that keeps the border and flips nothing tiles the same square.
    assertThat(area).isCloseTo((N - 1) * (N - 1), org.assertj.core.data.Offset.offset(1e-9));
    boolean[] border = lockedBorder();
    for (int v = 0; v < border.length; v++) {
      if (border[v]) {
        assertThat(used).contains(v);
      }
    }
    // Corner "UVs" (here: the vertex index per corner) follow the collapses onto the surviving vertex.
    assertThat(r.cornerUvs()).isEqualTo(r.triangles());
    // Deterministic.
    MeshDecimator.Result again = MeshDecimator.decimate(t, t.clone(), new float[][] {grid(false)}, lockedBorder(),
        new MeshDecimator.Settings(0, 1e-9, 50, 0.1));
    assertThat(again.triangles()).isEqualTo(r.triangles());
  }

  @Test
  void aSecondShapeKeepsTheCreaseItFolds() {
    int[] t = gridTriangles();
    MeshDecimator.Result flatOnly = MeshDecimator.decimate(t, t.clone(), new float[][] {grid(false)}, lockedBorder(),
        new MeshDecimator.Settings(0, 1e-9, 50, 0.1));
    MeshDecimator.Result both = MeshDecimator.decimate(t, t.clone(), new float[][] {grid(false), grid(true)},
        lockedBorder(), new MeshDecimator.Settings(0, 1e-9, 50, 0.1));
    // Collapses along the crease cost nothing in either shape, across it they bend the folded shape: with both
    // shapes every triangle lies on one side of the middle column; with the flat shape alone some span it.
    assertThat(spanning(both.triangles())).isZero();
    assertThat(spanning(flatOnly.triangles())).isPositive();
    assertThat(both.count()).isGreaterThan(flatOnly.count());
  }

  /** Triangles with corners on both sides of the middle column. */
  private static int spanning(int[] t) {
    int mid = (N - 1) / 2;
    int n = 0;
    for (int i = 0; i < t.length; i += 3) {
      boolean left = false;
      boolean right = false;
      for (int k = 0; k < 3; k++) {
        int x = t[i + k] % N;
        left |= x < mid;
        right |= x > mid;
      }
      n += left && right ? 1 : 0;
    }
    return n;
  }
}
