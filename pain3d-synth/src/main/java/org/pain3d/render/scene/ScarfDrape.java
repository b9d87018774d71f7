package org.pain3d.render.scene;

import org.pain3d.render.Noise;

/**
 * The lower part of a headscarf: the cloth that falls from the hood ({@link Headwear}) over
 * the neck to the shoulders and the upper chest, as one sheet with the hood.
 *
 * <p>It shares the hood's columns. Behind the face the hood's lower edge is the drape's top
 * row (the same vertices), so the two are one surface with no free edge beside the jaw. In
 * front, where the hood's edge runs above the jaw (the face opening's top and sides), the
 * drape's top row lies on the jaw line instead ({@value #JAW_RISE_CM} cm above the jaw
 * contour, {@value #TOP_OFF_CM} cm off the skin), so the face opening is the hood's edge
 * above and the drape's edge below, meeting where the hood's edge crosses the jaw.
 *
 * <p>Each column falls in its vertical half-plane about the neck's axis ({@link NeckBase}),
 * along the chord from its top to a hem just outside the loop where the face model's neck
 * ends (over the garment's yoke), bowed outwards and folded, and kept at least a clearance off
 * the skin along rays normal to the chord (over the yoke and a collar), so it bridges the
 * throat under the chin and lies on the shoulders' slope at the sides.
 */
final class ScarfDrape {
  /** Drape rows from the top (row 0) to the hem. */
  static final int ROWS = 13;
  /** How far above the jaw contour the drape's top lies in the face opening, cm. */
  static final double JAW_RISE_CM = 0.4;
  /** The drape's top off the skin in the face opening, cm. */
  static final double TOP_OFF_CM = 0.25;
  /** A hood edge at least this far above the jaw line leaves the face open in its column, cm. */
  static final double MIN_OPENING_CM = 0.3;
  /**
   * The cloth's least distance off the skin below its top rows, cm: over the yoke and its band
   * and over a shirt collar's fall, which stands up to 0.57 + 0.8 cm off the skin ({@link
   * Collar}).
   */
  private static final double CLEARANCE_CM = 1.5;
  /**
   * The hem's offset from the neck loop, outwards and upwards, cm: above the top of the torso,
   * which starts 0.4 cm above the loop and falls away outwards (its cloth 0.3 cm thick), so
   * that the garment does not show through the hem on the shoulders' shallow slope.
   */
  private static final double HEM_OUT_CM = 1.0;
  private static final double HEM_UP_CM = 1.2;
  /** Outward bow of the fall at its middle, cm. */
  private static final double BOW_CM = 0.6;
  /** Amplitude of the folds, cm. */
  private static final double FOLD_CM = 0.9;
  /** The most the skin under the cloth may push it out beyond its chord, cm. */
  private static final double BULGE_CM = 3.5;
  /** How far outside the chord the clearance rays start, cm. */
  private static final double REACH_CM = 10;

  private ScarfDrape() {}

  /**
   * Which hood columns leave the face open: those whose edge lies more than {@value
   * #MIN_OPENING_CM} cm above the jaw line at their azimuth about the neck's axis.
   *
   * @param h the head
   * @param edge the hood's edge points on the skin, one per column, world cm
   * @return per column, whether the face is open below its edge
   */
  static boolean[] opening(HeadContext h, double[][] edge) {
    Jaw jaw = new Jaw(h, new NeckBase(h));
    boolean[] open = new boolean[edge.length];
    for (int c = 0; c < edge.length; c++) {
      double y = jaw.height(edge[c]);
      open[c] = !Double.isNaN(y) && y + JAW_RISE_CM < edge[c][1] - MIN_OPENING_CM;
    }
    return open;
  }

  /**
   * How much of the hood's edge lies on the skin, per column: the face opening's all of it (1),
   * where the drape hangs from it none (0: it stands off the skin as the cloth above it does),
   * rising over the two columns beside the opening.
   *
   * @param open {@link #opening} of the hood's edge
   * @return per column, the share in [0, 1]
   */
  static double[] edgeOnSkin(boolean[] open) {
    int n = open.length;
    double[] onSkin = new double[n];
    for (int c = 0; c < n; c++) {
      for (int k = -2; k <= 2; k++) {
        onSkin[c] += open[Math.floorMod(c + k, n)] ? (3 - Math.abs(k)) / 9.0 : 0;
      }
      onSkin[c] = open[c] ? 1 : onSkin[c];
    }
    return onSkin;
  }

