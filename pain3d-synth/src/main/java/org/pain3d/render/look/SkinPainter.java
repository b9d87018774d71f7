package org.pain3d.render.look;

import java.util.SplittableRandom;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.FaceRegions;
import org.pain3d.render.Noise;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.SkinLayout;
import org.pain3d.render.hair.BeardDensity;
import org.pain3d.render.hair.FacialHairStyle;

/**
 * Bakes one identity's skin albedo in UV space from a {@link SkinLook}: base colour with
 * low-frequency blotches and pore-scale grain, redness of the cheeks and nose, under-eye
 * darkening, freckles, lentigines, moles and blemishes, static age lines (baked relief:
 * the furrow darker, its upper ridge lighter, as if lit from above), beard shadow, lips,
 * lip make-up, eyeliner and hair-like brows.
 *
 * <p>Texels are those of the {@link SkinLayout} (row-major, row 0 at v = 1); each face texel
 * is placed at its neutral 3D position (world cm), where the regions of {@link FaceFrame}
 * are evaluated, so the painting follows the head whatever the UV layout. Colours are
 * mixed in sRGB (as a painter would). Deterministic for a given look and mesh. Not
 * thread-safe (the noise keeps its last lattice cell).
 */
public final class SkinPainter {
  /** Lentigine density at full age. */
  private static final float AGE_SPOTS = 0.05f;
  /**
   * The share of a line's contrast that is the skin's sheen with {@code line-sheen} on
   * ({@link #shade}): 0.6 made the lines of dark elderly faces about as visible as a light
   * skin's, and photo-trained age models read them older (docs/faces.md, twenty-second session).
   */
  public static final float LINE_SHEEN = 0.6f;
  /** The skin brightness (sRGB, 0..1) at which {@link #shade} gives a line the sheen's share of its contrast. */
  static final float LINE_REFERENCE = 0.7f;
  private static final WrinkleGroup[] GROUPS = WrinkleGroup.values();
  private static final boolean[] DYNAMIC = new boolean[GROUPS.length];

  static {
    for (WrinkleGroup g : GROUPS) {
      DYNAMIC[g.ordinal()] = g.dynamic();
    }
  }
  private final SkinLook look;
  private final FaceFrame frame;
  private final FaceRegions regions;
  private final WrinklePatterns lines;
  private final float[] moles;
  private final float[] base;
  private final float[] hair;
  private final float[] lipColour;
  private final Brows brows;
  /** Where stubble grows: the whole beard area with the facial hair's graded edges. */
  private final BeardDensity beard;
  /** The stubble's dots (neighbouring texels mostly share a lattice cell). */
  private final Noise.Cached stubbleDots;

  /**
   * @param neutral the identity's neutral mesh (ICT-FaceKit topology), world cm
   * @param look the skin look
   */
  public SkinPainter(RenderMesh neutral, SkinLook look) {
    this.look = look;
    int[] lm = FaceLandmarks.ict68();
    this.frame = new FaceFrame(neutral.positions(), lm);
    this.regions = new FaceRegions(neutral.positions(), lm);
    this.lines = new WrinklePatterns(frame, look.seed() + 11, look.lineFolds());
    this.base = rgb(look.baseRgb());
    this.hair = rgb(look.hairRgb());
    this.lipColour = rgb(mixRgb(look.lipRgb(), look.lipstickRgb(), (float) look.lipstick()));
    this.brows = new Brows(frame, look.brows(), look.seed() + 13);
    this.moles = placeMoles(frame, look.moles(), look.seed() + 17);
    this.beard = new BeardDensity(frame, regions, look.seed() + BeardDensity.SEED_OFFSET);
    this.stubbleDots = new Noise.Cached(look.seed() + 30);
  }

  /** @return the landmark frame of this head */
  public FaceFrame frame() {
    return frame;
  }

  /** @return the wrinkle line patterns of this head */
  public WrinklePatterns wrinklePatterns() {
    return lines;
  }

