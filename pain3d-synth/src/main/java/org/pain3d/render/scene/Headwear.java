package org.pain3d.render.scene;

import org.pain3d.render.Noise;

/**
 * Headwear as a sheet laid over the head with {@link SkinGrid}: rays from a point inside the
 * head, over azimuth (around the vertical axis, 0 = straight ahead) and elevation from the
 * headwear's edge up to the crown. The edge height is a smooth function of azimuth:
 *
 * <ul>
 *   <li>cap: upper forehead in front, above the ears at the back; with a brim;
 *   <li>hospital cap: lower and thick, puffy folds;
 *   <li>headscarf: along the hairline in front, down to the jaw beside the face and to the
 *       nape behind, over the ears, with folds.
 * </ul>
 *
 * <p>Rigid: built on the neutral head.
 */
final class Headwear {
  private static final int COLUMNS = 56;
  private static final int ROWS = 18;

  private Headwear() {}

  static void add(MeshBuilder b, HeadContext h, HeadwearSpec spec, long seed) {
    double brow = -Double.MAX_VALUE;
    for (int i = 17; i <= 26; i++) {
      brow = Math.max(brow, h.lm(i)[1]);
    }
    double earTop = 0.5 * (h.vertex(h.anchors.earTop(true))[1] + h.vertex(h.anchors.earTop(false))[1]);
    double[] centre = {0, h.lm(27)[1] + 0.5, h.lm(0)[2] - 4.5};
    double[] edge = switch (spec.kind()) {
      case CAP -> new double[] {brow + 3.6, earTop + 1.6, earTop + 1.0};
      case HOSPITAL_CAP -> new double[] {brow + 2.4, earTop + 0.4, earTop - 1.6};
      case HEADSCARF -> new double[] {brow + 1.6, h.vertex(h.anchors.earLobe(true))[1] - 1.2,
          h.vertex(h.anchors.earLobe(true))[1] - 3.5};
    };
    double sideStart = spec.kind() == HeadwearKind.HEADSCARF ? 0.42 : 0.0;
    SkinRay ray = new SkinRay(h, new double[] {-20, edge[2] - 6, -20}, new double[] {20, 30, 20});
    double[] edgeElevation = new double[COLUMNS];
    for (int c = 0; c < COLUMNS; c++) {
      double phi = 2 * Math.PI * c / COLUMNS;
      edgeElevation[c] = elevationAt(h, ray, centre, phi, target(edge, phi, sideStart));
    }
    SkinGrid.Rays rays = new SkinGrid.Rays() {
      @Override
      public double[] origin(double s, double t) {
        return Vec.addScaled(centre, direction(s, t), -40);
      }

      @Override
      public double[] direction(double s, double t) {
        double phi = 2 * Math.PI * s;
        double e0 = edgeElevation[(int) Math.round(s * COLUMNS) % COLUMNS];
        double el = e0 + (Math.toRadians(88) - e0) * t;
        return Vec.scale(dir(phi, el), -1);
      }

      @Override
      public double offset(double s, double t) {
        double phi = 2 * Math.PI * s;
        double fold = Noise.value((float) (6 * s * 2 * Math.PI), (float) (4 * t), seed) - 0.5;
        double rim = Math.min(1, t * 10);
        return switch (spec.kind()) {
          case CAP -> 0.12 + 0.3 * rim;
          case HOSPITAL_CAP -> 0.1 + rim * (1.3 + 1.2 * fold);
          case HEADSCARF -> 0.12 + rim * (0.55 + 0.7 * fold) + 0.2 * Math.max(0, -Math.cos(phi));
        };
      }
    };
    SkinGrid.Cast g = SkinGrid.cast(h, ray, rays, ROWS, COLUMNS, spec.kind() == HeadwearKind.CAP ? 4 : 30, true);
    int first = SkinGrid.add(b, h, g, 60, 20, PropMaterial.HEADWEAR, null);
    if (spec.kind() == HeadwearKind.CAP) {
      brim(b, g, first);
    }
  }

  /** Unit direction at azimuth phi (0 = +z, +pi/2 = +x) and elevation el. */
  private static double[] dir(double phi, double el) {
    return new double[] {Math.cos(el) * Math.sin(phi), Math.sin(el), Math.cos(el) * Math.cos(phi)};
  }

  /** The edge height at an azimuth: front, side and back heights blended by cos(phi). */
  private static double target(double[] edge, double phi, double sideStart) {
    double c = Math.cos(phi);
    if (c >= 0) {
      // Front to side; a headscarf keeps the front height over the face oval, then drops.
      double a = Math.max(0, Math.min(1, (1 - c - sideStart) / (1 - sideStart)));
      double w = sideStart > 0 ? smooth(Math.min(1, a * 3)) : a;
      return edge[0] + (edge[1] - edge[0]) * w;
    }
    return edge[1] + (edge[2] - edge[1]) * (-c);
  }

  private static double smooth(double t) {
    return t * t * (3 - 2 * t);
  }

  /** Bisects the elevation whose ray hits the skin at height {@code y}. */
  private static double elevationAt(HeadContext h, SkinRay ray, double[] centre, double phi, double y) {
    double lo = Math.toRadians(-80);
    double hi = Math.toRadians(85);
    for (int i = 0; i < 11; i++) {
      double mid = 0.5 * (lo + hi);
      double[] d = dir(phi, mid);
      double[] hit = ray.cast(Vec.addScaled(centre, d, 40), Vec.scale(d, -1));
      double hy = hit == null ? centre[1] + 40 * d[1] : 40 * d[1] + centre[1] - hit[1] * d[1];
      if (hy < y) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** A brim from the cap's front edge (row 0, front columns), forward and slightly down. */
  private static void brim(MeshBuilder b, SkinGrid.Cast g, int first) {
    int tri = b.triangleCount();
    int prevIn = -1;
    int prevOut = -1;
    int span = COLUMNS / 5;
    for (int k = -span; k <= span; k++) {
      int c = (k + COLUMNS) % COLUMNS;
      double[] q = g.lifted[c];
      double t = k / (double) span;
      double len = 7.0 * Math.sqrt(Math.max(0, 1 - t * t)) + 0.2;
      int in = b.vertex(q[0], q[1] + 0.1, q[2] - 0.1, q[0], 0);
      int out = b.vertex(q[0] * 1.12, q[1] - 0.18 * len, q[2] + len, q[0], len);
      if (prevIn >= 0) {
        b.quad(prevIn, prevOut, out, in, PropMaterial.HEADWEAR);
      }
      prevIn = in;
      prevOut = out;
    }
    b.doubleSided(tri);
  }
}
