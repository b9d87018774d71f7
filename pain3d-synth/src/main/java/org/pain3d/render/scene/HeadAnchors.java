package org.pain3d.render.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.face.VertexRegion;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;

/**
 * Where props attach to an ICT-FaceKit head: vertex indices of the ears (top of the helix,
 * lobe), of the loop where the neck mesh ends, and of the 68 landmarks. The indices are
 * topology facts, found once on the model's mean face; an identity's anchor positions are
 * read from its own vertices, so props follow every head shape.
 *
 * <p>Rules (world frame, cm): an ear is the skin with {@code |x| > 8}, {@code -5 < y < 9},
 * {@code z < 2.5}; its top is the highest such vertex, its lobe the lowest. The neck loop is
 * the boundary of the skin groups below the chin, ordered by angle about the vertical axis
 * (counter-clockwise seen from above, starting behind the head).
 */
public final class HeadAnchors {
  private final int[] landmarks = FaceLandmarks.ict68();
  private final int earTopLeft;
  private final int earTopRight;
  private final int earLobeLeft;
  private final int earLobeRight;
  private final int[] neckLoop;
  private final boolean[] skinVertex;

  private HeadAnchors(int[] ears, int[] neckLoop, boolean[] skinVertex) {
    this.earTopLeft = ears[0];
    this.earTopRight = ears[1];
    this.earLobeLeft = ears[2];
    this.earLobeRight = ears[3];
    this.neckLoop = neckLoop;
    this.skinVertex = skinVertex;
  }

  /**
   * Returns whether a mesh has the full ICT-FaceKit topology that these rules need.
   *
   * @param mesh the face mesh
   */
  public static boolean supports(RenderMesh mesh) {
    return mesh.vertexCount() == VertexRegion.FULL_MODEL_VERTICES;
  }

  /**
   * Finds the anchors on the model's mean face.
   *
   * @param mean the mean face (ICT-FaceKit topology), world cm
   * @return the anchors
   * @throws IllegalArgumentException when the mesh is not the full ICT-FaceKit topology
   */
  public static HeadAnchors find(RenderMesh mean) {
    if (!supports(mean)) {
      throw new IllegalArgumentException("head anchors need the full ICT-FaceKit topology");
    }
    boolean[] skin = skinVertices(mean);
    float[] p = mean.positions();
    int[] ears = {-1, -1, -1, -1};
    for (int v = 0; v < skin.length; v++) {
      float x = p[3 * v];
      float y = p[3 * v + 1];
      if (!skin[v] || Math.abs(x) <= 8 || y <= -5 || y >= 9 || p[3 * v + 2] >= 2.5) {
        continue;
      }
      int side = x > 0 ? 0 : 1;
      if (ears[side] < 0 || y > p[3 * ears[side] + 1]) {
        ears[side] = v;
      }
      if (ears[2 + side] < 0 || y < p[3 * ears[2 + side] + 1]) {
        ears[2 + side] = v;
      }
    }
    for (int e : ears) {
      if (e < 0) {
        throw new IllegalArgumentException("no ear found on the mean face");
      }
    }
    return new HeadAnchors(ears, neckLoop(mean, skin), skin);
  }

  private static boolean[] skinVertices(RenderMesh mesh) {
    boolean[] skin = new boolean[mesh.vertexCount()];
    MaterialKind[] kinds = MaterialKind.ofTriangles(mesh);
    int[] t = mesh.triangles();
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == MaterialKind.SKIN) {
        skin[t[3 * i]] = true;
        skin[t[3 * i + 1]] = true;
        skin[t[3 * i + 2]] = true;
      }
    }
    return skin;
  }

  private static int[] neckLoop(RenderMesh mesh, boolean[] skin) {
    float[] p = mesh.positions();
    float chin = p[3 * FaceLandmarks.ict68()[8] + 1];
    Map<Long, Integer> edges = new HashMap<>();
    MaterialKind[] kinds = MaterialKind.ofTriangles(mesh);
    int[] t = mesh.triangles();
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != MaterialKind.SKIN) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        int a = t[3 * i + k];
        int b = t[3 * i + (k + 1) % 3];
        edges.merge((long) Math.min(a, b) << 32 | Math.max(a, b), 1, Integer::sum);
      }
    }
    List<Integer> ring = new ArrayList<>();
    boolean[] seen = new boolean[skin.length];
    for (Map.Entry<Long, Integer> e : edges.entrySet()) {
      if (e.getValue() != 1) {
        continue;
      }
      for (int v : new int[] {(int) (e.getKey() >>> 32), (int) (long) e.getKey()}) {
        if (!seen[v] && p[3 * v + 1] < chin - 2) {
          seen[v] = true;
          ring.add(v);
        }
      }
    }
    if (ring.size() < 8) {
      throw new IllegalArgumentException("no neck boundary found on the mean face");
    }
    double cx = 0;
    double cz = 0;
    for (int v : ring) {
      cx += p[3 * v];
      cz += p[3 * v + 2];
    }
    double mx = cx / ring.size();
    double mz = cz / ring.size();
    ring.sort((a, b) -> Double.compare(angle(p, a, mx, mz), angle(p, b, mx, mz)));
    return ring.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Angle about +y, from -z (behind the head) counter-clockwise seen from above. */
  private static double angle(float[] p, int v, double cx, double cz) {
    return Math.atan2(-(p[3 * v] - cx), -(p[3 * v + 2] - cz));
  }

  /** Returns the 68 landmark vertex indices. */
  public int[] landmarks() {
    return landmarks.clone();
  }

  /**
   * Returns the vertex index at the top of an ear (where glasses temples rest).
   *
   * @param left the subject's left ear (+x) or right ear
   */
  public int earTop(boolean left) {
    return left ? earTopLeft : earTopRight;
  }

  /**
   * Returns the vertex index of an earlobe.
   *
   * @param left the subject's left ear (+x) or right ear
   */
  public int earLobe(boolean left) {
    return left ? earLobeLeft : earLobeRight;
  }

  /** Returns the neck-end loop, ordered counter-clockwise seen from above from behind the head. */
  public int[] neckLoop() {
    return neckLoop.clone();
  }

  /** Returns whether a vertex belongs to the skin (face, back of the head, neck). */
  public boolean isSkin(int vertex) {
    return skinVertex[vertex];
  }

  /**
   * Reads a landmark's position.
   *
   * @param positions the identity's positions, shape [n * 3]
   * @param index landmark index 0..67
   * @return x, y, z in cm, shape [3]
   */
  public double[] landmark(float[] positions, int index) {
    return at(positions, landmarks[index]);
  }

  /**
   * Reads a vertex position.
   *
   * @param positions positions, shape [n * 3]
   * @param vertex vertex index
   * @return x, y, z in cm, shape [3]
   */
  public static double[] at(float[] positions, int vertex) {
    return new double[] {positions[3 * vertex], positions[3 * vertex + 1], positions[3 * vertex + 2]};
  }
}
