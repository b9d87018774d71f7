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
 *   <li>headscarf: a hood along the hairline in front, down beside the face and to the nape
 *       behind, over the ears, with folds; its {@link ScarfDrape} falls from the hood's lower
 *       edge and from the jaw line over the neck to the shoulders, one sheet with the hood, so
 *       that it frames the face as a worn headscarf does instead of ending at the ear lobes
 *       like a cap. Where the drape hangs from the hood, the hood's edge stands off the skin
 *       as the cloth above it does; only the face opening's edges lie on the skin.
 * </ul>
 *
 * <p>Rigid: built on the neutral head.
 */
final class Headwear {
  private static final int COLUMNS = 56;
  private static final int ROWS = 18;
  /** Texture u of the sheet: cm per turn round the head. */
  static final double SHEET_U_CM = 60;

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
    boolean scarf = spec.kind() == HeadwearKind.HEADSCARF;
    double sideStart = scarf ? SCARF_SIDE_START : 0.0;
    SkinRay ray = new SkinRay(h, new double[] {-20, edge[2] - 6, -20}, new double[] {20, 30, 20});
    double[] edgeElevation = new double[COLUMNS];
    double[][] edgePoint = new double[COLUMNS][];
    for (int c = 0; c < COLUMNS; c++) {
      double phi = 2 * Math.PI * c / COLUMNS;
      edgeElevation[c] = elevationAt(h, ray, centre, phi, target(edge, phi, sideStart));
      edgePoint[c] = scarf ? edgeSkinPoint(ray, centre, phi, edgeElevation[c]) : null;
    }
    boolean[] open = scarf ? ScarfDrape.opening(h, edgePoint) : null;
    double[] edgeOnSkin = scarf ? ScarfDrape.edgeOnSkin(open) : new double[COLUMNS];
    // Extra offset per grid point (row-major) that tents a headscarf over the ears.
    double[] tent = new double[ROWS * COLUMNS];
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
        double lift = Math.max(rim, 1 - edgeOnSkin[(int) Math.round(s * COLUMNS) % COLUMNS]);
        return switch (spec.kind()) {
          case CAP -> 0.12 + 0.3 * rim;
          case HOSPITAL_CAP -> 0.1 + rim * (1.3 + 1.2 * fold);
          case HEADSCARF -> 0.12 + lift * (0.55 + 0.7 * fold) + 0.2 * Math.max(0, -Math.cos(phi))
              + tent[(int) Math.round(t * (ROWS - 1)) * COLUMNS + (int) Math.round(s * COLUMNS) % COLUMNS];
        };
      }
    };
    if (scarf) {
      tentOverEars(ray, rays, tent);
    }
    SkinGrid.Cast g = SkinGrid.cast(h, ray, rays, ROWS, COLUMNS, spec.kind() == HeadwearKind.CAP ? 4 : 30, true);
    int firstTriangle = b.triangleCount();
    int first = SkinGrid.add(b, h, g, SHEET_U_CM, 20, PropMaterial.HEADWEAR, null);
    crown(b, g, first);
    if (spec.kind() == HeadwearKind.CAP) {
      brim(b, g, first);
    }
    if (scarf) {
      ScarfDrape.add(b, h, g, first, open, seed);
      // Its inside shows past the skin that curves away in the face opening, and under the hem.
      b.doubleSided(firstTriangle);
    }
  }

  /**
   * Fills a headscarf's tent: per grid point, how much further out than its own hit the skin
   * comes within one grid step (the nearest hit to the rays' origins), so the cloth stands off
   * an ear's rim that its rays pass beside instead of letting it poke through between them.
   * The edge row (which the drape hangs from) looks only along its own row, so the ear lobe
   * above it does not push it out; hits more than {@value #EAR_TENT_CM} cm further out are
   * other skin (the shoulders that rays at the nape pass) and are ignored.
   *
   * @param ray the caster
   * @param rays the sheet's rays
   * @param tent the extra offsets, cm, shape [ROWS * COLUMNS] row-major (filled)
   */
  private static void tentOverEars(SkinRay ray, SkinGrid.Rays rays, double[] tent) {
    double[] hit = new double[ROWS * COLUMNS];
    for (int r = 0; r < ROWS; r++) {
      for (int c = 0; c < COLUMNS; c++) {
        double s = c / (double) COLUMNS;
        double t = r / (double) (ROWS - 1);
        double[] q = ray.cast(rays.origin(s, t), Vec.normalize(rays.direction(s, t)));
        hit[r * COLUMNS + c] = q == null ? Double.NaN : q[1];
      }
    }
    for (int r = 0; r < ROWS; r++) {
      for (int c = 0; c < COLUMNS; c++) {
        double own = hit[r * COLUMNS + c];
        double nearest = own;
        for (int rr = r == 0 ? 0 : Math.max(1, r - 1); rr <= (r == 0 ? 0 : Math.min(ROWS - 1, r + 1)); rr++) {
          for (int k = -1; k <= 1; k++) {
            double q = hit[rr * COLUMNS + Math.floorMod(c + k, COLUMNS)];
            // Further out than an ear stands is other skin (the shoulders behind the nape).
            nearest = Double.isNaN(q) || own - q > EAR_TENT_CM ? nearest : Math.min(nearest, q);
          }
        }
        tent[r * COLUMNS + c] = Double.isNaN(own) ? 0 : own - nearest;
      }
    }
  }

  /** The skin point hit by the sheet's ray at azimuth phi and elevation el (the centre if none). */
  private static double[] edgeSkinPoint(SkinRay ray, double[] centre, double phi, double el) {
    double[] d = dir(phi, el);
    double[] origin = Vec.addScaled(centre, d, 40);
    double[] hit = ray.cast(origin, Vec.scale(d, -1));
    return hit == null ? centre.clone() : Vec.addScaled(origin, d, -hit[1]);
  }

  /** Where a headscarf's edge starts to drop from the face oval, in 1 - cos(azimuth). */
  private static final double SCARF_SIDE_START = 0.42;
  /** The most a headscarf tents over skin beside its rays (an ear's rim), cm. */
  private static final double EAR_TENT_CM = 2.5;
  /** How much lower a headscarf's edge lies at the temples than in the middle of the forehead, cm. */
  private static final double SCARF_ARCH_CM = 0.9;

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
      if (sideStart <= 0) {
        return edge[0] + (edge[1] - edge[0]) * a;
      }
      // The face opening's top arches down towards the temples (no square corners).
      double front = edge[0] - SCARF_ARCH_CM * Math.min(1, (1 - c) / sideStart);
      return front + (edge[1] - front) * smooth(Math.min(1, a * 3));
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
      // A hit beyond the centre is a steep ray that came in through the neck's open end and met
      // the head from inside: below what the skin reaches at this azimuth, so go up.
      if (hy < y || hit != null && hit[1] > 40) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** Closes the small hole the sheet's top row (at 88 degrees of elevation) leaves at the crown. */
  private static void crown(MeshBuilder b, SkinGrid.Cast g, int first) {
    double[] mid = new double[3];
    int top = (g.rows - 1) * g.cols;
    for (int c = 0; c < g.cols; c++) {
      mid = Vec.addScaled(mid, g.lifted[top + c], 1.0 / g.cols);
    }
    int apex = b.vertex(mid[0], mid[1], mid[2], SHEET_U_CM / 2, 20);
    for (int c = 0; c < g.cols; c++) {
      b.triangle(first + top + c, first + top + (c + 1) % g.cols, apex, PropMaterial.HEADWEAR);
    }
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
