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
 *       nape behind, over the ears, with folds; and wrapped round the neck ({@link #neckWrap})
 *       from under the chin and the jaw down into the garment, so that it frames the face as
 *       a worn headscarf does instead of ending at the ear lobes like a cap.
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
    double sideStart = spec.kind() == HeadwearKind.HEADSCARF ? SCARF_SIDE_START : 0.0;
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
    if (spec.kind() == HeadwearKind.HEADSCARF) {
      neckWrap(b, h, edge, seed);
    }
  }

  /** Where a headscarf's edge starts to drop from the face oval, in 1 - cos(azimuth). */
  private static final double SCARF_SIDE_START = 0.42;
  /** Wrap rows and columns. */
  private static final int WRAP_ROWS = 12;
  private static final int WRAP_COLUMNS = 48;
  /** Distance of the wrap's ray origins from the neck axis, cm (outside any head). */
  private static final double WRAP_REACH = 30;

  private static int column(double s) {
    return (int) Math.round(s * WRAP_COLUMNS) % WRAP_COLUMNS;
  }

  /**
   * The headscarf's wrap round the neck: a tube cast horizontally onto the neck from all
   * round its axis, from 1 cm below the loop where the face model's neck ends (the garment
   * below it; the garment's yoke lies under the wrap) up to just under the chin in front,
   * 1.5 cm into the scarf's sheet at the sides and the back (its edge heights {@code edge}:
   * front, side, back), draped so it bridges the hollow under the jaw, standing off the skin a
   * little further than the sheet's rim so the two do not fight where they overlap.
   */
  private static void neckWrap(MeshBuilder b, HeadContext h, double[] edge, long seed) {
    NeckBase neck = new NeckBase(h);
    double cx = neck.cx;
    double cz = neck.cz;
    double[] bottom = new double[WRAP_COLUMNS];
    double lowest = Double.MAX_VALUE;
    for (int c = 0; c < WRAP_COLUMNS; c++) {
      bottom[c] = neck.loopPoint(2 * Math.PI * c / WRAP_COLUMNS)[1] - 1.0;
      lowest = Math.min(lowest, bottom[c]);
    }
    // The jaw contour (landmarks 0-16) by azimuth about the neck axis: the wrap reaches 0.4 cm
    // above it in front (over the jaw line, as a worn scarf frames the face), elsewhere 1.5 cm
    // above the sheet's edge (under the sheet).
    double[] jawPhi = new double[17];
    double[] jawY = new double[17];
    for (int k = 0; k <= 16; k++) {
      double[] q = h.lm(k);
      jawPhi[k] = Math.atan2(q[0] - cx, q[2] - cz);
      jawY[k] = q[1] + 0.4;
    }
    double[] top = new double[WRAP_COLUMNS];
    for (int c = 0; c < WRAP_COLUMNS; c++) {
      double phi = 2 * Math.PI * c / WRAP_COLUMNS;
      double sheet = target(edge, phi, SCARF_SIDE_START) + 1.5;
      double jaw = interpolate(jawPhi, jawY, Math.atan2(Math.sin(phi), Math.cos(phi)));
      top[c] = Math.cos(phi) >= 0 && !Double.isNaN(jaw) ? Math.min(sheet, jaw) : sheet;
    }
    SkinRay ray = new SkinRay(h, new double[] {-25, lowest - 3, -25}, new double[] {25, edge[1] + 6, 25});
    // Cloth falls from the widest part of the head straight to the neck's base instead of
    // hugging the neck: per column the radius about the neck axis runs from the skin's at the
    // top (plus the sheet's rim) down to the neck's at the bottom, bowed outwards.
    double[] rTop = new double[WRAP_COLUMNS];
    double[] rBottom = new double[WRAP_COLUMNS];
    for (int c = 0; c < WRAP_COLUMNS; c++) {
      double phi = 2 * Math.PI * c / WRAP_COLUMNS;
      rTop[c] = neck.skinRadius(ray, phi, top[c]) + 1.2;
      rBottom[c] = neck.skinRadius(ray, phi, bottom[c]) + 0.9;
    }
    SkinGrid.Rays rays = new SkinGrid.Rays() {
      @Override
      public double[] origin(double s, double t) {
        int c = column(s);
        double phi = 2 * Math.PI * s;
        double y = bottom[c] + (top[c] - bottom[c]) * t;
        return new double[] {cx + WRAP_REACH * Math.sin(phi), y, cz + WRAP_REACH * Math.cos(phi)};
      }

      @Override
      public double[] direction(double s, double t) {
        double phi = 2 * Math.PI * s;
        return new double[] {-Math.sin(phi), 0, -Math.cos(phi)};
      }

      @Override
      public double offset(double s, double t) {
        int c = column(s);
        double fold = Noise.value((float) (5 * s * 2 * Math.PI), (float) (3 * t), seed + 7) - 0.5;
        double fall = rBottom[c] + (rTop[c] - rBottom[c]) * Math.sqrt(t);
        double skin = neck.skinRadius(ray, 2 * Math.PI * s, bottom[c] + (top[c] - bottom[c]) * t);
        return Math.max(0.95 + 0.6 * fold + 0.35 * t, fall - skin + 0.5 * fold);
      }
    };
    SkinGrid.Cast g = SkinGrid.cast(h, ray, rays, WRAP_ROWS, WRAP_COLUMNS, 30, true);
    SkinGrid.add(b, h, g, 60, 20, PropMaterial.HEADWEAR, null);
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

  /**
   * Linear interpolation of y over x for x within the range of xs (in either order), NaN outside.
   */
  private static double interpolate(double[] xs, double[] ys, double x) {
    for (int k = 0; k + 1 < xs.length; k++) {
      double a = xs[k];
      double c = xs[k + 1];
      if ((x - a) * (x - c) <= 0 && a != c) {
        return ys[k] + (ys[k + 1] - ys[k]) * (x - a) / (c - a);
      }
    }
    return Double.NaN;
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
