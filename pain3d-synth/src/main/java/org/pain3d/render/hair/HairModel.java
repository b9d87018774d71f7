package org.pain3d.render.hair;

import java.util.List;
import org.pain3d.render.NeckRig;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.VertexNormals;

/**
 * One identity's hair geometry: one mesh with five groups ({@link #CAP} offset from the
 * scalp, {@link #CURTAIN} hanging beside and behind the head, {@link #BUN}, {@link #FACIAL}
 * hair over the beard area, {@link #LASHES}) and per-vertex strand attributes: texture
 * coordinates along and across the strands (cm), a base opacity (0..1; on the cap the
 * scalp's growth value, {@link ScalpMap#growth}, turned into coverage per sample; on the hanging
 * hair the density of strands, which thins into single strand ends at its hem), a film factor
 * (0..1: the hanging hair's front edge fades as a translucent film, {@link #film}) and a unit
 * strand direction. Scalp parts are fixed to the neutral head; facial hair and lashes follow face
 * vertices (offset along the face normal), so {@link #pose} moves them with the expression.
 *
 * <p>Positions are world cm. Not thread-safe after {@link #pose} (one per worker).
 */
public final class HairModel {
  /** Group of the scalp cap. */
  public static final int CAP = 0;
  /** Group of the hanging hair (drawn two-sided). */
  public static final int CURTAIN = 1;
  /** Group of the bun. */
  public static final int BUN = 2;
  /** Group of the beard, moustache or goatee shell. */
  public static final int FACIAL = 3;
  /** Group of the eyelash cards (drawn two-sided). */
  public static final int LASHES = 4;
  static final List<String> GROUPS = List.of("hair_cap", "hair_curtain", "hair_bun", "facial_hair", "eyelashes");

  private final HairLook look;
  private final RenderMesh mesh;
  private final float[] u;
  private final float[] v;
  private final float[] alpha;
  private final float[] film;
  private final float[] tangent;
  private final int[] follows;
  private final float[] offset;
  private final int[] faceTriangles;
  private final float[] normals;
  private final float[] faceNormals;
  private final StrandTexture texture;
  /** The scalp parts' positions as built (copied on the first {@link #turn}), world cm. */
  private float[] rest;
  /** Whether the last {@link #turn} turned the scalp parts away from their positions as built. */
  private boolean turned;
  private final int fixedTriangles;
  /** The lashes' lift onto the seam of a closing lid, or null. */
  private final LashSeam seam;
  /**
   * Per vertex, how much of the head's turn a scalp vertex takes (0..1; hair lying on a pillow
   * stays there), or null: every scalp vertex turns fully.
   */
  private final float[] turnWeight;

  HairModel(HairLook look, RenderMesh mesh, float[] u, float[] v, float[] alpha, float[] film, float[] tangent,
      int[] follows, float[] offset, int[] faceTriangles, int faceVertices, LashSeam seam) {
    this(look, mesh, u, v, alpha, film, tangent, follows, offset, faceTriangles, faceVertices, seam, null);
  }

  /**
   * As the constructor above, with each scalp vertex's share of the head's turn ({@link #turn}).
   *
   * @param turnWeight per vertex, 0..1, or null for 1 everywhere
   */
  HairModel(HairLook look, RenderMesh mesh, float[] u, float[] v, float[] alpha, float[] film, float[] tangent,
      int[] follows, float[] offset, int[] faceTriangles, int faceVertices, LashSeam seam, float[] turnWeight) {
    this.turnWeight = turnWeight;
    this.look = look;
    this.mesh = mesh;
    this.u = u;
    this.v = v;
    this.alpha = alpha;
    // No film factors given: no film (1 at every vertex).
    if (film == null) {
      film = new float[alpha.length];
      java.util.Arrays.fill(film, 1);
    }
    this.film = film;
    this.tangent = tangent;
    this.follows = follows;
    this.offset = offset;
    this.faceTriangles = faceTriangles;
    this.normals = new float[mesh.positions().length];
    this.faceNormals = new float[3 * faceVertices];
    this.texture = StrandTexture.of(look);
    VertexNormals.compute(mesh.positions(), mesh.triangles(), normals);
    this.fixedTriangles = fixedPrefix(mesh.triangles(), follows);
    this.seam = seam;
  }

