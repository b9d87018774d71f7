package org.pain3d.render.scene;

import org.pain3d.render.Noise;

/**
 * The pillow under a lying patient's head (head frame: the pillow lies behind the head,
 * towards -z): a soft slab whose top surface dips where the head rests, with rounded edges
 * and low wrinkles. Its outline is a rounded rectangle (a stuffed cover pulls its corners in),
 * not a board with square corners.
 */
final class Pillow {
  private static final int NX = 44;
  private static final int NY = 34;
  /**
   * How far the outline is pulled from the rectangle towards the inscribed ellipse, 0..1: the
   * grid square (u, w) in [-1, 1]^2 maps to {@code (u sqrt(1 - k w^2 / 2), w sqrt(1 - k u^2 / 2))}
   * (k = 1 is the elliptical grid mapping onto the ellipse).
   */
  private static final double CORNER_PULL = 0.6;

  private Pillow() {}

  static void add(MeshBuilder b, HeadContext h, PillowSpec spec, long seed) {
    double back = Double.MAX_VALUE;
    double top = -Double.MAX_VALUE;
    for (int v = 0; v < h.p.length / 3; v++) {
      if (h.anchors.isSkin(v)) {
        back = Math.min(back, h.p[3 * v + 2]);
        top = Math.max(top, h.p[3 * v + 1]);
      }
    }
    double halfX = 34;
    double y0 = top + 16;
    double y1 = y0 - 56;
    double rest = back + spec.sinkCm();
    int first = b.vertexCount();
    for (int j = 0; j < NY; j++) {
      double ty = j / (double) (NY - 1);
      double w = 2 * ty - 1;
      for (int i = 0; i < NX; i++) {
        double tx = i / (double) (NX - 1);
        double u = 2 * tx - 1;
        double x = halfX * u * Math.sqrt(1 - CORNER_PULL * w * w / 2);
        double y = 0.5 * (y0 + y1) - 0.5 * (y0 - y1) * w * Math.sqrt(1 - CORNER_PULL * u * u / 2);
        double ex = Math.min(tx, 1 - tx) * 2 * halfX;
        double ey = Math.min(ty, 1 - ty) * (y0 - y1);
        double edge = Math.min(ex, ey);
        double dip = Math.exp(-(x * x / 90 + Math.pow(y - (top - 9), 2) / 160));
        // Touches the back of the head where it rests, rises sink + 2.5 cm around it.
        double z = rest - spec.sinkCm() * dip + 2.5 * (1 - dip) - 12 * Math.pow(Math.max(0, 1 - edge / 7), 2);
        z += 0.6 * (Noise.value((float) (x * 0.12), (float) (y * 0.12), seed) - 0.5);
        b.vertex(x, y, z, x, y);
      }
    }
    b.grid(first, NY, NX, false, true, PropMaterial.PILLOW);
  }
}
