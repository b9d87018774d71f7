package org.pain3d.render;

/**
 * Lip and eyebrow regions of the ICT-FaceKit face, defined from the 68 landmarks of a
 * neutral mesh and evaluated at any 3D point (world cm) in a frontal x-y projection.
 * Weights are in [0, 1], with soft borders. Only points near the front of the face count
 * (the region's landmarks' depth minus a margin).
 */
public final class FaceRegions {
  private static final int[] OUTER_LIP = {48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59};
  private static final int[][] BROWS = {{17, 18, 19, 20, 21}, {26, 25, 24, 23, 22}};
  private final float[] lip = new float[OUTER_LIP.length * 2];
  private final float[][] brow = new float[2][10];
  private final float lipMinZ;
  private final float browMinZ;
  // Boxes (x0, y0, x1, y1) outside which a weight is exactly 0: the lip fades out 0.04 cm
  // outside its contour, a brow band is at most 0.37 cm wide; both padded for rounding.
  private final float[] lipBox = new float[4];
  private final float[][] browBox = new float[2][4];

  /**
   * @param positions neutral positions, world cm (ICT-FaceKit topology)
   * @param landmarks the 68 landmark vertex indices
   */
  public FaceRegions(float[] positions, int[] landmarks) {
    float lz = Float.MAX_VALUE;
    for (int k = 0; k < OUTER_LIP.length; k++) {
      int v = landmarks[OUTER_LIP[k]];
      lip[2 * k] = positions[3 * v];
      lip[2 * k + 1] = positions[3 * v + 1];
      lz = Math.min(lz, positions[3 * v + 2]);
    }
    float bz = Float.MAX_VALUE;
    for (int s = 0; s < 2; s++) {
      for (int k = 0; k < 5; k++) {
        int v = landmarks[BROWS[s][k]];
        brow[s][2 * k] = positions[3 * v];
        brow[s][2 * k + 1] = positions[3 * v + 1];
        bz = Math.min(bz, positions[3 * v + 2]);
      }
    }
    lipMinZ = lz - 1.0f;
    browMinZ = bz - 1.5f;
    box(lip, 0f, 0.06f, lipBox);
    box(brow[0], -0.12f, 0.45f, browBox[0]);
    box(brow[1], -0.12f, 0.45f, browBox[1]);
  }

  /** The bounding box of 2D points (x, y pairs, y shifted by dy), grown by margin. */
  private static void box(float[] xy, float dy, float margin, float[] out) {
    out[0] = Float.MAX_VALUE;
    out[1] = Float.MAX_VALUE;
    out[2] = -Float.MAX_VALUE;
    out[3] = -Float.MAX_VALUE;
    for (int k = 0; k < xy.length; k += 2) {
      out[0] = Math.min(out[0], xy[k]);
      out[1] = Math.min(out[1], xy[k + 1] + dy);
      out[2] = Math.max(out[2], xy[k]);
      out[3] = Math.max(out[3], xy[k + 1] + dy);
    }
    out[0] -= margin;
    out[1] -= margin;
    out[2] += margin;
    out[3] += margin;
  }

  private static boolean outside(float[] box, float x, float y) {
    return x < box[0] || y < box[1] || x > box[2] || y > box[3];
  }

  /** Lip weight at a point: 1 inside the outer lip contour, fading over 0.08 cm. */
  public float lip(float x, float y, float z) {
    if (z < lipMinZ || outside(lipBox, x, y)) {
      return 0;
    }
    int n = OUTER_LIP.length;
    boolean inside = false;
    float d2 = Float.MAX_VALUE;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      float xi = lip[2 * i];
      float yi = lip[2 * i + 1];
      float xj = lip[2 * j];
      float yj = lip[2 * j + 1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
      d2 = Math.min(d2, segmentDistance2(x, y, xi, yi, xj, yj));
    }
    float d = (float) Math.sqrt(d2);
    float signed = inside ? d : -d;
    return smooth((signed + 0.04f) / 0.08f);
  }

  /** Eyebrow weight: a band along the brow landmarks, 0.37 cm half-width inside, 0.17 outside. */
  public float brow(float x, float y, float z) {
    if (z < browMinZ) {
      return 0;
    }
    float best = 0;
    for (int s = 0; s < 2; s++) {
      if (outside(browBox[s], x, y)) {
        continue;
      }
      float[] b = brow[s];
      for (int k = 0; k < 4; k++) {
        float ax = b[2 * k];
        float ay = b[2 * k + 1] - 0.12f;
        float bx = b[2 * k + 2];
        float by = b[2 * k + 3] - 0.12f;
        float d = (float) Math.sqrt(segmentDistance2(x, y, ax, ay, bx, by));
        // Position along the brow from outer (0) to inner (1) end.
        float t = (k + projection(x, y, ax, ay, bx, by)) / 4f;
        float half = 0.17f + 0.2f * t;
        best = Math.max(best, smooth((half - d) / 0.12f));
      }
    }
    return best;
  }

  private static float projection(float px, float py, float ax, float ay, float bx, float by) {
    float dx = bx - ax;
    float dy = by - ay;
    float len2 = dx * dx + dy * dy;
    if (len2 == 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  }

  private static float segmentDistance2(float px, float py, float ax, float ay, float bx, float by) {
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
