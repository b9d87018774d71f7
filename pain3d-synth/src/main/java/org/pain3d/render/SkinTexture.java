package org.pain3d.render;

/**
 * The procedural skin albedo in UV space: {@code tiles} square tiles of {@code size}
 * texels side by side in u (ICT-FaceKit: tile 0 is the face, tile 1 the back of the head),
 * packed sRGB {@code 0xRRGGBB}, row 0 at v = 1 (top).
 *
 * <p>Baking rasterises the skin triangles in UV space, interpolating the neutral mesh's
 * 3D positions, so the lips and brows ({@link FaceRegions}) are painted where they are on
 * the face whatever the UV layout; value noise (seeded) adds blotches and pores.
 */
public final class SkinTexture {
  private final int size;
  private final int tiles;
  private final int[] rgb;

  private SkinTexture(int size, int tiles, int[] rgb) {
    this.size = size;
    this.tiles = tiles;
    this.rgb = rgb;
  }

  /** Returns the texels per tile side. */
  public int size() {
    return size;
  }

  /** Returns the number of tiles in u. */
  public int tiles() {
    return tiles;
  }

  /** Returns the texels (row-major, width {@code tiles * size}); shared, do not modify. */
  public int[] texels() {
    return rgb;
  }

  /**
   * Bakes the texture.
   *
   * @param neutral the identity's neutral mesh (world cm); regions come from its landmarks
   *     when it has the ICT-FaceKit topology, otherwise the skin is plain
   * @param skinGroups per group, whether it is skin (see {@link MaterialKind#SKIN})
   * @param app skin tone, hair colour and texture seed
   * @param size texels per tile side, in [16, 4096]
   * @return the texture
   */
  public static SkinTexture bake(RenderMesh neutral, boolean[] skinGroups, Appearance app, int size) {
    if (size < 16 || size > 4096) {
      throw new IllegalArgumentException("texture size out of [16, 4096]: " + size);
    }
    int tiles = 1;
    float[] uvs = neutral.uvs();
    int[] triUv = neutral.triangleUvs();
    int[] groups = neutral.triangleGroups();
    for (int t = 0; t < groups.length; t++) {
      if (skinGroups[groups[t]]) {
        for (int k = 0; k < 3; k++) {
          tiles = Math.max(tiles, Math.min(4, (int) Math.ceil(uvs[2 * triUv[3 * t + k]])));
        }
      }
    }
    int w = tiles * size;
    float[] pos = new float[w * size * 3];
    byte[] state = new byte[w * size];
    for (int t = 0; t < groups.length; t++) {
      if (skinGroups[groups[t]]) {
        rasterUv(neutral, t, size, w, pos, state);
      }
    }
    int[] lm = FaceLandmarks.ict68();
    FaceRegions regions = neutral.vertexCount() > 6470 ? new FaceRegions(neutral.positions(), lm) : null;
    int[] out = new int[w * size];
    paint(out, w, size, pos, state, regions, app);
    return new SkinTexture(size, tiles, out);
  }

