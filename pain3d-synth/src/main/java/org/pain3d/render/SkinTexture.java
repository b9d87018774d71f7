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

  /**
   * Wraps texels painted elsewhere (e.g. {@link org.pain3d.render.look.SkinPainter}). The
   * array is used as is, not copied: whoever owns it may update it between renders (the
   * expression wrinkles do), never during one.
   *
   * @param layout the layout the texels were painted on
   * @param texels packed sRGB, shape [layout.tiles() * size * size], row 0 at v = 1
   * @return the texture
   */
  public static SkinTexture wrap(SkinLayout layout, int[] texels) {
    if (texels.length != layout.tiles() * layout.size() * layout.size()) {
      throw new IllegalArgumentException("texel count does not match the layout");
    }
    return new SkinTexture(layout.size(), layout.tiles(), texels);
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
    return bake(neutral, SkinLayout.of(neutral, skinGroups, size), app);
  }

  /**
   * Bakes the texture on a precomputed layout (the fast path for many identities of one
   * model: the UV rasterisation is done once, per layout).
   *
   * @param neutral the identity's neutral mesh (world cm), of the layout's topology;
   *     regions come from its landmarks when it has the ICT-FaceKit topology, otherwise the
   *     skin is plain
   * @param layout the skin triangles in texture space ({@link SkinLayout#of})
   * @param app skin tone, hair colour and texture seed
   * @return the texture, {@code layout.tiles()} tiles of {@code layout.size()} texels
   */
  public static SkinTexture bake(RenderMesh neutral, SkinLayout layout, Appearance app) {
    int size = layout.size();
    int w = layout.tiles() * size;
    int[] lm = FaceLandmarks.ict68();
    FaceRegions regions = neutral.vertexCount() > 6470 ? new FaceRegions(neutral.positions(), lm) : null;
    int[] out = new int[w * size];
    paint(out, w, size, neutral, layout, regions, app);
    return new SkinTexture(size, layout.tiles(), out);
  }

  private static void paint(int[] out, int w, int h, RenderMesh neutral, SkinLayout layout,
      FaceRegions regions, Appearance app) {
    float[] positions = neutral.positions();
    int[] triangles = neutral.triangles();
    float[] pos = new float[3];
    int base = app.skinTone().rgb();
    float br = (base >> 16 & 255) / 255f;
    float bg = (base >> 8 & 255) / 255f;
    float bb = (base & 255) / 255f;
    int hair = app.hairRgb();
    float hr = (hair >> 16 & 255) / 255f;
    float hg = (hair >> 8 & 255) / 255f;
    float hb = (hair & 255) / 255f;
    long seed = app.textureSeed();
    Noise.Cached blotches = new Noise.Cached(seed);
    Noise.Cached pores = new Noise.Cached(seed + 1);
    Noise.Cached reds = new Noise.Cached(seed + 2);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float u = (float) x / h;
        float v = (float) y / h;
        float blotch = blotches.value(u * 12, v * 12) - 0.5f;
        float pore = pores.value(u * 160, v * 160) - 0.5f;
        float red = reds.value(u * 6, v * 6) - 0.5f;
        float lum = 1 + 0.10f * blotch + 0.05f * pore;
        float r = br * lum * (1 + 0.08f * red);
        float g = bg * lum * (1 - 0.04f * red);
        float b = bb * lum * (1 - 0.04f * red);
        int o = y * w + x;
        if (regions != null && layout.triangle(o) >= 0) {
          layout.position(positions, triangles, o, pos);
          float px = pos[0];
          float py = pos[1];
          float pz = pos[2];
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
    return rgb[texel(size, tiles, u, v)];
  }

  /**
   * The texel nearest to texture coordinates (the lookup of {@link #sample} and of a
   * {@link SkinRelief} on the same layout).
   *
   * @param size texels per tile side
   * @param tiles tiles in u
   * @param u texture u (tile index + fraction)
   * @param v texture v, up
   * @return the texel index, row-major, width {@code tiles * size}, clamped to the texture
   */
  static int texel(int size, int tiles, float u, float v) {
    int w = tiles * size;
    int x = Math.max(0, Math.min(w - 1, (int) (u * size)));
    int y = Math.max(0, Math.min(size - 1, (int) ((1 - v) * size)));
    return y * w + x;
  }
}
