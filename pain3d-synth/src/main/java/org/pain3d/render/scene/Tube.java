package org.pain3d.render.scene;

/**
 * Round tubes along a path (glasses temples and rims, cannula tubing, straps, hoops): a
 * ring of vertices per path point, oriented by parallel transport, joined by quads.
 */
final class Tube {
  private Tube() {}

  /**
   * Adds a tube.
   *
   * @param b the builder
   * @param path points along the tube's axis, world cm, at least 2
   * @param radius tube radius, cm
   * @param sides vertices per ring, at least 3
   * @param closed whether the path is a loop (last point joins the first)
   * @param material its material
   */
  static void add(MeshBuilder b, double[][] path, double radius, int sides, boolean closed,
      PropMaterial material) {
    int n = path.length;
    double[] t0 = tangent(path, 0, closed);
    double[] normal = Vec.normalize(Vec.cross(t0, Math.abs(t0[1]) < 0.9 ? Vec.of(0, 1, 0) : Vec.of(1, 0, 0)));
    int first = b.vertexCount();
    double along = 0;
    for (int i = 0; i < n; i++) {
      double[] t = tangent(path, i, closed);
      normal = Vec.normalize(Vec.sub(normal, Vec.scale(t, Vec.dot(normal, t))));
      double[] binormal = Vec.cross(t, normal);
      if (i > 0) {
        along += Vec.length(Vec.sub(path[i], path[i - 1]));
      }
      for (int s = 0; s < sides; s++) {
        double a = 2 * Math.PI * s / sides;
        double c = Math.cos(a) * radius;
        double d = Math.sin(a) * radius;
        b.vertex(path[i][0] + c * normal[0] + d * binormal[0], path[i][1] + c * normal[1] + d * binormal[1],
            path[i][2] + c * normal[2] + d * binormal[2], radius * a, along);
      }
    }
    int rows = closed ? n + 1 : n;
    for (int r = 0; r + 1 < rows; r++) {
      int r0 = first + (r % n) * sides;
      int r1 = first + ((r + 1) % n) * sides;
      for (int s = 0; s < sides; s++) {
        int s1 = (s + 1) % sides;
        b.quad(r0 + s, r0 + s1, r1 + s1, r1 + s, material);
      }
    }
  }

  private static double[] tangent(double[][] p, int i, boolean closed) {
    int n = p.length;
    int prev = i > 0 ? i - 1 : (closed ? n - 1 : 0);
    int next = i + 1 < n ? i + 1 : (closed ? 0 : n - 1);
    return Vec.normalize(Vec.sub(p[next], p[prev]));
  }
}
