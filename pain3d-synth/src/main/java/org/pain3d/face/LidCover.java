package org.pain3d.face;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed lids over one eyeball's front, as {@link BlinkClosure} checks them: the eyeball's cap
 * (its vertices within {@link #CAP_DEPTH_CM} of the corneal apex's depth on the neutral mesh), the
 * skin triangles around the eye (every vertex within {@link #RADIUS_CM} of the apex across the
 * view), and, at those vertices, the eye's blink shape and the squeeze (the {@link #SQUEEZE} shapes
 * at weight 1, which press a closed eye's lids back in a grimace), all in local arrays.
 *
 * <p>ICT-FaceKit's corneal apex is not where a closed lid lies closest to the eyeball for every
 * identity: on some the lid's skin above the apex, where the iris's upper edge lies, sinks behind
 * the eyeball's surface when the eye closes, and the iris shows through a hole in the lid (the
 * cap lay in front of the skin for 30 of 800 eyes, closed or squeezed; one of 49 identities showed
 * it at 256 px). {@link #depthPast} finds how far
 * the cap lies in front of the skin over it, by casting along the view axis (z) through the
 * triangles.
 *
 * @param vertices the model vertex of each local vertex, shape [n]
 * @param triangles skin triangles as local vertex triples, shape [3t]
 * @param cap local indices of the eyeball's cap vertices, shape [c]
 * @param blink the eye's blink shape at weight 1 at the local vertices, cm, shape [3n]
 * @param squeeze the squeeze shapes' sum at weight 1 at the local vertices, cm, shape [3n]
 */
public record LidCover(int[] vertices, int[] triangles, int[] cap, float[] blink, float[] squeeze) {
  /** Depth of the eyeball's cap behind the corneal apex on the neutral mesh, cm. */
  public static final float CAP_DEPTH_CM = 0.35f;
  /** Radius around the apex, across the view, of the skin triangles that may cover the cap, cm. */
  public static final float RADIUS_CM = 2.0f;
  /**
   * The shapes that press a closed eye's lids back (AU4, AU6 and AU7 of the pain expression); they
   * also narrow the lid gap before a blink closes it ({@link BlinkClosure#under}).
   */
  public static final List<String> SQUEEZE = List.of("browDown_L", "browDown_R", "cheekSquint_L", "cheekSquint_R",
      "eyeSquint_L", "eyeSquint_R");

  /**
   * Collects the cover of one eye.
   *
   * @param model the face model (full ICT-FaceKit topology)
   * @param tri the model's triangles as vertex triples ({@link MeshTopology#triangulate()})
   * @param apex the eye's corneal apex vertex
   * @param eyeball the eye's eyeball vertices
   * @param blink the eye's blink shape
   * @return the cover
   */
  static LidCover of(FaceModel model, int[] tri, int apex, List<Integer> eyeball, ExpressionShape blink) {
    float[] p = model.neutral();
    float ax = p[3 * apex];
    float ay = p[3 * apex + 1];
    float az = p[3 * apex + 2];
    Map<Integer, Integer> local = new LinkedHashMap<>();
    List<Integer> cap = new ArrayList<>();
    for (int v : eyeball) {
      if (p[3 * v + 2] >= az - CAP_DEPTH_CM) {
        cap.add(local.computeIfAbsent(v, k -> local.size()));
      }
    }
    List<Integer> skin = new ArrayList<>();
    for (int t = 0; t + 2 < tri.length; t += 3) {
      boolean near = true;
      for (int c = 0; c < 3 && near; c++) {
        int v = tri[t + c];
        double dx = p[3 * v] - ax;
        double dy = p[3 * v + 1] - ay;
        near = VertexRegion.FACE.contains(v) && dx * dx + dy * dy <= RADIUS_CM * RADIUS_CM;
      }
      if (near) {
        for (int c = 0; c < 3; c++) {
          skin.add(local.computeIfAbsent(tri[t + c], k -> local.size()));
        }
      }
    }
    int[] vertices = local.keySet().stream().mapToInt(Integer::intValue).toArray();
    float[] blinkLocal = new float[3 * vertices.length];
    float[] squeezeLocal = new float[3 * vertices.length];
    List<ExpressionShape> squeeze = new ArrayList<>();
    for (String name : SQUEEZE) {
      if (model.hasExpression(name)) {
        squeeze.add(model.expressions().get(model.expressionIndex(name)));
      }
    }
    for (int i = 0; i < vertices.length; i++) {
      for (int c = 0; c < 3; c++) {
        blinkLocal[3 * i + c] = blink.delta(vertices[i], c);
        for (ExpressionShape s : squeeze) {
          squeezeLocal[3 * i + c] += s.delta(vertices[i], c);
        }
      }
    }
    return new LidCover(vertices, skin.stream().mapToInt(Integer::intValue).toArray(),
        cap.stream().mapToInt(Integer::intValue).toArray(), blinkLocal, squeezeLocal);
  }

  /**
   * How far the eyeball's cap lies in front of the skin over it when the eye is closed, with and
   * without the squeeze, cm: the largest {@code capZ - skinZ} over the cap vertices that a skin
   * triangle covers across the view ({@code skinZ} the front-most covering triangle's depth there);
   * negative when the whole cap lies behind the skin.
   *
   * @param identityPositions the identity's neutral positions, {@code float[3V]} cm
   * @param blinkWeight the blink shape's weight (its scale at a full blink)
   * @return the largest depth past the skin, cm ({@code -infinity} when no triangle covers the cap)
   */
  public double depthPast(float[] identityPositions, float blinkWeight) {
    int n = vertices.length;
    float[] open = new float[3 * n];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < 3; c++) {
        open[3 * i + c] = identityPositions[3 * vertices[i] + c] + blinkWeight * blink[3 * i + c];
      }
    }
    double worst = Double.NEGATIVE_INFINITY;
    float[] pressed = open.clone();
    for (int i = 0; i < pressed.length; i++) {
      pressed[i] += squeeze[i];
    }
    for (float[] q : new float[][] {open, pressed}) {
      TriangleGrid grid = new TriangleGrid(q, triangles);
      for (int k : cap) {
        double skinZ = grid.depthAt(q[3 * k], q[3 * k + 1]);
        if (skinZ > Double.NEGATIVE_INFINITY) {
          worst = Math.max(worst, q[3 * k + 2] - skinZ);
        }
      }
    }
    return worst;
  }

  /** Skin triangles bucketed across the view (x, y) in square cells, for depth queries. */
  private static final class TriangleGrid {
    private static final double CELL_CM = 0.2;
    private final float[] q;
    private final int[] triangles;
    private final double x0;
    private final double y0;
    private final int nx;
    private final int ny;
    private final List<List<Integer>> cells;

    TriangleGrid(float[] q, int[] triangles) {
      this.q = q;
      this.triangles = triangles;
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (int v : triangles) {
        minX = Math.min(minX, q[3 * v]);
        maxX = Math.max(maxX, q[3 * v]);
        minY = Math.min(minY, q[3 * v + 1]);
        maxY = Math.max(maxY, q[3 * v + 1]);
      }
      x0 = minX;
      y0 = minY;
      nx = Math.max(1, (int) Math.ceil((maxX - minX) / CELL_CM) + 1);
      ny = Math.max(1, (int) Math.ceil((maxY - minY) / CELL_CM) + 1);
      cells = new ArrayList<>(nx * ny);
      for (int i = 0; i < nx * ny; i++) {
        cells.add(new ArrayList<>(4));
      }
      for (int t = 0; t < triangles.length; t += 3) {
        double lx = Double.MAX_VALUE;
        double ly = Double.MAX_VALUE;
        double hx = -Double.MAX_VALUE;
        double hy = -Double.MAX_VALUE;
        for (int c = 0; c < 3; c++) {
          int v = 3 * triangles[t + c];
          lx = Math.min(lx, q[v]);
          hx = Math.max(hx, q[v]);
          ly = Math.min(ly, q[v + 1]);
          hy = Math.max(hy, q[v + 1]);
        }
        for (int j = cell(ly, y0, ny); j <= cell(hy, y0, ny); j++) {
          for (int i = cell(lx, x0, nx); i <= cell(hx, x0, nx); i++) {
            cells.get(j * nx + i).add(t);
          }
        }
      }
    }

    private static int cell(double c, double origin, int n) {
      return Math.max(0, Math.min(n - 1, (int) Math.floor((c - origin) / CELL_CM)));
    }

    /** The front-most triangle's depth at a point across the view, or -infinity where none covers it. */
    double depthAt(double x, double y) {
      if (x < x0 || y < y0 || x > x0 + nx * CELL_CM || y > y0 + ny * CELL_CM) {
        return Double.NEGATIVE_INFINITY;
      }
      double best = Double.NEGATIVE_INFINITY;
      for (int t : cells.get(cell(y, y0, ny) * nx + cell(x, x0, nx))) {
        int a = 3 * triangles[t];
        int b = 3 * triangles[t + 1];
        int c = 3 * triangles[t + 2];
        double e0x = q[b] - q[a];
        double e0y = q[b + 1] - q[a + 1];
        double e1x = q[c] - q[a];
        double e1y = q[c + 1] - q[a + 1];
        double det = e0x * e1y - e0y * e1x;
        if (Math.abs(det) < 1e-12) {
          continue;
        }
        double px = x - q[a];
        double py = y - q[a + 1];
        double u = (px * e1y - py * e1x) / det;
        double v = (e0x * py - e0y * px) / det;
        if (u < 0 || v < 0 || u + v > 1) {
          continue;
        }
        best = Math.max(best, q[a + 2] + u * (q[b + 2] - q[a + 2]) + v * (q[c + 2] - q[a + 2]));
      }
      return best;
    }
  }
}
