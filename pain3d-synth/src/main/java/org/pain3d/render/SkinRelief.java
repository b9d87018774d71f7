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
 * <p>The tilts are stored as three signed 10-bit steps of {@link #STEP} per texel, precomputed once
 * per identity so that a sample's shading reads one texel: working the directions out per triangle
 * as the samples met it cost half as much again as the whole smooth shading. The identity's own
 * tilt's components are held within {@value #MAX_TILT} (45 degrees): where the layout packs many
 * texels into little surface (a few texels in the mouth's and eyes' corners) a height's slope is
 * steep beyond what skin shows.
 *
 * <p>An expression's wrinkles tilt texels further ({@link #overlay}, each component again within
 * {@value #MAX_TILT}): the shading reads the live tilts, the identity's own plus the current
 * overlay. The scale is fixed (the pores' 0.03 root-mean-square tilt is about 8 steps), so that
 * neither the overlays nor a few steep texels change how the rest is stored. Like the live skin
 * texture, the overlay is written between the renders of one thread; without overlays the relief
 * may be shared between threads.
 */
public final class SkinRelief {
  private final int size;
  private final int tiles;
  /** Largest stored tilt component, in steps. */
  static final int STEPS = 511;
  /** Largest tilt component kept of the identity's own relief, and of an overlay (dimensionless). */
  public static final float MAX_TILT = 1f;
  /** One step of the stored tilts: an own tilt and an overlay, each at its largest, fill the steps. */
  public static final float STEP = 2 * MAX_TILT / STEPS;
  /** Per texel, dn's x, y and z as signed 10-bit steps (bits 20..29, 10..19, 0..9) of {@link #STEP}. */
  private final int[] tilts;
  /** The tilts the shading reads: {@link #tilts} plus the current overlay (the same array while there is none). */
  private int[] live;

  private SkinRelief(int size, int tiles, int[] tilts) {
    this.size = size;
    this.tiles = tiles;
    this.tilts = tilts;
    this.live = tilts;
  }

  /**
   * The bump directions of a surface's triangles on a layout: what turns the slopes of a height
   * field on the texels into tilts of the surface's normal ({@link #basis} per triangle, worked
   * out once, since texels meet a triangle again on every row it spans). Immutable.
   */
  public static final class Directions {
    private final SkinLayout layout;
    /** Per triangle Du (0..2) and Dv (3..5). */
    private final float[] bases;

    private Directions(SkinLayout layout, float[] bases) {
      this.layout = layout;
      this.bases = bases;
    }

    /**
     * @param layout the skin texels
     * @param surface the neutral mesh the layout was made from (its triangles, UVs and positions)
     * @return the directions of every triangle
     */
    public static Directions of(SkinLayout layout, RenderMesh surface) {
      int triangles = surface.triangleCount();
      float[] bases = new float[6 * triangles];
      float[] basis = new float[6];
      for (int t = 0; t < triangles; t++) {
        basis(surface.positions(), surface.triangles(), surface.triangleUvs(), surface.uvs(), t, basis);
        System.arraycopy(basis, 0, bases, 6 * t, 6);
      }
      return new Directions(layout, bases);
    }

    /** @return the layout */
    public SkinLayout layout() {
      return layout;
    }

    /**
     * The tilt {@code dn = h_u Du + h_v Dv} at one texel, the slopes by central differences between
     * its neighbours that lie on the surface (one-sided where one of them does not, or at a tile's
     * edge, so neither tiles nor the texels around a chart of the layout mix in; none where neither
     * does).
     *
     * @param heightCm height per texel, cm out of the surface, shape [layout.tiles() * size * size],
     *     row 0 at v = 1
     * @param texel the texel
     * @param out receives dn at {@code at..at+2} (zeros for a texel outside every triangle)
     * @param at where in out
     */
    public void tilt(float[] heightCm, int texel, float[] out, int at) {
      int size = layout.size();
      int w = layout.tiles() * size;
      int x = texel % w;
      tilt(heightCm, x, texel / w, x - x % size, out, at);
    }

    /**
     * {@link #tilt(float[], int, float[], int)} at the texel in column x of row y, whose tile
     * starts at column tileStart.
     */
    private void tilt(float[] heightCm, int x, int y, int tileStart, float[] out, int at) {
      int size = layout.size();
      int w = layout.tiles() * size;
      int texel = y * w + x;
      int t = layout.triangle(texel);
      if (t < 0) {
        out[at] = 0;
        out[at + 1] = 0;
        out[at + 2] = 0;
        return;
      }
      int up = y > 0 && layout.triangle(texel - w) >= 0 ? y - 1 : y;
      int down = y < size - 1 && layout.triangle(texel + w) >= 0 ? y + 1 : y;
      int left = x > tileStart && layout.triangle(texel - 1) >= 0 ? x - 1 : x;
      int right = x < tileStart + size - 1 && layout.triangle(texel + 1) >= 0 ? x + 1 : x;
      // v grows upwards while rows grow downwards. The neighbours are 1 or 2 apart, and halving
      // by a product is exact, as the division was.
      float sv = down == up ? 0
          : (heightCm[down * w + x] - heightCm[up * w + x]) * -size * (down - up == 2 ? 0.5f : 1f);
      float su = right == left ? 0
          : (heightCm[y * w + right] - heightCm[y * w + left]) * size * (right - left == 2 ? 0.5f : 1f);
      for (int k = 0; k < 3; k++) {
        out[at + k] = su * bases[6 * t + k] + sv * bases[6 * t + 3 + k];
      }
    }
  }

  /**
   * The relief of a height field given per texel, on the surface the layout was made from.
   *
   * @param layout the skin texels
   * @param heightCm height per texel, cm out of the surface, shape [layout.tiles() * size * size],
   *     row 0 at v = 1
   * @param surface the neutral mesh the layout was made from (its triangles, UVs and positions)
   * @return the relief
   */
  public static SkinRelief of(SkinLayout layout, float[] heightCm, RenderMesh surface) {
    return of(Directions.of(layout, surface), heightCm);
  }

  /**
   * The relief of a height field given per texel ({@link Directions#tilt}).
   *
   * @param directions the surface's bump directions on the layout
   * @param heightCm height per texel, cm out of the surface, shape [layout.tiles() * size * size],
   *     row 0 at v = 1
   * @return the relief
   */
  public static SkinRelief of(Directions directions, float[] heightCm) {
    SkinLayout layout = directions.layout();
    int size = layout.size();
    int w = layout.tiles() * size;
    if (heightCm.length != w * size) {
      throw new IllegalArgumentException("height count does not match the layout: " + heightCm.length);
    }
    float[] dn = new float[3];
    int[] tilts = new int[w * size];
    for (int y = 0; y < size; y++) {
      for (int tileStart = 0; tileStart < w; tileStart += size) {
        for (int x = tileStart; x < tileStart + size; x++) {
          int o = y * w + x;
          if (layout.triangle(o) >= 0) {
            directions.tilt(heightCm, x, y, tileStart, dn, 0);
            tilts[o] = pack(steps(dn[0]), steps(dn[1]), steps(dn[2]));
          }
        }
      }
    }
    return new SkinRelief(size, layout.tiles(), tilts);
  }

  /** A tilt component in steps, held within {@link #MAX_TILT}. */
  private static int steps(float component) {
    return Math.round(Math.max(-MAX_TILT, Math.min(MAX_TILT, component)) / STEP);
  }

  private static int pack(int tx, int ty, int tz) {
    return (tx & 0x3FF) << 20 | (ty & 0x3FF) << 10 | tz & 0x3FF;
  }

  private static int x(int p) {
    return p << 2 >> 22;
  }

  private static int y(int p) {
    return p << 12 >> 22;
  }

  private static int z(int p) {
    return p << 22 >> 22;
  }

  private static int clampStep(int t) {
    return Math.max(-STEPS, Math.min(STEPS, t));
  }

  /**
   * Adds an overlay's tilt at a texel to the identity's own there (replacing any earlier overlay
   * at that texel), each component held within {@value #MAX_TILT} and rounded to {@link #STEP}.
   *
   * @param texel the texel
   * @param dx the overlay's tilt x, head frame
   * @param dy its y
   * @param dz its z
   */
  public void overlay(int texel, float dx, float dy, float dz) {
    if (live == tilts) {
      live = tilts.clone();
    }
    int p = tilts[texel];
    live[texel] = pack(clampStep(x(p) + steps(dx)), clampStep(y(p) + steps(dy)), clampStep(z(p) + steps(dz)));
  }

  /**
   * Removes the overlay at a texel: the identity's own tilt again.
   *
   * @param texel the texel
   */
  public void clearOverlay(int texel) {
    live[texel] = tilts[texel];
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
    int p = live[texel];
    return (x(p) * dx + y(p) * dy + z(p) * dz) * STEP;
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
