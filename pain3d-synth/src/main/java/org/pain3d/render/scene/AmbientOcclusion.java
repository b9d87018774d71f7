package org.pain3d.render.scene;

import org.pain3d.render.Camera;
import org.pain3d.render.RasterOptions;
import org.pain3d.render.RenderMesh;

/**
 * Per-vertex ambient occlusion from depth maps: the mesh is seen from many directions
 * spread evenly over the sphere (a Fibonacci lattice), and a vertex's occlusion is the
 * cosine-weighted fraction of the directions above its tangent plane from which it is not
 * hidden. Eye sockets, nostrils, the mouth and the skin under the chin come out darker.
 *
 * <p>It depends on the shape only; the scene renderer computes it once per face model (on
 * the model's mean face) and applies it to every identity.
 */
public final class AmbientOcclusion {
  private AmbientOcclusion() {}

  /**
   * Computes the occlusion of every vertex.
   *
   * @param mesh the mesh, world cm
   * @param options the groups that occlude and receive
   * @param normals unit vertex normals, shape [n * 3]
   * @param directions number of directions, in [4, 1024]
   * @param mapSize depth-map side, samples
   * @param biasCm depth tolerance, cm
   * @return visibility per vertex in [0, 1] (1: open), shape [n]
   */
  public static float[] compute(RenderMesh mesh, RasterOptions options, float[] normals,
      int directions, int mapSize, float biasCm) {
    if (directions < 4 || directions > 1024) {
      throw new IllegalArgumentException("directions out of [4, 1024]: " + directions);
    }
    float[] p = mesh.positions();
    int n = mesh.vertexCount();
    double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int v = 0; v < n; v++) {
      for (int k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k], p[3 * v + k]);
        hi[k] = Math.max(hi[k], p[3 * v + k]);
      }
    }
    double[] centre = {(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2};
    double radius = 0.5 * Math.sqrt(sq(hi[0] - lo[0]) + sq(hi[1] - lo[1]) + sq(hi[2] - lo[2])) + 1;
    float[] open = new float[n];
    float[] weight = new float[n];
    DepthMap map = new DepthMap(mapSize);
    double golden = Math.PI * (3 - Math.sqrt(5));
    for (int i = 0; i < directions; i++) {
      double dy = 1 - (i + 0.5) * 2.0 / directions;
      double r = Math.sqrt(1 - dy * dy);
      double[] d = {r * Math.cos(golden * i), dy, r * Math.sin(golden * i)};
      Camera cam = map.begin(d, centre, radius);
      map.draw(cam, mesh, options);
      for (int v = 0; v < n; v++) {
        float w = (float) (normals[3 * v] * d[0] + normals[3 * v + 1] * d[1] + normals[3 * v + 2] * d[2]);
        if (w <= 0) {
          continue;
        }
        weight[v] += w;
        open[v] += w * map.visibility(p[3 * v], p[3 * v + 1], p[3 * v + 2], biasCm, 1);
      }
    }
    for (int v = 0; v < n; v++) {
      open[v] = weight[v] > 0 ? open[v] / weight[v] : 1f;
    }
    return open;
  }

  private static double sq(double v) {
    return v * v;
  }
}
