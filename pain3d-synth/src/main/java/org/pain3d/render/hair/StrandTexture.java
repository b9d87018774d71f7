package org.pain3d.render.hair;

import org.pain3d.render.Noise;
import org.pain3d.render.look.FaceFrame;

/**
 * Tileable strand patterns of one identity's hair, one table per hair kind (scalp, facial,
 * lashes): per texel a brightness (about 0.3..1.6 x the hair colour), an opacity, how grey the
 * strand there is (0..1) and the strand's threshold (0..1): a strand is drawn where the
 * density asked for exceeds its threshold ({@link #cover}), so thin hair at an edge is fewer
 * whole strands rather than a translucent film. Straight hair is streaks along v: clumps and
 * single strands as smooth noise across, wavering slowly along, clump by clump. Curly hair (cap, hanging hair
 * and bun of a curly style) is open rings of strand over darker hair ({@link #curls}). Facial
 * hair is short hairs, one texel wide and about half a centimetre long in staggered lanes
 * along v, darker at the root; lashes a dense line at the lid margin and a fringe of single
 * lashes of their own lengths ({@link #lash}). Grey strands are blended towards the grey share (salt and
 * pepper below the pixel, not stripes of white on dark). Texture coordinates are in cm
 * ({@link HairModel}); texels per cm are {@link #across} and {@link #along}. Immutable;
 * thread-safe.
 */
final class StrandTexture {
  static final int W = 256;
  static final int H = 128;
  /** Kinds: straight scalp hair, facial hair, lashes, curly scalp hair. */
  static final int STRAIGHT = 0;
  static final int FACIAL = 1;
  static final int LASH = 2;
  static final int CURLY = 3;
  private final float[] across = {12, 16, LASH_ACROSS, CURL_ACROSS};
  private final float[] along = {6, 6, LASH_ALONG, CURL_ALONG};
  /** Curly hair's texels per cm, both ways (a tile of 10.7 x 10.7 cm). */
  private static final float CURL_ACROSS = 24;
  private static final float CURL_ALONG = 24;
  /** Rows of the curly table (the other kinds have {@link #H}). */
  static final int CURLY_H = 2 * H;
  private final int[] rows = {H, H, H, CURLY_H};
  /**
   * Per kind, the texels' four values side by side, {@code [texels(kind) * FIELDS]}: brightness,
   * opacity, greyness and threshold at {@code FIELDS * index + field}. One texel's values share
   * a cache line: a hair sample reads them together, and four separate tables cost a cache
   * miss each at the scattered texels a small render reads.
   */
  private final float[][] texels = new float[4][];
  private static final int FIELDS = 4;
  private static final int BRIGHTNESS = 0;
  private static final int OPACITY = 1;
  private static final int GREY = 2;
  private static final int THRESHOLD = 3;
  /** Lash lanes per unit of the lash cards' u (about 50 lanes per cm of lid). */
  private static final float LASH_ACROSS = 8;
  /** Lash texels per cm from the root (the lash cards' v is the distance from the lid, cm). */
  private static final float LASH_ALONG = 40;
  /** The dense band at the lash roots, cm: the lash line a closed or open lid shows. */
  static final float LASH_ROOT_CM = 0.08f;
  /** Texels along one facial hair. */
  private static final int FACIAL_HAIR_TEXELS = 2;
  /** How far grey strands stand out from the grey share (0: uniform, 1: pure white on dark). */
  private static final float GREY_CONTRAST = 0.45f;


  /** The soft band of {@link #cover}: whole strands mostly drawn or not. */
  private static final float BAND = 0.2f;
  /**
   * The soft band of a beard's cover with {@link HairLook#beardLight} (short and full beards):
   * hairs far thinner than a texel, so where the beard is not full each texel is partly hair,
   * partly skin, and the beard thins into the skin at its edges.
   */
  static final float BEARD_BAND = 0.8f;
  /** The brightness variation between facial hairs with {@link HairLook#beardLight}, of the earlier one. */
  static final float BEARD_VARIATION = 0.5f;
  /** The soft band of facial hair's cover in this texture. */
  private final float facialBand;

  private StrandTexture(float facialBand) {
    this.facialBand = facialBand;
  }

