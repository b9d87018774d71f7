package org.pain3d.render.look;

import org.pain3d.render.Noise;

/**
 * Hair-like eyebrows along a line through five points from the head to the tail of each brow,
 * at the x of the brow landmarks (17-21, 22-26) and at the height of the brow's upper edge: the
 * landmarks' height, or ({@link BrowLook#photoPlaced()}) that height lowered by as much as
 * ICT-FaceKit's mean face's brow landmarks stand above real photographs' mean brow ({@link
 * #ICT_TOP} less {@link #PHOTO_TOP}), so that the mean face's brows sit where photographs have
 * them and every identity keeps its own brow height (the shape's sex and age differences, the
 * ageing's lower lateral brows). The band lies below that line, widest at the head and tapering
 * to the tail, arched by {@link BrowLook#arch()}; inside it, strands whose direction turns from
 * upwards at the head to sideways along the tail, sparse where the density is low, and a ragged
 * edge. Immutable; thread-safe.
 */
final class Brows {
  /**
   * Height of the brow's upper edge above its eye (the mean height of the eye's inner and outer
   * canthus), in units of the outer canthal width (ex-ex, landmarks 36 to 45), at the five
   * points from the head (medial, landmark 21 or 22) to the tail (17 or 26): the mean 68-point
   * landmark shape of real photographs (the iBUG 300-W scheme, whose brow points trace the
   * brow's upper edge; as OpenFace's alignment template gives it, the two sides averaged).
   */
  static final float[] PHOTO_TOP = {0.190f, 0.248f, 0.271f, 0.250f, 0.168f};
  /**
   * The same heights for the brow landmarks of ICT-FaceKit's mean face (identity weights 0): 0.040
   * to 0.098 of the width higher than {@link #PHOTO_TOP} (0.36-0.87 cm; the head most, so the
   * brow rises little from its head and falls far to its tail), and a brow drawn on them read as
   * raised: surprised or sad.
   */
  static final float[] ICT_TOP = {0.2878f, 0.3195f, 0.3266f, 0.2954f, 0.2082f};

  private final float[][] line = new float[2][10];
  private final float[][] box = new float[2][4];
  private final float thickness;
  private final float density;
  private final float minZ;
  private final long seed;

  Brows(FaceFrame f, BrowLook look, long seed) {
    this.thickness = (float) look.thickness();
    this.density = (float) look.density();
    this.seed = seed;
    float z = Float.MAX_VALUE;
    float span = (float) Math.hypot(f.x(45) - f.x(36), f.y(45) - f.y(36));
    for (int s = 0; s < 2; s++) {
      // From the head (medial, k = 0) to the tail (lateral, k = 4).
      for (int k = 0; k < 5; k++) {
        int i = s == 0 ? 21 - k : 22 + k;
        float t = k / 4f;
        float arch = (float) (look.arch() * Math.sin(Math.PI * Math.min(1, t * 1.15)));
        float top = look.photoPlaced() ? f.y(i) - (ICT_TOP[k] - PHOTO_TOP[k]) * span : f.y(i);
        line[s][2 * k] = f.x(i);
        line[s][2 * k + 1] = top - (float) look.dropCm() + arch - 0.12f * t * t;
        z = Math.min(z, f.z(i));
      }
      float[] b = box[s];
      b[0] = Float.MAX_VALUE;
      b[1] = Float.MAX_VALUE;
      b[2] = -Float.MAX_VALUE;
      b[3] = -Float.MAX_VALUE;
      for (int k = 0; k < 5; k++) {
        b[0] = Math.min(b[0], line[s][2 * k]);
        b[1] = Math.min(b[1], line[s][2 * k + 1]);
        b[2] = Math.max(b[2], line[s][2 * k]);
        b[3] = Math.max(b[3], line[s][2 * k + 1]);
      }
      float m = 0.6f * thickness + 0.1f;
      b[0] -= m;
      b[1] -= m;
      b[2] += m;
      b[3] += m;
    }
    this.minZ = z - 1.5f;
  }

  /**
   * Hair coverage at a point.
   *
   * @return opacity of brow hair in [0, 1]
   */
  float coverage(float x, float y, float z) {
    if (z < minZ) {
      return 0;
    }
    int s = x < 0 ? 0 : 1;
    float[] b = box[s];
    if (x < b[0] || y < b[1] || x > b[2] || y > b[3]) {
      return 0;
    }
    float[] l = line[s];
    float best = Float.MAX_VALUE;
    float bestT = 0;
    float signed = 0;
    for (int k = 0; k < 4; k++) {
      float ax = l[2 * k];
      float ay = l[2 * k + 1];
      float dx = l[2 * k + 2] - ax;
      float dy = l[2 * k + 3] - ay;
      float len2 = dx * dx + dy * dy;
      float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      float cx = x - (ax + t * dx);
      float cy = y - (ay + t * dy);
      float d = (float) Math.sqrt(cx * cx + cy * cy);
      if (d < best) {
        best = d;
        bestT = (k + t) / 4f;
        signed = cy;
      }
    }
    // Half-width: 0.3 cm at the head, 0.24 in the middle, 0.07 at the tail (times thickness).
    float half = thickness * (bestT < 0.3f ? 0.3f - 0.2f * bestT : 0.24f - 0.24f * (bestT - 0.3f));
    // Hairs grow upward at the head, along the brow at the tail.
    float ang = (float) Math.toRadians(80 - 80 * FaceFrame.smooth(bestT / 0.35f) - 8 * bestT);
    float ca = (float) Math.cos(ang);
    float sa = (float) Math.sin(ang);
    float along = x * ca * (s == 0 ? -1 : 1) + y * sa;
    float across = -x * sa * (s == 0 ? -1 : 1) + y * ca;
    float strand = Noise.value(across * 38, along * 7, seed);
    float edge = (Noise.value(x * 24, y * 24, seed + 1) - 0.5f) * 0.08f;
    float inside = FaceFrame.smooth((half + edge - best + 0.02f * Math.signum(signed)) / 0.09f);
    float ends = FaceFrame.smooth((bestT + 0.04f) / 0.1f) * FaceFrame.smooth((1.04f - bestT) / 0.12f);
    float hairs = FaceFrame.smooth((strand - 0.85f * (1 - density)) / 0.3f);
    return Math.min(1, inside * ends * (0.25f + 0.75f * hairs) * (0.55f + 0.4f * density));
  }
}