  private static void rasterUv(RenderMesh m, int t, int size, int w, float[] pos, byte[] state) {
    float[] uvs = m.uvs();
    float[] p = m.positions();
    float[] tx = new float[3];
    float[] ty = new float[3];
    int[] v = new int[3];
    for (int k = 0; k < 3; k++) {
      int uv = m.triangleUvs()[3 * t + k];
      tx[k] = uvs[2 * uv] * size;
      ty[k] = (1 - uvs[2 * uv + 1]) * size;
      v[k] = m.triangles()[3 * t + k];
    }
    float area = (tx[1] - tx[0]) * (ty[2] - ty[0]) - (ty[1] - ty[0]) * (tx[2] - tx[0]);
    if (area == 0) {
      return;
    }
    int x0 = Math.max(0, (int) Math.floor(Math.min(tx[0], Math.min(tx[1], tx[2])) - 1));
    int x1 = Math.min(w - 1, (int) Math.ceil(Math.max(tx[0], Math.max(tx[1], tx[2])) + 1));
    int y0 = Math.max(0, (int) Math.floor(Math.min(ty[0], Math.min(ty[1], ty[2])) - 1));
    int y1 = Math.min(size - 1, (int) Math.ceil(Math.max(ty[0], Math.max(ty[1], ty[2])) + 1));
    // Texels up to about one texel outside the triangle are painted too (no seams on
    // lookup), unless a triangle covers them exactly.
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
        for (int c = 0; c < 3; c++) {
          pos[3 * o + c] = l0 * p[3 * v[0] + c] + l1 * p[3 * v[1] + c] + l2 * p[3 * v[2] + c];
        }
        state[o] = (byte) (l0 >= 0 && l1 >= 0 && l2 >= 0 ? 2 : 1);
      }
    }
  }

  private static float span(float[] a) {
    return Math.max(a[0], Math.max(a[1], a[2])) - Math.min(a[0], Math.min(a[1], a[2]));
  }

  private static void paint(int[] out, int w, int h, float[] pos, byte[] state,
      FaceRegions regions, Appearance app) {
    int base = app.skinTone().rgb();
    float br = (base >> 16 & 255) / 255f;
    float bg = (base >> 8 & 255) / 255f;
    float bb = (base & 255) / 255f;
    int hair = app.hairRgb();
    float hr = (hair >> 16 & 255) / 255f;
    float hg = (hair >> 8 & 255) / 255f;
    float hb = (hair & 255) / 255f;
    long seed = app.textureSeed();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float u = (float) x / h;
        float v = (float) y / h;
        float blotch = Noise.value(u * 12, v * 12, seed) - 0.5f;
        float pore = Noise.value(u * 160, v * 160, seed + 1) - 0.5f;
        float red = Noise.value(u * 6, v * 6, seed + 2) - 0.5f;
        float lum = 1 + 0.10f * blotch + 0.05f * pore;
        float r = br * lum * (1 + 0.08f * red);
        float g = bg * lum * (1 - 0.04f * red);
        float b = bb * lum * (1 - 0.04f * red);
        int o = y * w + x;
        if (regions != null && state[o] != 0) {
          float px = pos[3 * o];
          float py = pos[3 * o + 1];
          float pz = pos[3 * o + 2];
          float lip = regions.lip(px, py, pz);
          if (lip > 0) {
            float a = 0.8f * lip;
            r = mix(r, br * 0.82f + 0.04f, a);
            g = mix(g, bg * 0.62f, a);
            b = mix(b, bb * 0.66f, a);
          }
          float brow = regions.brow(px, py, pz);
          if (brow > 0) {
            float strand = 0.55f + 0.6f * Noise.value(u * 500, v * 50, seed + 3);
            float a = Math.min(1, brow * strand * 0.8f);
            r = mix(r, hr, a);
            g = mix(g, hg, a);
            b = mix(b, hb, a);
          }
        }
        out[o] = pack(r, g, b);
      }
    }
  }

  private static float mix(float a, float b, float t) {
    return a + (b - a) * t;
  }

  static int pack(float r, float g, float b) {
    int ri = Math.max(0, Math.min(255, Math.round(r * 255)));
    int gi = Math.max(0, Math.min(255, Math.round(g * 255)));
    int bi = Math.max(0, Math.min(255, Math.round(b * 255)));
    return ri << 16 | gi << 8 | bi;
  }

  /**
   * Nearest-texel lookup.
   *
   * @param u texture u (tile index + fraction)
   * @param v texture v, up
   * @return packed sRGB
   */
  public int sample(float u, float v) {
    int w = tiles * size;
    int x = Math.max(0, Math.min(w - 1, (int) (u * size)));
    int y = Math.max(0, Math.min(size - 1, (int) ((1 - v) * size)));
    return rgb[y * w + x];
  }
}
