package org.pain3d.render;

/**
 * The skin's fine relief as a bump map on the {@link SkinLayout} of its {@link SkinTexture}: per
 * texel, the tilt that a height field {@code h} (cm, out of the surface) gives the normal of the
 * identity's neutral face there, in the head's frame. The shading adds it to the normal, so pores
 * and micro-relief catch and lose the light with its direction (a bump map, not paint).
 *
 * <p>For a surface point {@code P(u, v)} with tangents {@code T = dP/du}, {@code B = dP/dv} and
 * outward unit normal {@code n}, the surface displaced by {@code h n} has the normal {@code n +
 * h_u Du + h_v Dv} (before normalising) with {@code Du = (n x B) / ((T x B) . n)} and {@code Dv =
 * (T x n) / ((T x B) . n)} ({@link #basis}); on a plane {@code P = s (u, v, 0)} this is {@code
 * (-h_x, -h_y, 1)}. The slopes {@code h_u, h_v} come from the heights by central differences, the
 * directions from the neutral triangle under each texel, and the texel keeps {@code dn = h_u Du +
 * h_v Dv}. The shading uses it to first order, as the change {@code dn . l} of the lighting's dot
 * products, without renormalising (for the skin's tilts, 0.03 to 0.06 root mean square, the
 * length is off by under 0.2 %), with the light turned into the head's frame when the head is
 * turned on the neck. An expression's stretch of the skin does not turn the pores' tilts: they
 * stay those of the neutral face (a few degrees' change of direction of a random pattern).
 *
 * <p>The tilts are stored as three signed bytes per texel on one scale per relief (the largest
 * component is 127 steps), precomputed once per identity so that a sample's shading reads one
 * texel: working the directions out per triangle as the samples met it cost half as much again
 * as the whole smooth shading. Immutable after construction; may be shared between threads.
 */
public final class SkinRelief {
  private final int size;
  private final int tiles;
  /** Per texel, dn's x, y and z as signed bytes (bits 16..23, 8..15, 0..7) in steps of {@link #step}. */
  private final int[] tilts;
  /** One step of the stored tilts (dimensionless: a normal's change). */
  private final float step;

  private SkinRelief(int size, int tiles, int[] tilts, float step) {
    this.size = size;
    this.tiles = tiles;
    this.tilts = tilts;
    this.step = step;
  }

  /**
   * The relief of a height field given per texel, on the surface the layout was made from.
   * Slopes by central differences within each tile (one-sided at a tile's edges, so tiles do not
   * mix); texels outside every triangle get no tilt.
   *
   * @param layout the skin texels
   * @param heightCm height per texel, cm out of the surface, shape [layout.tiles() * size * size],
   *     row 0 at v = 1
   * @param surface the neutral mesh the layout was made from (its triangles, UVs and positions)
   * @return the relief
   */
  public static SkinRelief of(SkinLayout layout, float[] heightCm, RenderMesh surface) {
    int size = layout.size();
    int w = layout.tiles() * size;
    if (heightCm.length != w * size) {
      throw new IllegalArgumentException("height count does not match the layout: " + heightCm.length);
    }
    float[] exact = new float[3 * w * size];
    // Every triangle's directions in one pass: texels meet a triangle again on every row it spans.
    int triangles = surface.triangleCount();
    float[] bases = new float[6 * triangles];
    float[] basis = new float[6];
    for (int t = 0; t < triangles; t++) {
      basis(surface.positions(), surface.triangles(), surface.triangleUvs(), surface.uvs(), t, basis);
      System.arraycopy(basis, 0, bases, 6 * t, 6);
    }
    float largest = 0;
    for (int y = 0; y < size; y++) {
      int up = Math.max(0, y - 1);
      int down = Math.min(size - 1, y + 1);
      // v grows upwards while rows grow downwards.
      float dv = -size / (float) (down - up);
      for (int x = 0; x < w; x++) {
        int o = y * w + x;
        int t = layout.triangle(o);
        if (t < 0) {
          continue;
        }
        int tileStart = x / size * size;
        int left = Math.max(tileStart, x - 1);
        int right = Math.min(tileStart + size - 1, x + 1);
        float su = (heightCm[y * w + right] - heightCm[y * w + left]) * size / (right - left);
        float sv = (heightCm[down * w + x] - heightCm[up * w + x]) * dv;
        for (int k = 0; k < 3; k++) {
          float e = su * bases[6 * t + k] + sv * bases[6 * t + 3 + k];
          exact[3 * o + k] = e;
          largest = Math.max(largest, Math.abs(e));
        }
      }
    }
    float step = largest > 0 ? largest / 127 : 1;
    int[] tilts = new int[w * size];
    for (int o = 0; o < tilts.length; o++) {
      int tx = Math.round(exact[3 * o] / step);
      int ty = Math.round(exact[3 * o + 1] / step);
      int tz = Math.round(exact[3 * o + 2] / step);
      tilts[o] = (tx & 0xFF) << 16 | (ty & 0xFF) << 8 | tz & 0xFF;
    }
    return new SkinRelief(size, layout.tiles(), tilts, step);
  }

