package org.pain3d.render.scene;

/** A strip of medical tape laid on the cheek or forehead (follows the skin per pose). */
final class Tape {
  private Tape() {}

  static void add(MeshBuilder b, HeadContext h, TapeSpec spec, FollowerBuilder follow) {
    double[] centre = switch (spec.place()) {
      case LEFT_CHEEK -> Vec.lerp(h.lm(35), h.lm(13), 0.5);
      case RIGHT_CHEEK -> Vec.lerp(h.lm(31), h.lm(3), 0.5);
      case FOREHEAD -> Vec.add(h.mid(19, 24), Vec.of(0, 2.4, 0));
    };
    centre = h.snap.onto(centre, 0);
    double[] n = h.snap.normalNear(centre);
    double a = Math.toRadians(spec.angleDeg());
    double[] e1 = Vec.normalize(Vec.sub(Vec.of(Math.cos(a), Math.sin(a), 0),
        Vec.scale(n, Vec.dot(n, Vec.of(Math.cos(a), Math.sin(a), 0)))));
    double[] e2 = Vec.cross(n, e1);
    double[] o = Vec.addScaled(centre, n, 3);
    double len = spec.lengthCm();
    double wid = spec.widthCm();
    SkinGrid.Rays rays = new SkinGrid.Rays() {
      @Override
      public double[] origin(double s, double t) {
        return Vec.addScaled(Vec.addScaled(o, e1, (s - 0.5) * len), e2, (t - 0.5) * wid);
      }

      @Override
      public double[] direction(double s, double t) {
        return Vec.scale(n, -1);
      }

      @Override
      public double offset(double s, double t) {
        return 0.06;
      }
    };
    double r = 0.5 * len + 3;
    SkinRay ray = new SkinRay(h, Vec.add(centre, Vec.of(-r, -r, -r)), Vec.add(centre, Vec.of(r, r, r)));
    SkinGrid.Cast g = SkinGrid.cast(h, ray, rays, 5, 9, 0);
    SkinGrid.add(b, h, g, len, wid, PropMaterial.TAPE, follow);
  }
}
