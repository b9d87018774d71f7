package org.pain3d.render;

/**
 * Where the skin triangles of a mesh topology lie in the skin texture: per texel, the
 * skin triangle painted there and its barycentric weights. It depends only on the
 * topology, the UVs and the texture size (not on positions), so one layout serves every
 * identity of a face model; {@link SkinTexture#bake(RenderMesh, SkinLayout, Appearance)}
 * then only interpolates each identity's neutral positions.
 *
 * <p>Texels are row-major, width {@code tiles * size}, row 0 at v = 1 (top), texel
 * {@code (x, y)} sampled at its centre. Texels up to about one texel outside a triangle
 * take that triangle too (no seams on lookup), unless a triangle covers them exactly; where
 * several qualify, the last triangle in mesh order that covers the texel exactly, or else
 * the last one near it, wins. Immutable after construction; may be shared between threads.
 */
public final class SkinLayout {
  private final int size;
  private final int tiles;
  private final int[] triangle;
  private final float[] weight0;
  private final float[] weight1;

  private SkinLayout(int size, int tiles, int[] triangle, float[] weight0, float[] weight1) {
    this.size = size;
    this.tiles = tiles;
    this.triangle = triangle;
    this.weight0 = weight0;
    this.weight1 = weight1;
  }

  /**
   * Rasterises the skin triangles in UV space.
   *
   * @param mesh the mesh (its topology and UVs; positions are not read)
   * @param skinGroups per group, whether it is skin (see {@link MaterialKind#SKIN})
   * @param size texels per tile side, in [16, 4096]
   * @return the layout; tiles in u is the highest UV tile a skin corner reaches (1 to 4)
   */
  public static SkinLayout of(RenderMesh mesh, boolean[] skinGroups, int size) {
    if (size < 16 || size > 4096) {
      throw new IllegalArgumentException("texture size out of [16, 4096]: " + size);
    }
    int tiles = 1;
    float[] uvs = mesh.uvs();
    int[] triUv = mesh.triangleUvs();
    int[] groups = mesh.triangleGroups();
    for (int t = 0; t < groups.length; t++) {
      if (skinGroups[groups[t]]) {
        for (int k = 0; k < 3; k++) {
          tiles = Math.max(tiles, Math.min(4, (int) Math.ceil(uvs[2 * triUv[3 * t + k]])));
        }
      }
    }
    int n = tiles * size * size;
    SkinLayout layout = new SkinLayout(size, tiles, new int[n], new float[n], new float[n]);
    java.util.Arrays.fill(layout.triangle, -1);
    byte[] state = new byte[n];
    float[] tx = new float[3];
    float[] ty = new float[3];
    for (int t = 0; t < groups.length; t++) {
      if (skinGroups[groups[t]]) {
        for (int k = 0; k < 3; k++) {
          int uv = triUv[3 * t + k];
          tx[k] = uvs[2 * uv] * size;
          ty[k] = (1 - uvs[2 * uv + 1]) * size;
        }
        layout.raster(t, tx, ty, state);
      }
    }
    return layout;
  }

  /** Paints triangle t (texel-space corners tx, ty); state: 0 empty, 1 near, 2 inside. */
  private void raster(int t, float[] tx, float[] ty, byte[] state) {
    float area = (tx[1] - tx[0]) * (ty[2] - ty[0]) - (ty[1] - ty[0]) * (tx[2] - tx[0]);
    if (area == 0) {
      return;
    }
    int w = tiles * size;
    int x0 = Math.max(0, (int) Math.floor(Math.min(tx[0], Math.min(tx[1], tx[2])) - 1));
    int x1 = Math.min(w - 1, (int) Math.ceil(Math.max(tx[0], Math.max(tx[1], tx[2])) + 1));
    int y0 = Math.max(0, (int) Math.floor(Math.min(ty[0], Math.min(ty[1], ty[2])) - 1));
    int y1 = Math.min(size - 1, (int) Math.ceil(Math.max(ty[0], Math.max(ty[1], ty[2])) + 1));
    float slack = -1f / Math.max(1f, Math.max(span(tx), span(ty)));
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int o = y * w + x;
        if (state[o] == 2) {
          continue;
        }
        float px = x + 0.5f;
        float py = y + 0.5f;
        float l0 = ((tx[2] - tx[1]) * (py - ty[1]) - (ty[2] - ty[1]) * (px - tx[1])) / area;
        float l1 = ((tx[0] - tx[2]) * (py - ty[2]) - (ty[0] - ty[2]) * (px - tx[2])) / area;
        float l2 = 1 - l0 - l1;
        if (l0 < slack || l1 < slack || l2 < slack) {
          continue;
        }
        triangle[o] = t;
        weight0[o] = l0;
        weight1[o] = l1;
        state[o] = (byte) (l0 >= 0 && l1 >= 0 && l2 >= 0 ? 2 : 1);
      }
    }
  }

  private static float span(float[] a) {
    return Math.max(a[0], Math.max(a[1], a[2])) - Math.min(a[0], Math.min(a[1], a[2]));
  }

  /**
   * Interpolates a per-vertex scalar at texel o (which must have a triangle).
   *
   * @param perVertex one value per vertex of the mesh, shape [n]
   * @param triangles vertex indices of the mesh, shape [t * 3]
   * @param o the texel
   * @return the value
   */
  public float interpolate(float[] perVertex, int[] triangles, int o) {
    int t = triangle[o];
    float l0 = weight0[o];
    float l1 = weight1[o];
    return l0 * perVertex[triangles[3 * t]] + l1 * perVertex[triangles[3 * t + 1]]
        + (1 - l0 - l1) * perVertex[triangles[3 * t + 2]];
  }

  /** Returns the texels per tile side. */
  public int size() {
    return size;
  }

  /** Returns the number of tiles in u. */
  public int tiles() {
    return tiles;
  }

  /** Returns the skin triangle painted at texel o, or -1 where none is. */
  public int triangle(int o) {
    return triangle[o];
  }

  /**
   * Writes the position interpolated at texel o (which must have a triangle).
   *
   * @param positions vertex positions of the mesh, shape [n * 3]
   * @param triangles vertex indices of the mesh, shape [t * 3]
   * @param o the texel
   * @param out receives x, y, z
   */
  public void position(float[] positions, int[] triangles, int o, float[] out) {
    int t = triangle[o];
    float l0 = weight0[o];
    float l1 = weight1[o];
    float l2 = 1 - l0 - l1;
    int a = 3 * triangles[3 * t];
    int b = 3 * triangles[3 * t + 1];
    int c = 3 * triangles[3 * t + 2];
    for (int k = 0; k < 3; k++) {
      out[k] = l0 * positions[a + k] + l1 * positions[b + k] + l2 * positions[c + k];
    }
  }
}