  static StrandTexture of(HairLook look) {
    // Beards thin into the skin; a moustache or goatee is groomed hair, drawn as whole hairs.
    boolean beard = look.facialHair() == FacialHairStyle.SHORT_BEARD || look.facialHair() == FacialHairStyle.FULL_BEARD;
    StrandTexture t = new StrandTexture(look.beardLight() && beard ? BEARD_BAND : BAND);
    boolean curly = look.style().curly();
    long seed = look.seed();
    float greyShare = (float) look.grey();
    for (int kind = 0; kind < 4; kind++) {
      // A curly style's scalp hair is all of kind CURLY, a straight style's all STRAIGHT: the other
      // table would never be read (HairShading picks the kind by the style).
      if (kind == CURLY && !curly || kind == STRAIGHT && curly) {
        continue;
      }
      int n = W * t.rows[kind];
      float[] b = new float[n];
      float[] a = new float[n];
      float[] g = new float[n];
      float[] th = new float[n];
      if (kind == CURLY) {
        curls(seed, greyShare, b, a, g, th);
      } else {
        for (int j = 0; j < H; j++) {
          for (int i = 0; i < W; i++) {
            int o = j * W + i;
            if (kind == LASH) {
              lash(i, j, seed + kind, b, a, o);
            } else if (kind == FACIAL) {
              facialHair(i, j, seed + kind, greyShare, look.beardLight(), b, a, g, th, o);
            } else {
              // Straight strands waver slowly (a curly style's hair is all of kind CURLY).
              float x = i + WAVER * (waver(i, j, seed + 1) - 0.5f);
              strand(x, j, seed + kind, b, a, o);
              // Scalp strands grey along their length.
              g[o] = greyness(smooth1(x / 1.5f, seed + 7, Math.round(W / 1.5f)), greyShare);
              th[o] = smooth1(x / 1.2f, seed + 8, Math.round(W / 1.2f));
            }
          }
        }
      }
      float[] packed = new float[FIELDS * n];
      for (int o = 0; o < n; o++) {
        packed[FIELDS * o + BRIGHTNESS] = b[o];
        packed[FIELDS * o + OPACITY] = a[o];
        packed[FIELDS * o + GREY] = g[o];
        packed[FIELDS * o + THRESHOLD] = th[o];
      }
      t.texels[kind] = packed;
    }
    return t;
  }

  /**
   * Lashes, lane i (one texel across) at {@code (j + 0.5) / LASH_ALONG} cm from the root: every
   * lane is drawn in the root band ({@link #LASH_ROOT_CM}, a dark lash line along the lid
   * margin), then each lane is one lash of its own length (0.45..0.95 cm) that thins towards
   * its tip, so the fringe thins out with the distance from the lid.
   */
  private static void lash(int i, int j, long seed, float[] b, float[] a, int o) {
    float v = (j + 0.5f) / LASH_ALONG;
    float length = 0.45f + 0.5f * Noise.hash(i, 0, seed + 3);
    float strand = FaceFrame.smooth((length - v) / 0.08f) * (1 - 0.45f * Math.min(1, v / length));
    float root = FaceFrame.smooth((LASH_ROOT_CM - v) / 0.04f);
    a[o] = root + (1 - root) * strand;
    b[o] = 0.6f + 0.3f * Noise.hash(i, 1, seed + 4) - 0.1f * root;
  }

  /** How far straight strands waver across, texels (0.42 cm at 12 texels per cm), peak to peak. */
  static final float WAVER = 5;
  /**
   * The waver's lattice, texels (2.7 cm across, 5.3 cm along): it divides W and H, so the tile
   * repeats without a seam.
   */
  private static final int WAVER_CELL = 32;

  /**
   * The waver of straight strands at texel (i, j), 0..1: smooth along and across, so that
   * neighbouring clumps waver apart. (One waver per row, the same for every strand across,
   * moved all the strands together: swept grey hair showed them as the wavy bands of wood
   * grain.) Times {@link #WAVER}, its slope across stays under 0.25 per texel (1.5 / {@link
   * #WAVER_CELL} at most), so strands never cross.
   */
  static float waver(int i, int j, long seed) {
    return tile2((float) i / WAVER_CELL, (float) j / WAVER_CELL, seed, W / WAVER_CELL, H / WAVER_CELL);
  }

  /**
   * Straight strands (kind {@link #STRAIGHT}) at across-position x (texels), row j:
   * clumps that drift along the length (one slow pattern across hid the strands behind
   * regular stripes) and single strands.
   */
  private static void strand(float x, int j, long seed, float[] b, float[] a, int o) {
    float fine = smooth1(x / 1.3f, seed + 3, Math.round(W / 1.3f));
    float clump = tile2(x / 6f, j / 16f, seed + 2, Math.round(W / 6f), H / 16);
    b[o] = 0.55f + 0.6f * clump + 0.45f * (fine - 0.5f);
    a[o] = 0.9f + 0.1f * fine;
  }

