package org.pain3d.render.look;

import org.pain3d.render.FastMath;
import org.pain3d.render.Noise;

/**
 * The line patterns of each {@link WrinkleGroup} on one neutral head, as a relief value at a
 * 3D point (world cm, frontal x-y projection): negative in a furrow (the baked shading
 * darkens it), slightly positive on the ridge above it, 0 away from the group. Values are
 * in about [-1, 0.4]; each group has a bounding box outside which it is exactly 0.
 *
 * <p>Geometry from the landmarks: forehead lines parallel above the brows, glabellar lines
 * either side of the midline between the brows, crow's feet fanning from the outer eye
 * corners, bunny lines across the nose's sides, the nasolabial furrow as a curve from the
 * nose wing to beside the mouth corner, lines under the lower lids, marionette lines down
 * from the mouth corners, and short vertical lines above the upper lip. Spacing, phase and
 * waviness are seeded per identity. Immutable; thread-safe.
 */
public final class WrinklePatterns {
  private static final int CURVE = 12;
  /*
   * The fold shapes are fewer, shorter or tapered lines than the earlier patterns, drawn deeper so
   * that each group keeps the earlier lines' dark amount (the integral of its furrows over the
   * face; crow's feet and glabella the same, bunny lines 0.65 of the ladder's, which fills the side
   * of the nose): photo-trained age models read the amount of dark line, not its shape, and read
   * the elderly younger with the shapes alone (docs/faces.md, twenty-seventh and twenty-ninth
   * sessions; WrinklePatternsTest). Still opt-in: deeper, they read as male to one of them.
   */
  /** Depth of a fold-shaped crow's-feet ray over a plain furrow's. */
  static final float CROWS_FOLD_DEPTH = 1.6f;
  /** Depth of a fold-shaped bunny line over a plain furrow's. */
  static final float NOSE_FOLD_DEPTH = 1.5f;
  /** Depth of a fold-shaped glabellar line over a plain furrow's. */
  static final float GLABELLA_FOLD_DEPTH = 1.25f;
  private final FaceFrame f;
  private final long seed;
  private final boolean folds;
  /** Per side and ray (fold shapes): angle at the corner (rad), bend (rad per cm), length (cm). */
  private final float[][] rays = new float[2][];
  /** Per side and line (fold shapes): the line's height offset (cm) and its lateral end (cm from the midline). */
  private final float[][] bunny = new float[2][];
  /** Per side (fold shapes): the glabellar line's lower and upper end, cm from its default ends. */
  private final float[][] glabellaEnds = new float[2][2];
  private final float spacing;
  private final float phase;
  private final float[][] boxes = new float[WrinkleGroup.values().length][];
  private final float[][] nasolabial = new float[2][2 * CURVE];
  private final float[][] marionette = new float[2][4];

