package org.pain3d.render.scene;

/** Earrings at both earlobes: small spheres (studs) or rings hanging in the ear's plane (hoops). */
final class Earrings {
  private Earrings() {}

  static void add(MeshBuilder b, HeadContext h, EarringSpec e) {
    for (boolean left : new boolean[] {true, false}) {
      int v = h.anchors.earLobe(left);
      double[] lobe = Vec.addScaled(h.vertex(v), h.normal(v), 0.05);
      if (e.kind() == EarringKind.STUD) {
        sphere(b, Vec.addScaled(lobe, h.normal(v), e.sizeCm()), e.sizeCm());
      } else {
        double r = e.sizeCm();
        double[][] ring = new double[24][];
        for (int k = 0; k < ring.length; k++) {
          double a = 2 * Math.PI * k / ring.length;
          ring[k] = new double[] {lobe[0] + (left ? 0.25 : -0.25), lobe[1] - r + r * Math.cos(a), lobe[2] + r * Math.sin(a)};
        }
        Tube.add(b, ring, Math.max(0.05, 0.06 * r), 6, true, PropMaterial.EARRING);
      }
    }
  }

  private static void sphere(MeshBuilder b, double[] c, double r) {
    int rings = 6;
    int sides = 8;
    int first = b.vertexCount();
    for (int i = 0; i <= rings; i++) {
      double t = Math.PI * i / rings;
      for (int k = 0; k < sides; k++) {
        double a = 2 * Math.PI * k / sides;
        b.vertex(c[0] + r * Math.sin(t) * Math.cos(a), c[1] + r * Math.cos(t), c[2] + r * Math.sin(t) * Math.sin(a),
            a * r, t * r);
      }
    }
    b.grid(first, rings + 1, sides, true, true, PropMaterial.EARRING);
  }
}