  /**
   * Paints every texel of the layout.
   *
   * @param neutral the identity's neutral mesh (the layout's topology)
   * @param layout the skin texels
   * @return packed sRGB texels, shape [layout.tiles() * size * size]
   */
  public int[] paint(RenderMesh neutral, SkinLayout layout) {
    return paint(neutral, layout, null, null);
  }

  /**
   * Paints every texel of the layout and reports where the dynamic wrinkle groups' patterns
   * are (the expression wrinkles are built from it without a second pass over the texels).
   *
   * @param neutral the identity's neutral mesh (the layout's topology)
   * @param layout the skin texels
   * @param wrinkles receives (group, texel, pattern) of every dynamic group's texel, or null
   * @param lineRelief receives per texel the static age lines' relief value that the texel is shaded
   *     with (negative in a furrow; 0 where there is none), for their bump map ({@link
   *     PoreRelief#heights}); shape [layout.tiles() * size * size], or null
   * @return packed sRGB texels, shape [layout.tiles() * size * size]
   */
  public int[] paint(RenderMesh neutral, SkinLayout layout, WrinkleLayer.Recorder wrinkles, float[] lineRelief) {
    int h = layout.size();
    int w = layout.tiles() * h;
    int[] out = new int[w * h];
    float[] positions = neutral.positions();
    int[] triangles = neutral.triangles();
    float[] pos = new float[3];
    float[] c = new float[3];
    long seed = look.seed();
    Noise.Grid blotches = new Noise.Grid(seed, 12, w, h);
    Noise.Grid grain = new Noise.Grid(seed + 1, PoreRelief.LATTICE, w, h);
    Noise.Grid reds = new Noise.Grid(seed + 2, 6, w, h);
    float age = (float) look.age();
    Noise.Grid tone = age > 0 ? new Noise.Grid(seed + 3, 30, w, h) : null;
    float poreAmp = 0.03f + 0.07f * (float) look.pores();
    for (int y = 0; y < h; y++) {
      blotches.row(y);
      grain.row(y);
      reds.row(y);
      if (tone != null) {
        tone.row(y);
      }
      for (int x = 0; x < w; x++) {
        float blotch = blotches.at(x) - 0.5f;
        float pore = grain.at(x) - 0.5f;
        float red = reds.at(x) - 0.5f;
        float uneven = tone != null ? age * (tone.at(x) - 0.5f) : 0;
        float lum = 1 + 0.09f * blotch + poreAmp * pore + 0.12f * uneven;
        c[0] = base[0] * lum * (1 + 0.07f * red);
        c[1] = base[1] * lum * (1 - 0.035f * red - 0.03f * uneven);
        c[2] = base[2] * lum * (1 - 0.035f * red - 0.05f * uneven);
        int o = y * w + x;
        if (x < h && layout.triangle(o) >= 0) {
          layout.position(positions, triangles, o, pos);
          if (frame.inFace(pos[0], pos[1], pos[2])) {
            face(pos[0], pos[1], pos[2], c, o, wrinkles, lineRelief);
          }
        }
        out[o] = pack(c[0], c[1], c[2]);
      }
    }
    return out;
  }

  /** Paints the facial features at a face point into c. */
  private void face(float px, float py, float pz, float[] c, int texel, WrinkleLayer.Recorder wrinkles,
      float[] lineRelief) {
    long seed = look.seed();
    float cheek = frame.cheek(px, py, pz);
    float nose = frame.nose(px, py, pz);
    float redness = (float) look.redness() * (0.9f * cheek + 0.8f * nose);
    if (redness > 0) {
      c[0] *= 1 + 0.12f * redness;
      c[1] *= 1 - 0.12f * redness;
      c[2] *= 1 - 0.08f * redness;
    }
    if (look.underEye() > 0) {
      float dark = (float) look.underEye() * frame.underEye(px, py, pz);
      if (dark > 0) {
        c[0] *= 1 - 0.16f * dark;
        c[1] *= 1 - 0.19f * dark;
        c[2] *= 1 - 0.12f * dark;
      }
    }
    spots(px, py, pz, c, seed, Math.max(cheek, nose));
    relief(px, py, pz, c, texel, wrinkles, lineRelief);
    stubble(px, py, pz, c);
    float lip = regions.lip(px, py, pz);
    if (lip > 0) {
      mix(c, lipColour, 0.85f * lip);
    }
    float liner = (float) look.eyeliner();
    if (liner > 0) {
      float a = liner * (0.85f * frame.upperLid(px, py, pz, 0.12f) + 0.25f * frame.upperLid(px, py, pz, 0.55f));
      if (a > 0) {
        c[0] *= 1 - Math.min(0.9f, a);
        c[1] *= 1 - Math.min(0.9f, a);
        c[2] *= 1 - Math.min(0.85f, 0.9f * a);
      }
    }
    float brow = brows.coverage(px, py, pz);
    if (brow > 0) {
      mix(c, hair, brow);
    }
  }

