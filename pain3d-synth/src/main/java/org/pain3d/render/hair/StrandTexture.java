package org.pain3d.render.hair;

import org.pain3d.render.Noise;
import org.pain3d.render.look.FaceFrame;

/**
 * Tileable strand patterns of one identity's hair, one table per hair kind (scalp, facial,
 * lashes): per texel a brightness (about 0.3..1.6 x the hair colour), an opacity and how
 * grey the strand there is (0..1). Straight hair is streaks along v: clumps and single strands as
 * smooth noise across, wavering slowly along. Curly hair is coils: each cell of a jittered
 * grid holds a curl drawn as rings around its centre. Facial hair is short dense strands,
 * lashes thin streaks. Texture coordinates are in cm ({@link HairModel}); texels per cm are
 * {@link #across} and {@link #along}. Immutable; thread-safe.
 */
final class StrandTexture {
  static final int W = 256;
  static final int H = 128;
  /** Kinds: straight scalp hair, facial hair, lashes, curly scalp hair. */
  static final int STRAIGHT = 0;
  static final int FACIAL = 1;
  static final int LASH = 2;
  static final int CURLY = 3;
  private final float[] across = {12, 16, 45, 12};
  private final float[] along = {6, 6, 3, 12};
  private final float[][] brightness = new float[4][];
  private final float[][] opacity = new float[4][];
  private final float[][] grey = new float[4][];

  private StrandTexture() {}

  static StrandTexture of(HairLook look) {
    StrandTexture t = new StrandTexture();
    boolean curly = look.style().curly();
    long seed = look.seed();
    float greyShare = (float) look.grey();
    for (int kind = 0; kind < 4; kind++) {
      if (kind == CURLY && !curly) {
        continue;
      }
      float[] b = new float[W * H];
      float[] a = new float[W * H];
      float[] g = new float[W * H];
      for (int j = 0; j < H; j++) {
        for (int i = 0; i < W; i++) {
          int o = j * W + i;
          if (kind == CURLY) {
            curl(i, j, seed, b, a, o);
            g[o] = greyness(Noise.hash(Math.floorMod(i / 3, W / 3), Math.floorMod(j / 3, H / 3), seed + 7), greyShare);
          } else {
            float wave = curly ? 14 : 5;
            float x = i + wave * (smooth1(j / (curly ? 10f : 24f), seed + 1, H / (curly ? 10 : 24)) - 0.5f);
            strand(kind, x, j, seed + kind, b, a, o);
            // Scalp strands grey along their length; beard hairs are short, so grey by hair
            // (across and along): greying along x alone drew white beards as parallel streaks.
            float strand = kind == FACIAL ? Noise.hash(Math.floorMod(i / 2, W / 2), Math.floorMod(j / 2, H / 2), seed + 7)
                : smooth1(x / 1.5f, seed + 7, Math.round(W / 1.5f));
            g[o] = kind < 2 ? greyness(strand, greyShare) : 0;
          }
        }
      }
      t.brightness[kind] = b;
      t.opacity[kind] = a;
      t.grey[kind] = g;
    }
    return t;
  }

  /** Straight strands at across-position x (texels). */
  private static void strand(int kind, float x, int j, long seed, float[] b, float[] a, int o) {
    float clump = smooth1(x / 6f, seed + 2, W / 6);
    float fine = smooth1(x / 1.3f, seed + 3, Math.round(W / 1.3f));
    switch (kind) {
      case 0 -> {
        b[o] = 0.45f + 0.75f * clump + 0.45f * (fine - 0.5f);
        a[o] = 0.9f + 0.1f * fine;
      }
      case 1 -> {
        // Short curly beard hairs: tufts across and along, no long streaks.
        float tuft = tile2(x / 3f, j / 2f, seed + 4, W / 3, H / 2);
        float hairs = tile2(x / 1.2f, j / 0.8f, seed + 5, Math.round(W / 1.2f), Math.round(H / 0.8f));
        b[o] = 0.55f + 0.5f * tuft + 0.35f * (hairs - 0.5f);
        a[o] = 0.75f + 0.25f * hairs;
      }
      default -> {
        b[o] = 0.6f + 0.3f * fine;
        a[o] = FaceFrame.smooth((fine - 0.35f) / 0.2f);
      }
    }
  }