  /**
   * @param frame the head's landmarks
   * @param seed per-identity pattern seed
   * @param folds whether crow's feet, bunny lines and glabellar lines are shaped like folds ({@link
   *     #crowsFeetFolds}, {@link #noseFolds}, {@link #glabellaFolds}); false: the earlier patterns,
   *     five straight rays of one length, a stack of lines every 2.2 mm down the nose and glabellar
   *     lines at full depth
   */
  public WrinklePatterns(FaceFrame frame, long seed, boolean folds) {
    this.f = frame;
    this.seed = seed;
    this.folds = folds;
    for (int s = 0; folds && s < 2; s++) {
      // Hash coordinates of their own, so the earlier patterns' draws stay as they were.
      int n = 4 + (Noise.hash(40 + s, 9, seed) < 0.5f ? 0 : 1);
      rays[s] = new float[3 * n];
      // One bend for the side's rays, so that they fan without crossing or merging.
      float bend = 0.2f * (Noise.hash(70 + s, 9, seed) - 0.5f);
      for (int k = 0; k < n; k++) {
        // Fanning from 0.65 rad below the corner's horizontal to 0.55 above it.
        rays[s][3 * k] = -0.65f + 1.2f * (k + 0.5f) / n + 0.05f * (Noise.hash(50 + 10 * s + k, 9, seed) - 0.5f);
        rays[s][3 * k + 1] = bend;
        rays[s][3 * k + 2] = 1.4f + 0.8f * Noise.hash(90 + 10 * s + k, 9, seed);
      }
      glabellaEnds[s][0] = 0.05f + 0.15f * Noise.hash(160 + s, 9, seed);
      glabellaEnds[s][1] = -0.3f * Noise.hash(170 + s, 9, seed);
      int m = 3 + (Noise.hash(110 + s, 9, seed) < 0.5f ? 0 : 1);
      bunny[s] = new float[2 * m];
      for (int k = 0; k < m; k++) {
        bunny[s][2 * k] = 0.3f + 0.3f * k + 0.08f * (Noise.hash(120 + 10 * s + k, 9, seed) - 0.5f);
        bunny[s][2 * k + 1] = 0.65f + 0.35f * Noise.hash(140 + 10 * s + k, 9, seed);
      }
    }
    this.spacing = 0.8f + 0.3f * Noise.hash(1, 7, seed);
    this.phase = Noise.hash(2, 7, seed);
    float by = frame.browY();
    float half = 0.5f * (frame.x(26) - frame.x(17)) + 0.6f;
    boxes[WrinkleGroup.FOREHEAD.ordinal()] = new float[] {-half, by + 0.5f, half, by + 4.8f};
    boxes[WrinkleGroup.GLABELLA.ordinal()] = new float[] {-1.0f, frame.y(27) - 0.4f, 1.0f, by + 1.2f};
    float cy = 0.5f * (frame.y(36) + frame.y(45));
    boxes[WrinkleGroup.CROWS_FEET.ordinal()] = new float[] {frame.x(36) - 2.6f, cy - 2.2f, frame.x(45) + 2.6f, cy + 1.8f};
    boxes[WrinkleGroup.NOSE.ordinal()] = new float[] {frame.x(39) + 0.1f, frame.y(29) - 0.2f, frame.x(42) - 0.1f,
        frame.y(27) + 0.5f};
    boxes[WrinkleGroup.UNDER_EYE.ordinal()] = new float[] {frame.x(36) - 0.3f, frame.y(41) - 1.3f, frame.x(45) + 0.3f,
        frame.y(41) - 0.1f};
    boxes[WrinkleGroup.LIP_LINES.ordinal()] = new float[] {frame.x(48) + 0.2f, frame.y(51) - 0.05f,
        frame.x(54) - 0.2f, frame.y(33) - 0.1f};
    float[] nb = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    float[] mb = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    for (int s = 0; s < 2; s++) {
      float sign = s == 0 ? -1 : 1;
      int alar = s == 0 ? 31 : 35;
      int corner = s == 0 ? 48 : 54;
      // From the top of the nose wing's crease (not its base: started at the nostril, the two
      // dark lines read as a drooping moustache), bowing out around the cheek.
      float ax = frame.x(alar) + 0.5f * sign;
      float ay = frame.y(alar) + 0.45f;
      float bx = frame.x(corner) + 0.55f * sign;
      float byy = frame.y(corner) - 0.7f;
      float cx = ax + 0.95f * sign;
      float ccy = 0.5f * (ay + byy);
      for (int k = 0; k < CURVE; k++) {
        float t = k / (CURVE - 1f);
        float u = 1 - t;
        nasolabial[s][2 * k] = u * u * ax + 2 * u * t * cx + t * t * bx;
        nasolabial[s][2 * k + 1] = u * u * ay + 2 * u * t * ccy + t * t * byy;
        // The whole furrow and its ridge: 3.5 half-widths of the widest part (0.18 x 1.2 cm).
        grow(nb, nasolabial[s][2 * k], nasolabial[s][2 * k + 1], 0.8f);
      }
      marionette[s][0] = frame.x(corner) + 0.05f * sign;
      marionette[s][1] = frame.y(corner) - 0.2f;
      marionette[s][2] = frame.x(corner) + 0.35f * sign;
      marionette[s][3] = 0.5f * (frame.y(corner) + frame.y(8)) - 0.3f;
      grow(mb, marionette[s][0], marionette[s][1], 0.4f);
      grow(mb, marionette[s][2], marionette[s][3], 0.4f);
    }
    boxes[WrinkleGroup.NASOLABIAL.ordinal()] = nb;
    boxes[WrinkleGroup.MARIONETTE.ordinal()] = mb;
  }

  private static void grow(float[] box, float x, float y, float m) {
    box[0] = Math.min(box[0], x - m);
    box[1] = Math.min(box[1], y - m);
    box[2] = Math.max(box[2], x + m);
    box[3] = Math.max(box[3], y + m);
  }

