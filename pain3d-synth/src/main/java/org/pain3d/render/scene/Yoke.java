package org.pain3d.render.scene;

/**
 * The garment over the base of the face model's neck. ICT-FaceKit's mesh does not end at the
 * neck: below it the skin flares into the tops of the shoulders and the upper chest, and its
 * neck loop ({@link HeadAnchors#neckLoop}) lies about 12 cm below the chin in front and 12 cm
 * out from the axis at the sides. A torso that starts at the loop ({@link Torso}) leaves that
 * whole flare bare, as if every patient wore a strapless top. The yoke is a sheet laid on the
 * flare ({@link SkinGrid}) from the loop up to the garment's neckline, cloth thickness off the
 * skin, turned with the head as the skin under it ({@link PropSet#turnWithHead}); its top rows
 * are the garment's neck band in the trim colour.
 *
 * <p>Its top edge is the garment's neckline ({@link GarmentType#necklineDepthCm}, {@link
 * GarmentType#necklineOpening}); a collared shirt's collar stands on it ({@link Collar}).
 */
final class Yoke {
  private static final int ROWS = 14;
  private static final int COLUMNS = 96;
  /** Cloth off the skin, cm (as the torso's). */
  private static final double CLOTH_CM = 0.3;
  /** A neck band stands this much further out, cm. */
  private static final double BAND_CM = 0.12;
  /** Columns shorter than this cast their rays towards horizontal, cm. */
  private static final double SHORT_CM = 1.0;
  /** How far outside the skin the rays start, cm. */
  private static final double REACH_CM = 8;
  /**
   * How far the flare may bulge out of a column's chord, cm: a ray that meets skin earlier met
   * the chin or jaw in its way, and its point takes its column's hit instead.
   */
  private static final double BULGE_CM = 3.5;

  private Yoke() {}

  /**
   * Adds the yoke.
   *
   * @param b the builder
   * @param h the head
   * @param type the garment
   * @return the vertices of its top edge (the neckline) from the front towards +x, the
   *     neck loop's order ({@link HeadAnchors#neckLoop}), shape [{@value #COLUMNS}]
   */
  static int[] add(MeshBuilder b, HeadContext h, GarmentType type) {
    NeckBase neck = new NeckBase(h);
    double chin = h.lm(8)[1];
    double[] rBottom = new double[COLUMNS];
    double[] yBottom = new double[COLUMNS];
    double[] yTop = new double[COLUMNS];
    double lowest = Double.MAX_VALUE;
    double highest = -Double.MAX_VALUE;
    for (int c = 0; c < COLUMNS; c++) {
      double phi = 2 * Math.PI * c / COLUMNS;
      double[] q = neck.loopPoint(phi);
      rBottom[c] = neck.radius(q);
      // Just above the loop, where rays still find the skin; the torso's cloth starts under it.
      yBottom[c] = q[1] + 0.1;
      yTop[c] = yBottom[c] + Math.max(0, chin - type.necklineDepthCm(phi) - yBottom[c]) * type.necklineOpening(phi);
      lowest = Math.min(lowest, yBottom[c]);
      highest = Math.max(highest, yTop[c]);
    }
    SkinRay ray = new SkinRay(h, new double[] {-30, lowest - 3, -30}, new double[] {30, highest + 3, 30});
    // Per column, the chord from the loop to the neckline in the (radius, height) plane and its
    // outward normal: the rays of that column start outside the chord and point back along it.
    double[] rTop = new double[COLUMNS];
    double[] nr = new double[COLUMNS];
    double[] ny = new double[COLUMNS];
    double chord = 0;
    for (int c = 0; c < COLUMNS; c++) {
      double phi = 2 * Math.PI * c / COLUMNS;
      double r = neck.skinRadius(ray, phi, yTop[c]);
      rTop[c] = r > 0 ? r : rBottom[c];
      double dr = rTop[c] - rBottom[c];
      double dy = yTop[c] - yBottom[c];
      double len = Math.hypot(dr, dy);
      // Columns under SHORT_CM tall (near the V's bottom) cast more and more straight in, and
      // one of no height casts straight in: their chords' normals tilted towards vertical and
      // sent rays down onto the neck and chin, whose hits drew slivers up the V.
      if (dy >= SHORT_CM) {
        nr[c] = dy / len;
        ny[c] = -dr / len;
      } else if (len < 1e-6) {
        nr[c] = 1;
        ny[c] = 0;
      } else {
        double w = Vec.smooth(dy / SHORT_CM);
        double cr = w * dy / len + (1 - w);
        double cy = -w * dr / len;
        double cl = Math.hypot(cr, cy);
        nr[c] = cr / cl;
        ny[c] = cy / cl;
      }
      chord += len / COLUMNS;
    }
    double band = type.bandCm();
    int bandRow = band <= 0 ? ROWS - 1 : Math.max(1, (int) Math.round((ROWS - 1) * (1 - band / Math.max(band, chord))));
    double bandFrom = bandRow / (double) (ROWS - 1);
    SkinGrid.Rays rays = new SkinGrid.Rays() {
      @Override
      public double[] origin(double s, double t) {
        int c = column(s);
        double phi = 2 * Math.PI * s;
        double r = rBottom[c] + (rTop[c] - rBottom[c]) * t + REACH_CM * nr[c];
        double y = yBottom[c] + (yTop[c] - yBottom[c]) * t + REACH_CM * ny[c];
        return new double[] {neck.cx + r * Math.sin(phi), y, neck.cz + r * Math.cos(phi)};
      }

      @Override
      public double[] direction(double s, double t) {
        int c = column(s);
        double phi = 2 * Math.PI * s;
        return new double[] {-nr[c] * Math.sin(phi), -ny[c], -nr[c] * Math.cos(phi)};
      }

      @Override
      public double nearestHit(double s, double t) {
        return REACH_CM - BULGE_CM;
      }

      @Override
      public double offset(double s, double t) {
        return CLOTH_CM + (band > 0 && t >= bandFrom ? BAND_CM : 0);
      }
    };
    SkinGrid.Cast g = SkinGrid.cast(h, ray, rays, ROWS, COLUMNS, 8, true);
    double around = 2 * Math.PI * (rBottom[0] + rBottom[COLUMNS / 4] + rBottom[COLUMNS / 2] + rBottom[3 * COLUMNS / 4]) / 4;
    int first = SkinGrid.vertices(b, h, g, around, chord, null);
    b.grid(first, bandRow + 1, COLUMNS, true, false, PropMaterial.GARMENT);
    if (bandRow < ROWS - 1) {
      b.grid(first + bandRow * COLUMNS, ROWS - bandRow, COLUMNS, true, false, PropMaterial.GARMENT_TRIM);
    }
    int[] top = new int[COLUMNS];
    for (int j = 0; j < COLUMNS; j++) {
      top[j] = first + (ROWS - 1) * COLUMNS + j;
    }
    return top;
  }

  private static int column(double s) {
    return (int) Math.round(s * COLUMNS) % COLUMNS;
  }
}