  /** Coils: rings around the nearest point of a jittered grid of 4-texel cells. */
  private static void curl(int i, int j, long seed, float[] b, float[] a, int o) {
    float cell = 4f;
    // Cells repeat with the table (W and H are multiples of the cell).
    float gx = i / cell;
    float gy = j / cell;
    int cx = (int) Math.floor(gx);
    int cy = (int) Math.floor(gy);
    float best = Float.MAX_VALUE;
    float second = Float.MAX_VALUE;
    int wx = W / (int) cell;
    int wy = H / (int) cell;
    for (int y = cy - 1; y <= cy + 1; y++) {
      for (int x = cx - 1; x <= cx + 1; x++) {
        int hx = Math.floorMod(x, wx);
        int hy = Math.floorMod(y, wy);
        float px = x + Noise.hash(hx, hy, seed + 4);
        float py = y + Noise.hash(hx, hy, seed + 5);
        float d = (gx - px) * (gx - px) + (gy - py) * (gy - py);
        if (d < best) {
          second = best;
          best = d;
        } else if (d < second) {
          second = d;
        }
      }
    }
    float r = (float) Math.sqrt(best) * cell;
    float ring = 0.5f + 0.5f * (float) Math.cos(r * 2.2f + 1.5f * Noise.hash(cx, cy, seed + 6));
    float gap = FaceFrame.smooth(((float) Math.sqrt(second) - (float) Math.sqrt(best)) * 4f);
    b[o] = 0.45f + 0.8f * ring;
    a[o] = 0.8f + 0.2f * gap;
  }

  /** Smooth 1D value noise that repeats every {@code period} lattice cells. */
  private static float smooth1(float x, long seed, int period) {
    int p = Math.max(1, period);
    int ix = (int) Math.floor(x);
    float f = x - ix;
    float h0 = Noise.hash(Math.floorMod(ix, p), 0, seed);
    float h1 = Noise.hash(Math.floorMod(ix + 1, p), 0, seed);
    f = f * f * (3 - 2 * f);
    return h0 + (h1 - h0) * f;
  }

  /** Smooth 2D value noise that repeats every px cells in x and py cells in y. */
  private static float tile2(float x, float y, long seed, int px, int py) {
    int ix = (int) Math.floor(x);
    int iy = (int) Math.floor(y);
    float fx = x - ix;
    float fy = y - iy;
    int p = Math.max(1, px);
    int q = Math.max(1, py);
    float h00 = Noise.hash(Math.floorMod(ix, p), Math.floorMod(iy, q), seed);
    float h10 = Noise.hash(Math.floorMod(ix + 1, p), Math.floorMod(iy, q), seed);
    float h01 = Noise.hash(Math.floorMod(ix, p), Math.floorMod(iy + 1, q), seed);
    float h11 = Noise.hash(Math.floorMod(ix + 1, p), Math.floorMod(iy + 1, q), seed);
    fx = fx * fx * (3 - 2 * fx);
    fy = fy * fy * (3 - 2 * fy);
    float top = h00 + (h10 - h00) * fx;
    return top + (h01 + (h11 - h01) * fx - top) * fy;
  }

  /** Index of the texel at (u, v) cm in a kind's table. */
  int index(int kind, float u, float v) {
    // W and H are powers of two: masking wraps negative texel indices too.
    int i = floor(u * across[kind]) & (W - 1);
    int j = floor(v * along[kind]) & (H - 1);
    return j * W + i;
  }

  private static int floor(float x) {
    int i = (int) x;
    return x < i ? i - 1 : i;
  }

  float brightness(int kind, int index) {
    return brightness[kind][index];
  }

  float opacity(int kind, int index) {
    return opacity[kind][index];
  }

  /**
   * How grey a strand is, 0..1, from a uniform strand value: a share s of strands is grey,
   * with soft transitions (salt and pepper, not stripes of pure white on black).
   */
  private static float greyness(float strand, float share) {
    if (share <= 0) {
      return 0;
    }
    return 0.15f * share + 0.85f * FaceFrame.smooth((share - strand) / 0.25f + 0.5f);
  }

  float grey(int kind, int index) {
    return grey[kind][index];
  }
}