  /**
   * Adds the drape under a hood.
   *
   * @param b the builder (holding the hood's vertices)
   * @param h the head
   * @param hood the hood's cast grid (row 0 its edge; columns wrap round the head)
   * @param firstHood the hood's vertex (0, 0) in {@code b}
   * @param open {@link #opening} of the hood's edge
   * @param seed fold seed
   */
  static void add(MeshBuilder b, HeadContext h, SkinGrid.Cast hood, int firstHood, boolean[] open, long seed) {
    NeckBase neck = new NeckBase(h);
    Jaw jaw = new Jaw(h, neck);
    int cols = hood.cols;
    double highest = -Double.MAX_VALUE;
    double lowest = Double.MAX_VALUE;
    for (int c = 0; c < cols; c++) {
      highest = Math.max(highest, hood.lifted[c][1]);
      lowest = Math.min(lowest, neck.loopPoint(azimuth(neck, hood.lifted[c]))[1]);
    }
    SkinRay ray = new SkinRay(h, new double[] {-30, lowest - 4, -30}, new double[] {30, highest + 4, 30});
    int[][] index = new int[ROWS][cols];
    for (int c = 0; c < cols; c++) {
      double[] rim = hood.lifted[c];
      double psi = azimuth(neck, rim);
      double[] top = rim;
      if (open[c]) {
        // The lifted edge's azimuth can fall just past the jaw's end where the edge on the skin
        // did not: the nearest jaw landmark's height then.
        double[] onJaw = onSkin(ray, neck, psi, jaw.nearestHeight(rim) + JAW_RISE_CM);
        top = onJaw != null ? onJaw : jaw.contour(rim);
      }
      double[] loop = neck.loopPoint(psi);
      double[] columnTop = {neck.radius(top), top[1]};
      double[] hem = {neck.radius(loop) + HEM_OUT_CM, loop[1] + HEM_UP_CM};
      index[0][c] = top == rim ? firstHood + c : b.vertex(top[0], top[1], top[2], uCm(c, cols), 0);
      double[] prev = top;
      double arc = 0;
      for (int r = 1; r < ROWS; r++) {
        double t = r / (double) (ROWS - 1);
        double fold = (Noise.value((float) (5 * 2 * Math.PI * c / cols), (float) (3 * t), seed + 7) - 0.5)
            * FOLD_CM * Vec.smooth(t / 0.3);
        double[] q = fall(ray, neck, psi, columnTop, hem, t, BOW_CM * Math.sin(Math.PI * t) + fold);
        arc += Vec.length(Vec.sub(q, prev));
        prev = q;
        index[r][c] = b.vertex(q[0], q[1], q[2], uCm(c, cols), -arc);
      }
    }
    for (int r = 0; r + 1 < ROWS; r++) {
      for (int c = 0; c < cols; c++) {
        int c1 = (c + 1) % cols;
        // Rows run downwards here (upwards in the hood): the reversed winding faces outwards too.
        b.quad(index[r][c], index[r + 1][c], index[r + 1][c1], index[r][c1], PropMaterial.HEADWEAR);
      }
    }
  }

  /** Texture u of a column, cm (as the hood's). */
  private static double uCm(int c, int cols) {
    return Headwear.SHEET_U_CM * c / cols;
  }

  /** A point's azimuth about the neck's axis (0 = +z, +pi/2 = +x). */
  private static double azimuth(NeckBase neck, double[] q) {
    return Math.atan2(q[0] - neck.cx, q[2] - neck.cz);
  }

  /** The point {@value #TOP_OFF_CM} cm off the skin on a horizontal ray towards the neck's axis, or null. */
  private static double[] onSkin(SkinRay ray, NeckBase neck, double psi, double y) {
    double r = neck.skinRadius(ray, psi, y);
    if (r <= 0) {
      return null;
    }
    double out = r + TOP_OFF_CM;
    return new double[] {neck.cx + out * Math.sin(psi), y, neck.cz + out * Math.cos(psi)};
  }

