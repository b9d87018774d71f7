package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** FaceRegions (with its bounding-box early-outs) against a plain reference of its formulas. */
class FaceRegionsTest {
  private static final int[] OUTER_LIP = {48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59};
  private static final int[][] BROWS = {{17, 18, 19, 20, 21}, {26, 25, 24, 23, 22}};

  @Test
  void weightsMatchTheReferenceEverywhereOnAGrid() {
    // 68 landmark vertices 0..67: a lip ellipse around (0, -3), brows as arcs at y = 3.
    float[] pos = new float[68 * 3];
    for (int k = 0; k < 12; k++) {
      double a = 2 * Math.PI * k / 12;
      set(pos, OUTER_LIP[k], (float) (2.5 * Math.cos(a)), (float) (-3 + 0.8 * Math.sin(a)), 1.0f);
    }
    for (int s = 0; s < 2; s++) {
      for (int k = 0; k < 5; k++) {
        float x = (s == 0 ? -1 : 1) * (5.5f - k);
        set(pos, BROWS[s][k], x, 3 + 0.3f * (float) Math.sin(k), 0.5f);
      }
    }
    int[] landmarks = new int[68];
    for (int i = 0; i < 68; i++) {
      landmarks[i] = i;
    }
    FaceRegions regions = new FaceRegions(pos, landmarks);
    SplittableRandom rnd = new SplittableRandom(5);
    int lipHits = 0;
    int browHits = 0;
    for (int i = 0; i < 200_000; i++) {
      float x = (float) rnd.nextDouble(-7, 7);
      float y = (float) rnd.nextDouble(-5, 5);
      float z = (float) rnd.nextDouble(-1.5, 1.5);
      float lip = regions.lip(x, y, z);
      float brow = regions.brow(x, y, z);
      assertThat(lip).isEqualTo(referenceLip(pos, x, y, z));
      assertThat(brow).isEqualTo(referenceBrow(pos, x, y, z));
      lipHits += lip > 0 ? 1 : 0;
      browHits += brow > 0 ? 1 : 0;
    }
    assertThat(lipHits).isGreaterThan(1000);
    assertThat(browHits).isGreaterThan(1000);
  }

  private static void set(float[] p, int v, float x, float y, float z) {
    p[3 * v] = x;
    p[3 * v + 1] = y;
    p[3 * v + 2] = z;
  }

  private static float referenceLip(float[] p, float x, float y, float z) {
    float minZ = Float.MAX_VALUE;
    for (int v : OUTER_LIP) {
      minZ = Math.min(minZ, p[3 * v + 2]);
    }
    if (z < minZ - 1.0f) {
      return 0;
    }
    boolean inside = false;
    float d2 = Float.MAX_VALUE;
    for (int i = 0, j = OUTER_LIP.length - 1; i < OUTER_LIP.length; j = i++) {
      float xi = p[3 * OUTER_LIP[i]];
      float yi = p[3 * OUTER_LIP[i] + 1];
      float xj = p[3 * OUTER_LIP[j]];
      float yj = p[3 * OUTER_LIP[j] + 1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
      d2 = Math.min(d2, segment2(x, y, xi, yi, xj, yj));
    }
    float d = (float) Math.sqrt(d2);
    return smooth(((inside ? d : -d) + 0.04f) / 0.08f);
  }

  private static float referenceBrow(float[] p, float x, float y, float z) {
    float minZ = Float.MAX_VALUE;
    for (int[] b : BROWS) {
      for (int v : b) {
        minZ = Math.min(minZ, p[3 * v + 2]);
      }
    }
    if (z < minZ - 1.5f) {
      return 0;
    }
    float best = 0;
    for (int[] b : BROWS) {
      for (int k = 0; k < 4; k++) {
        float ax = p[3 * b[k]];
        float ay = p[3 * b[k] + 1] - 0.12f;
        float bx = p[3 * b[k + 1]];
        float by = p[3 * b[k + 1] + 1] - 0.12f;
        float d = (float) Math.sqrt(segment2(x, y, ax, ay, bx, by));
        float t = (k + projection(x, y, ax, ay, bx, by)) / 4f;
        best = Math.max(best, smooth((0.17f + 0.2f * t - d) / 0.12f));
      }
    }
    return best;
  }

  private static float projection(float px, float py, float ax, float ay, float bx, float by) {
    float dx = bx - ax;
    float dy = by - ay;
    float len2 = dx * dx + dy * dy;
    return len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  }

  private static float segment2(float px, float py, float ax, float ay, float bx, float by) {
    float t = projection(px, py, ax, ay, bx, by);
    float cx = ax + t * (bx - ax) - px;
    float cy = ay + t * (by - ay) - py;
    return cx * cx + cy * cy;
  }

  private static float smooth(float t) {
    float c = Math.max(0, Math.min(1, t));
    return c * c * (3 - 2 * c);
  }
}