  /**
   * The relief of one group at a point.
   *
   * @param g the group
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm (points behind the face weigh 0)
   * @return relief in about [-1, 0.4]
   */
  public float relief(WrinkleGroup g, float x, float y, float z) {
    float[] b = boxes[g.ordinal()];
    if (x < b[0] || y < b[1] || x > b[2] || y > b[3] || !f.front(z)) {
      return 0;
    }
    return switch (g) {
      case FOREHEAD -> forehead(x, y);
      case GLABELLA -> folds ? glabellaFolds(x, y) : glabella(x, y);
      case CROWS_FEET -> folds ? crowsFeetFolds(x, y) : crowsFeet(x, y);
      case NOSE -> folds ? noseFolds(x, y) : nose(x, y);
      case NASOLABIAL -> curve(nasolabial[x < 0 ? 0 : 1], x, y, 0.18f);
      case UNDER_EYE -> underEye(x, y);
      case MARIONETTE -> segment(marionette[x < 0 ? 0 : 1], x, y, 0.12f);
      case LIP_LINES -> lipLines(x, y);
    };
  }

  /**
   * Two overlapping lines' relief: the deeper furrow where either is one, else the higher ridge (a
   * line's groove is not lifted by its neighbour's ridge, which would split it lengthwise).
   */
  static float strongest(float a, float b) {
    return a < 0 || b < 0 ? Math.min(a, b) : Math.max(a, b);
  }

  /** A furrow across distance d from its line, of half-width w: dark groove, light ridge beside. */
  static float furrow(float d, float w) {
    float a = d / w;
    if (a > 3.5f || a < -3.5f) {
      return 0;
    }
    float r = a - 1.6f;
    return (float) (-Math.exp(-a * a) + 0.35 * Math.exp(-r * r));
  }

  private float forehead(float x, float y) {
    float by = f.browY();
    float wobble = 0.13f * (float) Math.sin(x * 0.9f + 6.3f * phase) + 0.12f * (Noise.value(x * 0.8f, 3.1f, seed) - 0.5f);
    float t = (y - by - 1.0f + wobble) / spacing;
    if (t < -0.5f || t > 3.4f) {
      return 0;
    }
    float d = (t - Math.round(t)) * spacing;
    float half = 0.5f * (f.x(26) - f.x(17)) + 0.3f;
    float ends = FaceFrame.smooth((half - Math.abs(x)) / 1.2f);
    float broken = FaceFrame.smooth(1.6f * Noise.value(x * 0.9f, Math.round(t) * 5.7f, seed + 1) - 0.2f);
    return furrow(d, 0.09f) * ends * broken;
  }

  private float glabella(float x, float y) {
    float lo = f.y(27) - 0.2f;
    float hi = f.browY() + 0.9f;
    float along = FaceFrame.smooth((y - lo) / 0.5f) * FaceFrame.smooth((hi - y) / 0.5f);
    float off = 0.38f + 0.12f * phase + 0.12f * (y - lo);
    return furrow(Math.abs(x) - off, 0.08f) * along;
  }

  /**
   * Glabellar lines shaped like folds: each side's line starts 0.5..2 mm above the earlier line's
   * lower end and stops 0..3 mm below its upper end (0.9 cm above the brows), and is deepest in
   * its middle, tapering over a quarter of its length at either end, where the earlier line ran at
   * full depth up into the forehead; {@value #GLABELLA_FOLD_DEPTH} x a plain furrow's depth.
   */
  private float glabellaFolds(float x, float y) {
    float[] ends = glabellaEnds[x < 0 ? 0 : 1];
    float lo = f.y(27) - 0.2f;
    float a = lo + ends[0];
    float b = f.browY() + 0.9f + ends[1];
    float quarter = (b - a) / 4;
    if (quarter <= 0) {
      return 0;
    }
    float along = FaceFrame.smooth((y - a) / quarter) * FaceFrame.smooth((b - y) / quarter);
    float off = 0.38f + 0.12f * phase + 0.12f * (y - lo);
    return GLABELLA_FOLD_DEPTH * furrow(Math.abs(x) - off, 0.08f) * along;
  }

