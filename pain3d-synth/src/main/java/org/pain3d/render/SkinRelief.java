package org.pain3d.render;

/**
 * The skin's fine relief as a bump map on the {@link SkinLayout} of its {@link SkinTexture}:
 * per texel the slopes {@code dh/du} and {@code dh/dv} of a height field {@code h} (cm, out of
 * the surface), in cm per texture unit. The shading tilts the interpolated normal by them, so
 * pores and micro-relief catch and lose the light with its direction (a bump map, not paint).
 *
 * <p>For a surface point {@code P(u, v)} with tangents {@code T = dP/du}, {@code B = dP/dv}
 * and outward unit normal {@code n}, the surface displaced by {@code h n} has the normal
 * {@code n + h_u Du + h_v Dv} (to first order in the slopes, before normalising) with
 * {@code Du = (n x B) / ((T x B) . n)} and {@code Dv = (T x n) / ((T x B) . n)}
 * ({@link #basis}); on a plane {@code P = s (u, v, 0)} this is {@code (-h_x, -h_y, 1)}.
 *
 * <p>Immutable after construction; may be shared between threads.
 */
public final class SkinRelief {
  private final int size;
  private final int tiles;
  /** Per texel, dh/du then dh/dv, cm per texture unit. */
  private final float[] slopes;

  private SkinRelief(int size, int tiles, float[] slopes) {
    this.size = size;
    this.tiles = tiles;
    this.slopes = slopes;
  }

  /**
   * The slopes of a height field given per texel, by central differences within each tile
   * (one-sided at a tile's edges, so tiles do not mix).
   *
   * @param layout the skin texels
   * @param heightCm height per texel, cm out of the surface, shape [layout.tiles() * size * size],
   *     row 0 at v = 1
   * @return the relief
   */
  public static SkinRelief ofHeights(SkinLayout layout, float[] heightCm) {
    int size = layout.size();
    int w = layout.tiles() * size;
    if (heightCm.length != w * size) {
      throw new IllegalArgumentException("height count does not match the layout: " + heightCm.length);
    }
    float[] slopes = new float[2 * w * size];
    for (int y = 0; y < size; y++) {
      int up = Math.max(0, y - 1);
      int down = Math.min(size - 1, y + 1);
      // v grows upwards while rows grow downwards.
      float dv = -size / (float) (down - up);
      for (int x = 0; x < w; x++) {
        int tileStart = x / size * size;
        int left = Math.max(tileStart, x - 1);
        int right = Math.min(tileStart + size - 1, x + 1);
        int o = y * w + x;
        slopes[2 * o] = (heightCm[y * w + right] - heightCm[y * w + left]) * size / (right - left);
        slopes[2 * o + 1] = (heightCm[down * w + x] - heightCm[up * w + x]) * dv;
      }
    }
    return new SkinRelief(size, layout.tiles(), slopes);
  }

  /** @return texels per tile side */
  public int size() {
    return size;
  }

  /** @return tiles in u */
  public int tiles() {
    return tiles;
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

  /** @return dh/du at a texel, cm per texture unit */
  public float slopeU(int texel) {
    return slopes[2 * texel];
  }

  /** @return dh/dv at a texel, cm per texture unit */
  public float slopeV(int texel) {
    return slopes[2 * texel + 1];
  }

  /**
   * The directions that turn a triangle's texture-space slopes into a tilt of its normal:
   * {@code Du} into {@code out[0..2]}, {@code Dv} into {@code out[3..5]} (world frame, per cm per
   * texture unit of slope), from the triangle's plane and UVs; zeros for a triangle that is
   * degenerate in space or in UV.
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
    int qa = 2 * triangleUvs[3 * t];
    int qb = 2 * triangleUvs[3 * t + 1];
    int qc = 2 * triangleUvs[3 * t + 2];
    float du1 = uvs[qb] - uvs[qa];
    float dv1 = uvs[qb + 1] - uvs[qa + 1];
    float du2 = uvs[qc] - uvs[qa];
    float dv2 = uvs[qc + 1] - uvs[qa + 1];
    float det = du1 * dv2 - du2 * dv1;
    float nx = e1y * e2z - e1z * e2y;
    float ny = e1z * e2x - e1x * e2z;
    float nz = e1x * e2y - e1y * e2x;
    float area2 = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
    if (!(Math.abs(det) > 1e-12f) || !(area2 > 1e-12f)) {
      java.util.Arrays.fill(out, 0, 6, 0f);
      return;
    }
    float inv = 1 / area2;
    nx *= inv;
    ny *= inv;
    nz *= inv;
    float tx = (dv2 * e1x - dv1 * e2x) / det;
    float ty = (dv2 * e1y - dv1 * e2y) / det;
    float tz = (dv2 * e1z - dv1 * e2z) / det;
    float bx = (du1 * e2x - du2 * e1x) / det;
    float by = (du1 * e2y - du2 * e1y) / det;
    float bz = (du1 * e2z - du2 * e1z) / det;
    // (T x B) . n = |e1 x e2| / det.
    float k = det * inv;
    out[0] = (ny * bz - nz * by) * k;
    out[1] = (nz * bx - nx * bz) * k;
    out[2] = (nx * by - ny * bx) * k;
    out[3] = (ty * nz - tz * ny) * k;
    out[4] = (tz * nx - tx * nz) * k;
    out[5] = (tx * ny - ty * nx) * k;
  }
}
