package org.pain3d.synth.look;

/**
 * Anthropometric measures of a face mesh from its 68 landmarks (Multi-PIE order) and the
 * sides of the neck ({@link MeasurePoints}), in cm,
 * named after the classical measures they approximate (Farkas 1994; landmark codes in
 * brackets). ICT-FaceKit's landmarks are not the anthropometric points themselves (there is
 * no zygion or gonion), so each measure is the nearest landmark-based analogue, used for
 * relative changes only.
 */
public enum Anthropometry {
  /** Face width at the cheekbones (zy-zy): landmarks 1-15. */
  FACE_WIDTH(1, 15),
  /** Jaw width (go-go): landmarks 4-12. */
  JAW_WIDTH(4, 12),
  /** Face height (n-gn): landmarks 27-8. */
  FACE_HEIGHT(27, 8),
  /** Lower face height (sn-gn): landmarks 33-8. */
  LOWER_FACE_HEIGHT(33, 8),
  /** Nose width (al-al): landmarks 31-35. */
  NOSE_WIDTH(31, 35),
  /** Nose height (n-sn): landmarks 27-33. */
  NOSE_HEIGHT(27, 33),
  /** Nasal tip protrusion (sn-prn): depth of landmark 30 in front of 33. */
  NOSE_PROTRUSION(30, 33),
  /** Mouth width (ch-ch): landmarks 48-54. */
  MOUTH_WIDTH(48, 54),
  /** Upper vermilion height (ls-sto): landmarks 51-62, vertical. */
  UPPER_LIP(51, 62),
  /** Lower vermilion height (sto-li): landmarks 66-57, vertical. */
  LOWER_LIP(66, 57),
  /** Intercanthal width (en-en): landmarks 39-42. */
  INTERCANTHAL(39, 42),
  /** Eye fissure length (ex-en): mean of 36-39 and 42-45. */
  EYE_WIDTH(36, 39),
  /** Brow ridge projection: depth of the mid-brows (19, 24) in front of the upper lids (37, 38, 43, 44). */
  BROW_RIDGE(19, 24),
  /** Chin projection: depth of the chin (8) relative to the lower lip (57). */
  CHIN_PROJECTION(8, 57),
  /** Brow height: the mid-brows (19, 24) above the upper lids (37, 44), vertical. */
  BROW_HEIGHT(19, 37),
  /** Neck width 2.5 cm under the chin ({@link MeasurePoints}). */
  NECK_WIDTH(-1, -1),
  /**
   * Eye protrusion: depth of the corneal apex in front of the upper-lid skin that covers it
   * when the eye closes ({@link MeasurePoints}; the blink adds the same offset whatever the
   * identity, so the neutral depth decides whether the closed lid covers the cornea). No group
   * target: held at the mean, so the shape shift keeps the eyeballs behind the closing lids
   * (unheld, the shifted faces' irises showed through the closed lids of AU43).
   */
  EYE_PROTRUSION(-1, -1),
  /**
   * Palpebral fissure height (ps-pi): the upper lid's mid points (37, 38; 43, 44) above the
   * lower lid's (41, 40; 47, 46), vertical, mean of both eyes.
   */
  EYE_HEIGHT(37, 41),
  /**
   * Canthal tilt as a height: the outer canthus (36, 45) above the inner (39, 42), vertical,
   * mean of both eyes (positive: the eye slants upwards to the side).
   */
  CANTHAL_TILT(36, 39);

  private final int a;
  private final int b;

  Anthropometry(int a, int b) {
    this.a = a;
    this.b = b;
  }

  /**
   * The measure on a mesh.
   *
   * @param p positions, world cm, shape [3V]
   * @param pts the vertices read
   * @return the measure, cm
   */
  public double of(float[] p, MeasurePoints pts) {
    int[] lm = pts.landmarks();
    return switch (this) {
      case BROW_HEIGHT -> 0.5 * (y(p, lm[19]) + y(p, lm[24]) - y(p, lm[37]) - y(p, lm[44]));
      case NECK_WIDTH -> dist(p, pts.neckRight(), pts.neckLeft());
      case EYE_PROTRUSION -> 0.5 * (z(p, pts.corneaRight()) + z(p, pts.corneaLeft()) - z(p, pts.lidRight())
          - z(p, pts.lidLeft()));
      case NOSE_PROTRUSION, CHIN_PROJECTION -> z(p, lm[a]) - z(p, lm[b]);
      case UPPER_LIP, LOWER_LIP -> y(p, lm[a]) - y(p, lm[b]);
      case EYE_WIDTH -> 0.5 * (dist(p, lm[36], lm[39]) + dist(p, lm[42], lm[45]));
      case EYE_HEIGHT -> 0.25 * (y(p, lm[37]) + y(p, lm[38]) + y(p, lm[43]) + y(p, lm[44]) - y(p, lm[41])
          - y(p, lm[40]) - y(p, lm[47]) - y(p, lm[46]));
      case CANTHAL_TILT -> 0.5 * (y(p, lm[36]) - y(p, lm[39]) + y(p, lm[45]) - y(p, lm[42]));
      case BROW_RIDGE -> 0.5 * (z(p, lm[19]) + z(p, lm[24]))
          - 0.25 * (z(p, lm[37]) + z(p, lm[38]) + z(p, lm[43]) + z(p, lm[44]));
      default -> dist(p, lm[a], lm[b]);
    };
  }

  /**
   * Every measure on a mesh.
   *
   * @param p positions, world cm, shape [3V]
   * @param pts the vertices read
   * @return the measures in declaration order, cm
   */
  public static double[] all(float[] p, MeasurePoints pts) {
    Anthropometry[] all = values();
    double[] m = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      m[i] = all[i].of(p, pts);
    }
    return m;
  }

  private static double z(float[] p, int v) {
    return p[3 * v + 2];
  }

  private static double y(float[] p, int v) {
    return p[3 * v + 1];
  }

  private static double dist(float[] p, int u, int v) {
    double dx = p[3 * u] - p[3 * v];
    double dy = p[3 * u + 1] - p[3 * v + 1];
    double dz = p[3 * u + 2] - p[3 * v + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
}
