package org.pain3d.render.scene;

/**
 * A shirt collar along the neckline of a collared shirt (the top edge of its {@link Yoke}): a
 * stand rising about 3 cm up the neck at the back (lower towards the front) and a fall folded
 * outwards and down over the shoulders, longer at the front ends (the collar points); open in
 * front (the shirt's V).
 * Both sides drawn, in the garment's fabric; turned with the head as the yoke under it.
 */
final class Collar {
  /** Half-angle of the opening in front, degrees from the front. */
  static final double OPEN_DEG = 30;
  /**
   * The fall's least height over the skin, cm: over the yoke's cloth and neck band ({@link
   * Yoke}, 0.3 + 0.12 cm) with 0.15 cm to spare. Its middle may stand 0.8 cm higher (the
   * roll), its edge 0.3 cm.
   */
  private static final double FALL_CM = 0.57;

  private Collar() {}

  /**
   * Adds the collar.
   *
   * @param b the builder
   * @param head the head (to keep the stand off the neck)
   * @param ring the garment's neckline ({@link Yoke#add}'s result), in the neck loop's order
   */
  static void add(MeshBuilder b, HeadContext head, int[] ring) {
    int m = ring.length;
    double cx = 0;
    double cz = 0;
    for (int v : ring) {
      cx += b.position(v, 0) / m;
      cz += b.position(v, 2) / m;
    }
    int first = b.triangleCount();
    int[] prev = null;
    double open = Math.cos(Math.toRadians(OPEN_DEG));
    for (int j = 0; j <= m; j++) {
      int v = ring[j % m];
      double[] base = {b.position(v, 0), b.position(v, 1), b.position(v, 2)};
      double rx = base[0] - cx;
      double rz = base[2] - cz;
      double r = Math.hypot(rx, rz);
      double front = rz / r;
      if (front > open) {
        prev = null;
        continue;
      }
      double toFront = Math.max(0, (front + 1) / (1 + open));
      // The stand lowers to nothing over the last 15 degrees before the opening: a stand rising
      // from the chest beside the V stood out as a fin.
      double fromOpening = Math.toDegrees(Math.atan2(Math.abs(rx), rz)) - OPEN_DEG;
      double stand = (3.0 - 1.6 * toFront) * Vec.smooth(fromOpening / 15);
      double[] top = head.snap.outside(new double[] {base[0] - 0.25 * rx / r, base[1] + stand, base[2] - 0.25 * rz / r},
          0.35);
      double point = Math.pow(toFront, 6);
      double reach = 1.4 + 2.6 * point;
      // Outward from the neck, turning sideways towards the points (outward from the neck there
      // is forward, off the chest: the points stood out from it edge-on).
      double hx = (1 - point) * rx / r + point * Math.signum(rx);
      double hz = (1 - point) * rz / r;
      double hl = Math.hypot(hx, hz);
      double[] fall = {top[0] + reach * hx / hl, top[1] - stand - 0.9 * reach, top[2] + reach * hz / hl};
      // The fall lies on the shirt: its middle and its edge are laid at the collar's height
      // over the body (a straight fall floated off the curved chest beside the V, seen as fins).
      double[] mid = head.snap.within(Vec.lerp(top, fall, 0.5), FALL_CM, FALL_CM + 0.8);
      fall = head.snap.within(fall, FALL_CM, FALL_CM + 0.3);
      int[] cur = {b.vertex(base[0], base[1], base[2], j * 0.5, 0), b.vertex(top[0], top[1], top[2], j * 0.5, stand),
        b.vertex(mid[0], mid[1], mid[2], j * 0.5, stand + 0.5 * reach),
        b.vertex(fall[0], fall[1], fall[2], j * 0.5, stand + reach)};
      if (prev != null) {
        for (int k = 0; k + 1 < cur.length; k++) {
          b.quad(prev[k], cur[k], cur[k + 1], prev[k + 1], PropMaterial.GARMENT);
        }
      }
      prev = cur;
    }
    b.doubleSided(first);
  }
}