  /** Freckles, lentigines, moles and blemishes; zone is the cheek-and-nose weight. */
  private void spots(float px, float py, float pz, float[] c, long seed, float zone) {
    float fr = (float) look.freckles() * zone;
    if (fr > 0.02f) {
      float s = Spots.at(px, py, 0.22f, 0.075f, 0.55f * fr, seed + 20);
      if (s > 0) {
        darken(c, 0.22f * s, 0.25f * s, 0.32f * s);
      }
    }
    float age = (float) look.age();
    float forehead = age > 0 || look.blemishes() > 0 ? frame.forehead(px, py, pz) : 0;
    if (age > 0) {
      float area = Math.max(forehead, zone);
      if (area > 0.02f) {
        float s = Spots.at(px, py, 0.6f, 0.25f, AGE_SPOTS * 4 * age * area, seed + 21);
        if (s > 0) {
          darken(c, 0.15f * s, 0.2f * s, 0.28f * s);
        }
      }
    }
    if (look.blemishes() > 0 && Math.max(forehead, zone) > 0.05f) {
      float s = Spots.at(px, py, 0.5f, 0.09f, 0.12f * (float) look.blemishes(), seed + 22);
      if (s > 0) {
        c[0] *= 1 + 0.05f * s;
        c[1] *= 1 - 0.18f * s;
        c[2] *= 1 - 0.15f * s;
      }
    }
    for (int k = 0; k < moles.length; k += 3) {
      float dx = px - moles[k];
      float dy = py - moles[k + 1];
      float r = moles[k + 2];
      float d2 = (dx * dx + dy * dy) / (r * r);
      if (d2 < 1) {
        float a = Math.min(1, 1.6f * (1 - d2));
        c[0] = c[0] + (0.28f * base[0] - c[0]) * a;
        c[1] = c[1] + (0.22f * base[1] - c[1]) * a;
        c[2] = c[2] + (0.2f * base[2] - c[2]) * a;
      }
    }
  }

  /** Static age lines as baked relief; the dynamic groups' patterns go to the recorder. */
  private void relief(float px, float py, float pz, float[] c, int texel, WrinkleLayer.Recorder wrinkles,
      float[] lineRelief) {
    float age = (float) look.age();
    if (age <= 0 && wrinkles == null) {
      return;
    }
    float r = 0;
    for (WrinkleGroup g : GROUPS) {
      float p = lines.relief(g, px, py, pz);
      if (p == 0) {
        continue;
      }
      if (wrinkles != null && DYNAMIC[g.ordinal()]) {
        wrinkles.add(g, texel, p);
      }
      float weight = switch (g) {
        case FOREHEAD -> 0.6f;
        case NASOLABIAL, CROWS_FEET, UNDER_EYE, MARIONETTE -> 0.45f;
        default -> 0.35f;
      };
      r += weight * p;
    }
    if (age > 0) {
      float relief = age * r * (float) look.lineDepth();
      shade(c, relief, (float) look.lineSheen());
      if (lineRelief != null) {
        lineRelief[texel] = relief;
      }
    }
  }