  /**
   * The longest prefix of the triangles none of whose vertices follows the face and whose
   * vertices no later triangle uses (so their normals, computed from the triangles around each
   * vertex, depend on the prefix alone).
   */
  private static int fixedPrefix(int[] tris, int[] follows) {
    int n = tris.length / 3;
    int[] lastUse = new int[follows.length];
    for (int t = 0; t < n; t++) {
      for (int k = 0; k < 3; k++) {
        lastUse[tris[3 * t + k]] = t;
      }
    }
    int fixed = 0;
    int reach = -1; // the last triangle that uses a vertex of [0, t)
    for (int t = 0; t < n; t++) {
      if (reach < t) {
        fixed = t;
      }
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        if (follows[v] >= 0) {
          return fixed;
        }
        reach = Math.max(reach, lastUse[v]);
      }
    }
    return n;
  }

  /**
   * The triangles {@code [0, fixedTriangles())} (the builder's scalp parts: cap, hanging hair,
   * bun) keep their positions and normals through {@link #pose}, so while the scalp is at rest
   * ({@link #scalpAtRest}) they rasterise and shade the same from a camera whatever the
   * expression ({@link FixedHairLayer}).
   *
   * @return the number of fixed triangles, a prefix of the mesh's
   */
  public int fixedTriangles() {
    return fixedTriangles;
  }

  /** @return whether the scalp parts are where they were built (never turned, or turned back to rest) */
  public boolean scalpAtRest() {
    return !turned;
  }

  /** @return the look this hair was built for */
  public HairLook look() {
    return look;
  }

  /** @return the mesh (positions live after {@link #pose}) */
  public RenderMesh mesh() {
    return mesh;
  }

  /** @return whether the mesh has any triangle */
  public boolean isEmpty() {
    return mesh.triangleCount() == 0;
  }

  /** @return whether any vertex follows the face (facial hair or lashes) */
  public boolean followsFace() {
    for (int f : follows) {
      if (f >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Moves the facial hair and lashes with the face, both lids at rest.
   *
   * @param facePositions the current face positions, world cm, shape [faceVertices * 3]
   */
  public void pose(float[] facePositions) {
    pose(facePositions, LidClosure.OPEN);
  }

  /**
   * Moves the facial hair and lashes with the face; the upper lashes of a closing lid are lifted
   * onto its seam ({@link LashSeam}, when the look has {@link HairLook#lashSeam}). Lids at rest
   * give exactly the positions of {@link #pose(float[])}.
   *
   * @param facePositions the current face positions, world cm, shape [faceVertices * 3]
   * @param lids how far each lid has closed beyond the rest pose
   */
  public void pose(float[] facePositions, LidClosure lids) {
    if (!followsFace()) {
      return;
    }
    normalsOfFollowed(facePositions);
    float[] p = mesh.positions();
    for (int i = 0; i < follows.length; i++) {
      int f = follows[i];
      if (f < 0) {
        continue;
      }
      float o = offset[i];
      p[3 * i] = facePositions[3 * f] + o * faceNormals[3 * f];
      p[3 * i + 1] = facePositions[3 * f + 1] + o * faceNormals[3 * f + 1];
      p[3 * i + 2] = facePositions[3 * f + 2] + o * faceNormals[3 * f + 2];
    }
    if (seam != null) {
      seam.lift(facePositions, lids, p);
    }
    VertexNormals.compute(p, mesh.triangles(), normals);
  }

  /**
   * Turns the scalp parts (cap, hanging hair, bun) rigidly with the head, as a
   * {@link NeckRig} turns everything above the chin; facial hair and lashes
   * follow the turned face through {@link #pose}. Strand directions stay as built (head sway
   * is a few degrees). Where a vertex takes only part of the turn (hair lying on a pillow,
   * {@link HairBuilder}), it moves that share of the way from where it was built to where the
   * turn takes it, so the hair on the pillow stays and the hair between bends.
   *
   * @param pivot the rotation's pivot, world cm, shape [3]
   * @param rotation row-major 3x3 rotation, or null for the head at rest
   */
  public void turn(double[] pivot, double[] rotation) {
    float[] p = mesh.positions();
    if (rest == null) {
      if (rotation == null) {
        return;
      }
      rest = p.clone();
    }
    turned = rotation != null;
    for (int i = 0; i < follows.length; i++) {
      if (follows[i] >= 0) {
        continue;
      }
      float w = turnWeight == null ? 1 : turnWeight[i];
      if (rotation == null || w <= 0) {
        System.arraycopy(rest, 3 * i, p, 3 * i, 3);
      } else {
        NeckRig.rotate(pivot, rotation, rest, p, i);
        if (w < 1) {
          for (int k = 3 * i; k < 3 * i + 3; k++) {
            p[k] = rest[k] + w * (p[k] - rest[k]);
          }
        }
      }
    }
    if (!followsFace()) {
      VertexNormals.compute(p, mesh.triangles(), normals);
    }
  }

  /**
   * The face vertices {@link #pose} reads: the followed vertices, the corners of the face
   * triangles around them (their normals) and the landmarks the lashes' seam lift reads.
   *
   * @return face vertex indices, with repeats, any order (a new array)
   */
  public int[] faceVerticesRead() {
    if (!followsFace()) {
      return new int[0];
    }
    int[] lifted = seam == null ? new int[0] : seam.faceVerticesRead();
    int[] out = java.util.Arrays.copyOf(faceTriangles, faceTriangles.length + lifted.length + follows.length);
    System.arraycopy(lifted, 0, out, faceTriangles.length, lifted.length);
    int n = faceTriangles.length + lifted.length;
    for (int f : follows) {
      if (f >= 0) {
        out[n++] = f;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Area-weighted normals of the followed face vertices, from the face triangles around them. */
  private void normalsOfFollowed(float[] q) {
    for (int i = 0; i < follows.length; i++) {
      int f = follows[i];
      if (f >= 0) {
        faceNormals[3 * f] = 0;
        faceNormals[3 * f + 1] = 0;
        faceNormals[3 * f + 2] = 0;
      }
    }
    for (int k = 0; k < faceTriangles.length; k += 3) {
      int a = 3 * faceTriangles[k];
      int b = 3 * faceTriangles[k + 1];
      int c = 3 * faceTriangles[k + 2];
      float ux = q[b] - q[a];
      float uy = q[b + 1] - q[a + 1];
      float uz = q[b + 2] - q[a + 2];
      float vx = q[c] - q[a];
      float vy = q[c + 1] - q[a + 1];
      float vz = q[c + 2] - q[a + 2];
      float nx = uy * vz - uz * vy;
      float ny = uz * vx - ux * vz;
      float nz = ux * vy - uy * vx;
      add(a, nx, ny, nz);
      add(b, nx, ny, nz);
      add(c, nx, ny, nz);
    }
    for (int i = 0; i < follows.length; i++) {
      int f = follows[i];
      if (f >= 0) {
        float x = faceNormals[3 * f];
        float y = faceNormals[3 * f + 1];
        float z = faceNormals[3 * f + 2];
        float l = (float) Math.sqrt(x * x + y * y + z * z);
        if (l > 0) {
          faceNormals[3 * f] = x / l;
          faceNormals[3 * f + 1] = y / l;
          faceNormals[3 * f + 2] = z / l;
        }
      }
    }
  }

  private void add(int s, float nx, float ny, float nz) {
    faceNormals[s] += nx;
    faceNormals[s + 1] += ny;
    faceNormals[s + 2] += nz;
  }

  float[] u() {
    return u;
  }

  float[] v() {
    return v;
  }

  float[] alpha() {
    return alpha;
  }

  /**
   * Per vertex, a translucent fade multiplied into the opacity after the strands are drawn (1
   * but at the hanging hair's front edge, which fades over its first columns as a film: whole
   * strands there hid the cheek's outline, docs/faces.md).
   */
  float[] film() {
    return film;
  }

  float[] tangent() {
    return tangent;
  }

  float[] normals() {
    return normals;
  }

  StrandTexture texture() {
    return texture;
  }
}