  private float crowsFeet(float x, float y) {
    int corner = x < 0 ? 36 : 45;
    float sign = x < 0 ? -1 : 1;
    float qx = f.x(corner) + 0.35f * sign;
    float qy = f.y(corner);
    float dx = (x - qx) * sign;
    float dy = y - qy;
    float r = (float) Math.sqrt(dx * dx + dy * dy);
    if (r < 0.15f || r > 2.3f || dx < -0.1f) {
      return 0;
    }
    float ang = FastMath.atan2(dy, dx);
    float step = 0.33f;
    float k = Math.round((ang - 0.1f * phase) / step);
    if (Math.abs(k) > 2) {
      return 0;
    }
    float d = (ang - 0.1f * phase - k * step) * r;
    float fade = FaceFrame.smooth((r - 0.15f) / 0.3f) * FaceFrame.smooth((2.3f - r) / 0.9f);
    return furrow(d, 0.07f) * fade;
  }

  private float nose(float x, float y) {
    float top = f.y(27) + 0.3f;
    float bottom = f.y(29);
    float ax = Math.abs(x);
    if (ax < 0.15f || ax > 1.0f) {
      return 0;
    }
    float t = (y + 0.55f * ax - bottom) / 0.22f;
    float d = (t - Math.round(t)) * 0.22f;
    float along = FaceFrame.smooth((y - bottom) / 0.3f) * FaceFrame.smooth((top - y) / 0.3f)
        * FaceFrame.smooth((1.0f - ax) / 0.3f);
    return furrow(d, 0.06f) * along;
  }

  /**
   * Crow's feet shaped like folds: four or five rays per side, fanning from 0.65 rad below the
   * outer eye corner's horizontal to 0.55 above it, each of its own length (1.4..2.2 cm), bent
   * together (up to 0.1 rad per cm), starting 3 mm out from the corner's point (so they do not
   * meet in it) and tapering over their outer 35 % to nothing at the tip, a little wider there
   * (0.06..0.08 cm half-width), {@value #CROWS_FOLD_DEPTH} x a plain furrow's depth.
   */
  private float crowsFeetFolds(float x, float y) {
    int side = x < 0 ? 0 : 1;
    int corner = x < 0 ? 36 : 45;
    float sign = x < 0 ? -1 : 1;
    float dx = (x - (f.x(corner) + 0.35f * sign)) * sign;
    float dy = y - f.y(corner);
    float r = (float) Math.sqrt(dx * dx + dy * dy);
    if (r < 0.3f || r > 2.2f || dx < -0.1f) {
      return 0;
    }
    float ang = FastMath.atan2(dy, dx);
    float[] ray = rays[side];
    float best = 0;
    for (int k = 0; k < ray.length / 3; k++) {
      float len = ray[3 * k + 2];
      if (r > len) {
        continue;
      }
      float d = (ang - ray[3 * k] - ray[3 * k + 1] * r) * r;
      float taper = FaceFrame.smooth((r - 0.3f) / 0.3f) * FaceFrame.smooth((len - r) / (0.35f * len));
      float v = CROWS_FOLD_DEPTH * furrow(d, 0.06f + 0.02f * r / len) * taper;
      best = strongest(best, v);
    }
    return best;
  }

  /**
   * Bunny lines shaped like folds: three or four oblique lines per side of the upper nose, 3 mm
   * apart from 3 mm under the top of the nose's wrinkle area, running down and out from the dorsum
   * (1.8 mm off the midline) to a drawn end 6.5..10 mm from it, tapering at both ends (0.085 cm
   * half-width, {@value #NOSE_FOLD_DEPTH} x a plain furrow's depth). The topmost crosses the dorsum
   * at 0.7 of its depth, rounded over it (the transverse line over the nose's root that the nose
   * wrinkler raises, FACS AU9).
   */
  private float noseFolds(float x, float y) {
    float ax = Math.abs(x);
    float[] lines = bunny[x < 0 ? 0 : 1];
    if (ax > 1.0f) {
      return 0;
    }
    float top = f.y(27) + 0.3f;
    // Height above the line through (0.2, top - offset) falling 0.55 cm per cm outwards, rounded
    // over the dorsum (within 3 mm of the midline a parabola with the same height and slope at 3 mm).
    float fall = ax >= 0.3f ? 0.55f * (ax - 0.2f) : 0.55f * (0.1f + (ax * ax - 0.09f) / 0.6f);
    float h = y + fall - top;
    // The lines begin 1.8 mm off the midline; the topmost crosses the dorsum (over the nose's root,
    // at 0.7 of its depth).
    float offMidline = FaceFrame.smooth((ax - 0.18f) / 0.12f);
    float best = 0;
    for (int k = 0; k < lines.length / 2; k++) {
      float end = lines[2 * k + 1];
      float d = (h + lines[2 * k]) * 0.876f;
      float inner = k == 0 ? 0.7f + 0.3f * offMidline : offMidline;
      float along = inner * FaceFrame.smooth((end - ax) / 0.25f);
      float v = NOSE_FOLD_DEPTH * furrow(d, 0.085f) * along;
      best = strongest(best, v);
    }
    return best;
  }