  /**
   * Short facial hairs: lane i (one texel across), hairs {@link #FACIAL_HAIR_TEXELS} texels long
   * along j, staggered per lane; each hair has its own threshold, brightness and greyness
   * (grey by hair: greying whole lanes drew white beards as parallel streaks), darker at the
   * root (shadowed by the hairs around it) and thinner towards the tip.
   */
  private static void facialHair(int i, int j, long seed, float greyShare, boolean beardLight, float[] b, float[] a,
      float[] g, float[] th, int o) {
    int len = FACIAL_HAIR_TEXELS;
    int stagger = (int) (Noise.hash(i, 0, seed + 3) * len);
    int hairIndex = Math.floorMod(Math.floorDiv(j + stagger, len), H / len);
    float along = (Math.floorMod(j + stagger, len) + 0.5f) / len;
    float own = Noise.hash(i, hairIndex, seed + 5);
    float tuft = tile2(i / 6f, j / 4f, seed + 4, W / 6, H / 4);
    // With the beard's light, a pixel holds many hairs: their brightness differs less.
    b[o] = beardLight ? 0.9f + BEARD_VARIATION * (0.5f * tuft + 0.25f * (own - 0.5f)) + 0.2f * (along - 0.5f)
        : 0.9f + 0.5f * tuft + 0.25f * (own - 0.5f) + 0.2f * (along - 0.5f);
    a[o] = 1 - 0.2f * along * along;
    g[o] = greyness(Noise.hash(i, hairIndex, seed + 7), greyShare);
    th[o] = Noise.hash(i, hairIndex, seed + 8);
  }

  /** Curl cells, texels (a divisor of W and CURLY_H): each holds {@link #CURLS_PER_CELL} curls. */
  private static final int CURL_CELL = 8;
  private static final int CURLS_PER_CELL = 2;
  /** Curl radii, texels (0.12..0.25 cm at 24 texels per cm). */
  private static final float CURL_RADIUS_MIN = 3f;
  private static final float CURL_RADIUS_SPAN = 3f;
  /** Half the width of a curl's strand, texels, and the soft edge beyond it. */
  private static final float CURL_HALF_WIDTH = 0.9f;
  private static final float CURL_EDGE = 0.5f;
  /**
   * Brightness of the shadowed hair between the curls (a curl's own is 0.55..1.35, brightest
   * at its top): at 0.32 and up to 1.65 the hanging curly hair, lit more fully than the cap,
   * showed bright speckles over the dark.
   */
  private static final float CURL_GAP = 0.45f;