  /**
   * Applies relief to a colour: a furrow (negative) darkens by up to 32 % of the skin's
   * brightness, a ridge (positive) lightens by up to 10 %, where the line is all shading (sheen
   * 0). A photographed line's contrast is also the skin's sheen, the surface reflection that a
   * furrow interrupts and a ridge catches, and that is about the same on every skin (a
   * dielectric's Fresnel reflectance; melanin only darkens what enters the skin): the share
   * {@code sheen} of the contrast is taken at the brightness {@value #LINE_REFERENCE} (a light
   * skin's, where lines looked right) whatever the skin's brightness. Lines on a light skin stay
   * about as they were; on dark skin, where a share of its own brightness made them nearly
   * vanish, they keep a contrast near a light skin's.
   *
   * @param c sRGB colour, 0..1 per channel, modified (kept non-negative)
   * @param relief relief value
   * @param sheen share of the contrast that is sheen, 0..1 ({@link SkinLook#lineSheen})
   */
  static void shade(float[] c, float relief, float sheen) {
    float k = relief < 0 ? 0.32f * Math.max(-1, relief) : 0.1f * Math.min(1, relief);
    float own = 1 + k * (1 - sheen);
    float shared = k * sheen * LINE_REFERENCE;
    c[0] = Math.max(0, c[0] * own + shared);
    c[1] = Math.max(0, c[1] * own + shared);
    c[2] = Math.max(0, c[2] * own + shared);
  }

  /** Beard shadow: short dark hairs, denser and darker with the stubble amount. */
  private void stubble(float px, float py, float pz, float[] c) {
    float s = (float) look.stubble();
    if (s <= 0) {
      return;
    }
    float area = beard.of(FacialHairStyle.FULL_BEARD, px, py, pz);
    if (area <= 0) {
      return;
    }
    float dots = stubbleDots.value(px * 55, py * 55);
    float hairAmount = area * s * (0.35f + 0.65f * FaceFrame.smooth((dots - 0.35f) / 0.3f));
    mix(c, hair, Math.min(0.85f, 0.75f * hairAmount));
  }

  /** Places the moles at random front-face points: {x, y, radius} each. */
  private static float[] placeMoles(FaceFrame f, int count, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    float[] m = new float[3 * count];
    float x0 = f.x(1);
    float x1 = f.x(15);
    float y0 = f.y(8) + 0.5f;
    float y1 = f.browY() + 3;
    for (int k = 0; k < count; k++) {
      // Drawn as fractions so a degenerate face (all landmarks equal) still works.
      m[3 * k] = x0 + 0.8f + (float) rnd.nextDouble() * Math.max(0, x1 - x0 - 1.6f);
      m[3 * k + 1] = y0 + (float) rnd.nextDouble() * Math.max(0, y1 - y0);
      m[3 * k + 2] = (float) rnd.nextDouble(0.05, 0.12);
    }
    return m;
  }

  private static void darken(float[] c, float r, float g, float b) {
    c[0] *= 1 - r;
    c[1] *= 1 - g;
    c[2] *= 1 - b;
  }

  private static void mix(float[] c, float[] to, float a) {
    c[0] += (to[0] - c[0]) * a;
    c[1] += (to[1] - c[1]) * a;
    c[2] += (to[2] - c[2]) * a;
  }

  static float[] rgb(int packed) {
    return new float[] {(packed >> 16 & 255) / 255f, (packed >> 8 & 255) / 255f, (packed & 255) / 255f};
  }

  static int mixRgb(int a, int b, float t) {
    float[] x = rgb(a);
    mix(x, rgb(b), t);
    return pack(x[0], x[1], x[2]);
  }

  /** Packs sRGB floats in [0, 1] (clamped). */
  static int pack(float r, float g, float b) {
    int ri = Math.max(0, Math.min(255, Math.round(r * 255)));
    int gi = Math.max(0, Math.min(255, Math.round(g * 255)));
    int bi = Math.max(0, Math.min(255, Math.round(b * 255)));
    return ri << 16 | gi << 8 | bi;
  }
}