  /** @return texels per tile side */
  public int size() {
    return size;
  }

  /** @return tiles in u */
  public int tiles() {
    return tiles;
  }

  /** @return the stored tilts' resolution (one step of a component) */
  public float step() {
    return step;
  }

  /**
   * The texel at texture coordinates, the one {@link SkinTexture#sample} reads.
   *
   * @param u texture u (tile index + fraction)
   * @param v texture v, up
   * @return the texel index
   */
  public int texel(float u, float v) {
    return SkinTexture.texel(size, tiles, u, v);
  }

  /**
   * The change of a dot product with the normal that the relief gives at a texel: {@code dn . d}.
   *
   * @param texel the texel
   * @param dx direction x, head frame
   * @param dy direction y
   * @param dz direction z
   * @return the change
   */
  public float along(int texel, float dx, float dy, float dz) {
    int p = tilts[texel];
    return ((byte) (p >> 16) * dx + (byte) (p >> 8) * dy + (byte) p * dz) * step;
  }

  /**
   * Turns a world-frame direction into the head's frame, where the tilts are: {@code R^T d}.
   *
   * @param rotation the head's turn from its neutral frame to the world, row-major 3x3; null for
   *     none (the direction is copied)
   * @param dx direction x, world frame
   * @param dy direction y
   * @param dz direction z
   * @param out receives the turned direction at {@code at..at+2}
   * @param at where in out
   */
  public static void intoHead(double[] rotation, float dx, float dy, float dz, float[] out, int at) {
    if (rotation == null) {
      out[at] = dx;
      out[at + 1] = dy;
      out[at + 2] = dz;
      return;
    }
    for (int k = 0; k < 3; k++) {
      out[at + k] = (float) (rotation[k] * dx + rotation[3 + k] * dy + rotation[6 + k] * dz);
    }
  }

  /**
   * The directions that turn a triangle's texture-space slopes into a tilt of its normal:
   * {@code Du} into {@code out[0..2]}, {@code Dv} into {@code out[3..5]} (world frame, per cm per
   * texture unit of slope), from the triangle's plane and UVs. They are minus the surface
   * gradients of u and v over the triangle ({@code Du . T = -1}, {@code Du . B = 0} and so on), found
   * from the edges {@code e1, e2} as {@code grad u = a1 e1 + a2 e2} with {@code G (a1, a2) =
   * (du1, du2)}, G the edges' Gram matrix. Zeros for a triangle that is degenerate in space.
   *
   * @param positions vertex positions, cm, shape [n * 3]
   * @param triangles corner vertex indices, shape [t * 3]
   * @param triangleUvs corner UV indices, shape [t * 3]
   * @param uvs UVs, shape [m * 2]
   * @param t the triangle
   * @param out receives Du and Dv, shape [6]
   */
  public static void basis(float[] positions, int[] triangles, int[] triangleUvs, float[] uvs, int t, float[] out) {
    int a = 3 * triangles[3 * t];
    int b = 3 * triangles[3 * t + 1];
    int c = 3 * triangles[3 * t + 2];
    float e1x = positions[b] - positions[a];
    float e1y = positions[b + 1] - positions[a + 1];
    float e1z = positions[b + 2] - positions[a + 2];
    float e2x = positions[c] - positions[a];
    float e2y = positions[c + 1] - positions[a + 1];
    float e2z = positions[c + 2] - positions[a + 2];
    float g11 = e1x * e1x + e1y * e1y + e1z * e1z;
    float g12 = e1x * e2x + e1y * e2y + e1z * e2z;
    float g22 = e2x * e2x + e2y * e2y + e2z * e2z;
    float gram = g11 * g22 - g12 * g12;
    if (!(gram > 1e-12f * Math.max(1e-30f, g11 * g22))) {
      java.util.Arrays.fill(out, 0, 6, 0f);
      return;
    }
    int qa = 2 * triangleUvs[3 * t];
    int qb = 2 * triangleUvs[3 * t + 1];
    int qc = 2 * triangleUvs[3 * t + 2];
    float du1 = uvs[qb] - uvs[qa];
    float dv1 = uvs[qb + 1] - uvs[qa + 1];
    float du2 = uvs[qc] - uvs[qa];
    float dv2 = uvs[qc + 1] - uvs[qa + 1];
    float inv = -1 / gram;
    float a1 = (g22 * du1 - g12 * du2) * inv;
    float a2 = (g11 * du2 - g12 * du1) * inv;
    float b1 = (g22 * dv1 - g12 * dv2) * inv;
    float b2 = (g11 * dv2 - g12 * dv1) * inv;
    out[0] = a1 * e1x + a2 * e2x;
    out[1] = a1 * e1y + a2 * e2y;
    out[2] = a1 * e1z + a2 * e2z;
    out[3] = b1 * e1x + b2 * e2x;
    out[4] = b1 * e1y + b2 * e2y;
    out[5] = b1 * e1z + b2 * e2z;
  }
}
