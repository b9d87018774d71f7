package org.pain3d.render.hair;

import java.util.Arrays;
import org.pain3d.render.RenderMesh;

/** Growable arrays of a hair mesh under construction ({@link HairBuilder}). */
final class Parts {
  private float[] pos = new float[3 * 1024];
  private float[] u = new float[1024];
  private float[] v = new float[1024];
  private float[] alpha = new float[1024];
  private float[] film = new float[1024];
  private float[] tangent = new float[3 * 1024];
  private int[] follows = new int[1024];
  private float[] offset = new float[1024];
  /** Per vertex, its share of the head's turn; null while every vertex takes all of it. */
  private float[] turn;
  private int vertices;
  private int[] tris = new int[3 * 1024];
  private int[] groups = new int[1024];
  private int triangles;
  private int[] face = new int[3 * 256];
  private int faceCount;

  /** Adds a vertex; returns its index. */
  int vertex(float[] q, float su, float sv, float a, float[] t, int follow, float off) {
    if (vertices == u.length) {
      int n = 2 * vertices;
      pos = Arrays.copyOf(pos, 3 * n);
      u = Arrays.copyOf(u, n);
      v = Arrays.copyOf(v, n);
      alpha = Arrays.copyOf(alpha, n);
      film = Arrays.copyOf(film, n);
      tangent = Arrays.copyOf(tangent, 3 * n);
      follows = Arrays.copyOf(follows, n);
      offset = Arrays.copyOf(offset, n);
      if (turn != null) {
        turn = Arrays.copyOf(turn, n);
      }
    }
    int i = vertices++;
    System.arraycopy(q, 0, pos, 3 * i, 3);
    System.arraycopy(t, 0, tangent, 3 * i, 3);
    u[i] = su;
    v[i] = sv;
    alpha[i] = a;
    film[i] = 1;
    follows[i] = follow;
    offset[i] = off;
    if (turn != null) {
      turn[i] = 1;
    }
    return i;
  }

  /** Sets a vertex's share of the head's turn ({@link HairModel#turn}; 1 unless set). */
  void turnWeight(int vertex, float w) {
    if (turn == null) {
      if (w == 1) {
        return;
      }
      turn = new float[u.length];
      Arrays.fill(turn, 1);
    }
    turn[vertex] = w;
  }

  /** Sets a vertex's film factor ({@link HairModel#film}; 1 unless set). */
  void film(int vertex, float f) {
    film[vertex] = f;
  }

  void triangle(int a, int b, int c, int group) {
    if (triangles == groups.length) {
      tris = Arrays.copyOf(tris, 6 * triangles);
      groups = Arrays.copyOf(groups, 2 * triangles);
    }
    tris[3 * triangles] = a;
    tris[3 * triangles + 1] = b;
    tris[3 * triangles + 2] = c;
    groups[triangles++] = group;
  }

  /** Records a face triangle whose normal feeds the followed vertices. */
  void faceTriangle(int a, int b, int c) {
    if (3 * faceCount == face.length) {
      face = Arrays.copyOf(face, 2 * face.length);
    }
    face[3 * faceCount] = a;
    face[3 * faceCount + 1] = b;
    face[3 * faceCount + 2] = c;
    faceCount++;
  }

  /**
   * @param look the look
   * @param faceVertices the face mesh's vertex count
   * @param seam the lashes' seam lift, or null for none
   */
  HairModel model(HairLook look, int faceVertices, LashSeam seam) {
    int n = vertices;
    RenderMesh mesh = new RenderMesh(Arrays.copyOf(pos, 3 * n), Arrays.copyOf(tris, 3 * triangles), new float[] {0, 0},
        new int[3 * triangles], Arrays.copyOf(groups, triangles), HairModel.GROUPS);
    return new HairModel(look, mesh, Arrays.copyOf(u, n), Arrays.copyOf(v, n), Arrays.copyOf(alpha, n),
        Arrays.copyOf(film, n), Arrays.copyOf(tangent, 3 * n), Arrays.copyOf(follows, n), Arrays.copyOf(offset, n),
        Arrays.copyOf(face, 3 * faceCount), faceVertices, seam, turn == null ? null : Arrays.copyOf(turn, n));
  }
}
