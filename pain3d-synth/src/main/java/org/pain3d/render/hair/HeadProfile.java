package org.pain3d.render.hair;

import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;

/**
 * How far the head, ears, neck and shoulders reach from the head's vertical axis, per
 * azimuth (4-degree bins) and height (1 cm bins): the largest horizontal distance of any
 * skin vertex in the bin or its neighbours. Hanging hair stays outside it.
 */
final class HeadProfile {
  private static final int AZ_BINS = 90;
  private static final float Y0 = -40;
  private static final int Y_BINS = 80;
  private final float[] r = new float[AZ_BINS * Y_BINS];
  private final float[] axis;

  private HeadProfile(float[] axis) {
    this.axis = axis;
  }

  static HeadProfile of(RenderMesh mesh, MaterialKind[] kinds, ScalpMap scalp) {
    HeadProfile h = new HeadProfile(scalp.centre());
    float[] raw = new float[AZ_BINS * Y_BINS];
    float[] pos = mesh.positions();
    int[] tris = mesh.triangles();
    for (int t = 0; t < kinds.length; t++) {
      if (kinds[t] != MaterialKind.SKIN) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        int v = 3 * tris[3 * t + k];
        float dx = pos[v] - h.axis[0];
        float dz = pos[v + 2] - h.axis[2];
        int bin = h.bin(Math.toDegrees(Math.atan2(dx, dz)), pos[v + 1]);
        if (bin >= 0) {
          raw[bin] = Math.max(raw[bin], (float) Math.sqrt(dx * dx + dz * dz));
        }
      }
    }
    for (int y = 0; y < Y_BINS; y++) {
      for (int a = 0; a < AZ_BINS; a++) {
        float m = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int da = -1; da <= 1; da++) {
            int yy = y + dy;
            if (yy >= 0 && yy < Y_BINS) {
              m = Math.max(m, raw[yy * AZ_BINS + Math.floorMod(a + da, AZ_BINS)]);
            }
          }
        }
        h.r[y * AZ_BINS + a] = m;
      }
    }
    return h;
  }

  private int bin(double azDeg, float y) {
    int yb = (int) Math.floor(y - Y0);
    if (yb < 0 || yb >= Y_BINS) {
      return -1;
    }
    int ab = Math.floorMod((int) Math.floor((azDeg + 180) / 4), AZ_BINS);
    return yb * AZ_BINS + ab;
  }

  /** @return the reach at an azimuth (degrees) and height (world cm), cm from the axis */
  float radius(double azDeg, float y) {
    int b = bin(azDeg > 180 ? azDeg - 360 : azDeg, y);
    return b < 0 ? 0 : r[b];
  }
}