  /**
   * One point of a column's fall: on the chord from its top to its hem at parameter t, moved
   * out along the chord's normal by {@code out}, and at least the clearance off the skin
   * (growing from the top's offset over the first rows).
   */
  private static double[] fall(SkinRay ray, NeckBase neck, double psi, double[] top, double[] hem, double t,
      double out) {
    double dr = hem[0] - top[0];
    double dy = hem[1] - top[1];
    double len = Math.hypot(dr, dy);
    // Outward normal in the (radius, height) plane of a chord running down.
    double nr = -dy / len;
    double ny = dr / len;
    double r0 = top[0] + dr * t + REACH_CM * nr;
    double y0 = top[1] + dy * t + REACH_CM * ny;
    double sin = Math.sin(psi);
    double cos = Math.cos(psi);
    double[] origin = {neck.cx + r0 * sin, y0, neck.cz + r0 * cos};
    double[] dir = {-nr * sin, -ny, -nr * cos};
    double along = REACH_CM - out;
    double[] hit = ray.cast(origin, dir);
    double clearance = TOP_OFF_CM + (CLEARANCE_CM - TOP_OFF_CM) * Vec.smooth(t / 0.35);
    // Skin more than BULGE_CM outside the chord is other skin in the way (a jaw or an ear above
    // the ray's path), not the skin under the cloth.
    if (hit != null && hit[1] - clearance >= REACH_CM - BULGE_CM) {
      along = Math.min(along, hit[1] - clearance);
    }
    return Vec.addScaled(origin, dir, along);
  }

  /** The jaw contour (landmarks 0-16) as a height by azimuth about the neck's axis. */
  private static final class Jaw {
    private final NeckBase neck;
    private final double[] phi = new double[17];
    private final double[] y = new double[17];
    private final double[][] lm = new double[17][];

    Jaw(HeadContext h, NeckBase neck) {
      this.neck = neck;
      for (int k = 0; k <= 16; k++) {
        double[] q = h.lm(k);
        lm[k] = q;
        phi[k] = azimuth(neck, q);
        y[k] = q[1];
      }
    }

    /** The jaw's height at a point's azimuth, world cm; NaN behind the jaw's ends. */
    double height(double[] q) {
      double x = azimuth(neck, q);
      for (int k = 0; k < 16; k++) {
        double a = phi[k];
        double c = phi[k + 1];
        if ((x - a) * (x - c) <= 0 && a != c) {
          return y[k] + (y[k + 1] - y[k]) * (x - a) / (c - a);
        }
      }
      return Double.NaN;
    }

    /** The jaw's height at a point's azimuth, or behind its ends the nearest landmark's, world cm. */
    double nearestHeight(double[] q) {
      double h = height(q);
      return Double.isNaN(h) ? lm[nearest(q)][1] : h;
    }

    /**
     * The drape's top in a face-opening column where the horizontal ray at the jaw's height meets
     * no skin (a safeguard: a column whose top stayed on the hood's edge would hang across the
     * face): the nearest jaw landmark's point at the column's azimuth, raised {@value
     * #JAW_RISE_CM} cm and {@value #TOP_OFF_CM} cm further from the neck's axis.
     */
    double[] contour(double[] q) {
      double x = azimuth(neck, q);
      double[] p = lm[nearest(q)];
      double r = Math.hypot(p[0] - neck.cx, p[2] - neck.cz) + TOP_OFF_CM;
      return new double[] {neck.cx + r * Math.sin(x), p[1] + JAW_RISE_CM, neck.cz + r * Math.cos(x)};
    }

    /** The jaw landmark nearest a point in azimuth about the neck's axis (0..16). */
    private int nearest(double[] q) {
      double x = azimuth(neck, q);
      int k = 0;
      double best = Double.MAX_VALUE;
      for (int i = 0; i < 17; i++) {
        double d = Math.abs(Math.atan2(Math.sin(x - phi[i]), Math.cos(x - phi[i])));
        if (d < best) {
          best = d;
          k = i;
        }
      }
      return k;
    }
  }
}