  /**
   * Curly hair (kind {@link #CURLY}): open rings of strand (curls seen from outside), several per
   * cell of a grid, each of its own radius, orientation and span (200..340 degrees), drawn over
   * the dark, shadowed hair between them. A curl is brightest at its top (towards the crown) and
   * thins at its two ends. Threshold and
   * greyness belong to the nearest curl, so a thinning edge loses whole curls with the shadow
   * round them, and grey hair is grey per curl. (The earlier pattern, concentric rings round the
   * points of a 4-texel grid with per-block thresholds, drew square blocks at 512 px.)
   */
  private static void curls(long seed, float greyShare, float[] b, float[] a, float[] g, float[] th) {
    int nx = W / CURL_CELL;
    int ny = CURLY_H / CURL_CELL;
    int n = nx * ny * CURLS_PER_CELL;
    // Per curl: centre within its cell (texels), radius, mid direction, cos of half its span,
    // brightness, greyness, threshold.
    float[] cx = new float[n];
    float[] cy = new float[n];
    float[] r = new float[n];
    float[] mx = new float[n];
    float[] my = new float[n];
    float[] halfSpanCos = new float[n];
    float[] own = new float[n];
    float[] grey = new float[n];
    float[] threshold = new float[n];
    for (int y = 0; y < ny; y++) {
      for (int x = 0; x < nx; x++) {
        for (int k = 0; k < CURLS_PER_CELL; k++) {
          int c = (y * nx + x) * CURLS_PER_CELL + k;
          long s = seed + 16L * k;
          cx[c] = CURL_CELL * Noise.hash(x, y, s + 1);
          cy[c] = CURL_CELL * Noise.hash(x, y, s + 2);
          r[c] = CURL_RADIUS_MIN + CURL_RADIUS_SPAN * Noise.hash(x, y, s + 3);
          double phi = 2 * Math.PI * Noise.hash(x, y, s + 4);
          mx[c] = (float) Math.cos(phi);
          my[c] = (float) Math.sin(phi);
          halfSpanCos[c] = (float) Math.cos(Math.PI * (0.55 + 0.4 * Noise.hash(x, y, s + 5)));
          own[c] = Noise.hash(x, y, s + 6);
          grey[c] = greyness(Noise.hash(c, 0, seed + 7), greyShare);
          threshold[c] = Noise.hash(c, 0, seed + 8);
        }
      }
    }
    for (int j = 0; j < CURLY_H; j++) {
      for (int i = 0; i < W; i++) {
        float px = i + 0.5f;
        float py = j + 0.5f;
        int gx = i / CURL_CELL;
        int gy = j / CURL_CELL;
        float best = 0;
        int bestCurl = -1;
        float bestUp = 0;
        float nearest = Float.MAX_VALUE;
        int nearestCurl = 0;
        for (int y = gy - 1; y <= gy + 1; y++) {
          for (int x = gx - 1; x <= gx + 1; x++) {
            int cell = Math.floorMod(y, ny) * nx + Math.floorMod(x, nx);
            for (int k = 0; k < CURLS_PER_CELL; k++) {
              int c = cell * CURLS_PER_CELL + k;
              float dx = px - (x * CURL_CELL + cx[c]);
              float dy = py - (y * CURL_CELL + cy[c]);
              float d = (float) Math.sqrt(dx * dx + dy * dy);
              float off = Math.abs(d - r[c]);
              if (off < nearest) {
                nearest = off;
                nearestCurl = c;
              }
              if (off >= CURL_HALF_WIDTH + CURL_EDGE || d < 1e-4f) {
                continue;
              }
              float along = (dx * mx[c] + dy * my[c]) / d;
              float w = FaceFrame.smooth((CURL_HALF_WIDTH + CURL_EDGE - off) / CURL_EDGE)
                  * FaceFrame.smooth((along - halfSpanCos[c]) / 0.2f);
              if (w > best) {
                best = w;
                bestCurl = c;
                bestUp = Math.max(0, -dy / d);
              }
            }
          }
        }
        int o = j * W + i;
        int c = bestCurl >= 0 ? bestCurl : nearestCurl;
        float lit = 0.55f + 0.3f * own[c] + 0.5f * bestUp * bestUp;
        b[o] = CURL_GAP + best * (lit - CURL_GAP);
        a[o] = 0.9f + 0.1f * best;
        g[o] = grey[c];
        th[o] = threshold[c];
      }
    }
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
    int j = floor(v * along[kind]) & (rows[kind] - 1);
    return j * W + i;
  }

  /** @return whether the look's hair reads this kind's table (one of straight and curly scalp hair is built) */
  boolean has(int kind) {
    return texels[kind] != null;
  }

  /** @return the texels of a kind's table ({@link #index} lies below it) */
  int texels(int kind) {
    return W * rows[kind];
  }

  private static int floor(float x) {
    int i = (int) x;
    return x < i ? i - 1 : i;
  }

  float brightness(int kind, int index) {
    return texels[kind][FIELDS * index + BRIGHTNESS];
  }

  float opacity(int kind, int index) {
    return texels[kind][FIELDS * index + OPACITY];
  }

  /**
   * How grey a strand is, 0..1, from a uniform strand value: a share s of strands is grey, with
   * soft transitions, blended towards s by {@link #GREY_CONTRAST} (strands are far thinner than
   * a pixel: at full contrast grey hair showed as white stripes on dark).
   */
  private static float greyness(float strand, float share) {
    if (share <= 0) {
      return 0;
    }
    float step = FaceFrame.smooth((share - strand) / 0.25f + 0.5f);
    return share + GREY_CONTRAST * (step - share);
  }

  /**
   * The opacity of a texel's strand where hair of a given density (0..1) is asked for: strands
   * whose threshold lies below 1.2 x the density are drawn (with a soft band of 0.2; 0 gives nothing, 1 every strand), so the mean cover
   * follows the density and an edge thins into single strands.
   *
   * @param kind hair kind
   * @param index texel ({@link #index})
   * @param density the density asked for, 0..1
   * @return the opacity, 0..1
   */
  float cover(int kind, int index, float density) {
    float[] t = texels[kind];
    int o = FIELDS * index;
    if (density >= 1) {
      return t[o + OPACITY];
    }
    float band = kind == FACIAL ? facialBand : BAND;
    return t[o + OPACITY] * FaceFrame.smooth((1.2f * density - t[o + THRESHOLD]) / band);
  }

  float grey(int kind, int index) {
    return texels[kind][FIELDS * index + GREY];
  }
}