  private float underEye(float x, float y) {
    int a = x < 0 ? 36 : 42;
    float lidY = lowerLid(x, a);
    if (Float.isNaN(lidY)) {
      return 0;
    }
    float d1 = y - (lidY - 0.35f);
    float d2 = y - (lidY - 0.7f);
    float ends = FaceFrame.smooth((Math.min(Math.abs(x - f.x(a)), Math.abs(x - f.x(a + 3))) + 0.2f) / 0.5f);
    return (furrow(d1, 0.05f) + 0.7f * furrow(d2, 0.06f)) * ends;
  }

  /** Height of the lower lid margin (landmarks a+3, a+4, a+5, a) at x, or NaN outside the eye. */
  private float lowerLid(float x, int a) {
    int[] idx = {a, a + 5, a + 4, a + 3};
    for (int k = 0; k < 3; k++) {
      float x0 = f.x(idx[k]);
      float x1 = f.x(idx[k + 1]);
      if ((x - x0) * (x - x1) <= 0 && x0 != x1) {
        float t = (x - x0) / (x1 - x0);
        return f.y(idx[k]) + t * (f.y(idx[k + 1]) - f.y(idx[k]));
      }
    }
    return Float.NaN;
  }

  private float lipLines(float x, float y) {
    float lo = f.y(51) + 0.06f;
    float hi = lo + 0.55f;
    if (y < lo || y > hi) {
      return 0;
    }
    float t = (x + 0.1f * phase) / 0.28f;
    float d = (t - Math.round(t)) * 0.28f;
    float along = FaceFrame.smooth((y - lo) / 0.1f) * (1 - (y - lo) / (hi - lo));
    float broken = Noise.value(Math.round(t) * 3.3f, 1.7f, seed + 2);
    return furrow(d, 0.05f) * along * broken;
  }

  /** A furrow along a polyline of CURVE points, fading at both ends. */
  private static float curve(float[] pts, float x, float y, float w) {
    float bestD2 = Float.MAX_VALUE;
    float bestSide = 1;
    float bestT = 0;
    for (int k = 0; k + 1 < CURVE; k++) {
      float ax = pts[2 * k];
      float ay = pts[2 * k + 1];
      float dx = pts[2 * k + 2] - ax;
      float dy = pts[2 * k + 3] - ay;
      float len2 = dx * dx + dy * dy;
      float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      float cx = ax + t * dx - x;
      float cy = ay + t * dy - y;
      float d2 = cx * cx + cy * cy;
      if (d2 < bestD2) {
        bestD2 = d2;
        bestSide = dx * (y - ay) - dy * (x - ax) >= 0 ? 1 : -1;
        bestT = (k + t) / (CURVE - 1f);
      }
    }
    // A crease, widest along its middle and fading in from the nose wing (widest at the nose, a
    // uniform dark band under the nostrils read as a moustache).
    float fade = FaceFrame.smooth(bestT / 0.3f) * FaceFrame.smooth((1 - bestT) / 0.3f);
    float width = w * (0.7f + 0.5f * (float) Math.sin(Math.PI * bestT));
    return furrow(bestSide * (float) Math.sqrt(bestD2), width) * fade;
  }

  private static float segment(float[] p, float x, float y, float w) {
    float[] st = distance(x, y, p[0], p[1], p[2], p[3]);
    float fade = FaceFrame.smooth(st[2] / 0.2f) * FaceFrame.smooth((1 - st[2]) / 0.4f);
    return furrow(st[0] * st[1], w) * fade;
  }

  /** {distance, side (+1 / -1, the sign of the cross product), parameter t} of a point to a segment. */
  private static float[] distance(float px, float py, float ax, float ay, float bx, float by) {
    float dx = bx - ax;
    float dy = by - ay;
    float len2 = dx * dx + dy * dy;
    float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    float cx = ax + t * dx - px;
    float cy = ay + t * dy - py;
    float side = dx * (py - ay) - dy * (px - ax) >= 0 ? 1 : -1;
    return new float[] {(float) Math.sqrt(cx * cx + cy * cy), side, t};
  }
}
