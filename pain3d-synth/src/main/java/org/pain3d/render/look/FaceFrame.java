package org.pain3d.render.look;

/**
 * Facial regions of one neutral ICT-FaceKit head, placed from its 68 landmarks and evaluated
 * at any 3D point (world cm) in a frontal x-y projection: cheeks, nose, under-eye, upper
 * eyelid, forehead, the moustache and the chin (the beard area with its graded edges is
 * {@link org.pain3d.render.hair.BeardDensity}). Weights are in [0, 1]
 * with soft borders; points behind the face (farther back than the jaw's ear end by a
 * margin) weigh 0. Immutable; thread-safe.
 *
 * <p>Landmarks use the Multi-PIE order (0..16 jaw from the subject's right ear, 17..26
 * brows, 27..35 nose, 36..47 eyes, 48..67 mouth); the subject's right is -x.
 */
public final class FaceFrame {
  /** Height of the moustache at the mouth corners, cm. */
  static final float MOUSTACHE_END_CM = 0.8f;
  /** Width of the moustache's faded ends, cm. */
  static final float MOUSTACHE_FADE_CM = 0.8f;
  /** How far the moustache's ends reach past the mouth corners, cm. */
  static final float MOUSTACHE_PAST_CORNER_CM = 0.1f;
  private final float[] lx = new float[68];
  private final float[] ly = new float[68];
  private final float[] lz = new float[68];
  private final float backZ;
  private final float browY;
  private final float[] cheek = new float[4];
  private final float[] underEye = new float[4];

  /**
   * @param positions neutral positions, world cm, shape [n * 3] (ICT-FaceKit topology)
   * @param landmarks the 68 landmark vertex indices
   */
  public FaceFrame(float[] positions, int[] landmarks) {
    if (landmarks.length != 68) {
      throw new IllegalArgumentException("need 68 landmarks, got " + landmarks.length);
    }
    for (int i = 0; i < 68; i++) {
      int v = 3 * landmarks[i];
      lx[i] = positions[v];
      ly[i] = positions[v + 1];
      lz[i] = positions[v + 2];
    }
    backZ = 0.5f * (lz[0] + lz[16]) - 2.5f;
    float b = 0;
    for (int i = 17; i <= 26; i++) {
      b += ly[i];
    }
    browY = b / 10;
    for (int s = 0; s < 2; s++) {
      int lid = s == 0 ? 41 : 46;
      int lid2 = s == 0 ? 40 : 47;
      int corner = s == 0 ? 48 : 54;
      int alar = s == 0 ? 31 : 35;
      float sign = s == 0 ? -1 : 1;
      cheek[2 * s] = 0.5f * (lx[lid] + lx[corner]) + 0.6f * sign;
      cheek[2 * s + 1] = 0.5f * (ly[lid] + ly[alar]) - 0.3f;
      underEye[2 * s] = 0.5f * (lx[lid] + lx[lid2]);
      underEye[2 * s + 1] = 0.5f * (ly[lid] + ly[lid2]) - 0.5f;
    }
  }

  /** @return landmark i's x, world cm */
  public float x(int i) {
    return lx[i];
  }

  /** @return landmark i's y, world cm */
  public float y(int i) {
    return ly[i];
  }

  /** @return landmark i's z, world cm */
  public float z(int i) {
    return lz[i];
  }

  /** @return the mean height of the ten brow landmarks, world cm */
  public float browY() {
    return browY;
  }

  /** @return whether a point is on the front of the head (not behind the ears) */
  public boolean front(float z) {
    return z > backZ;
  }

  /**
   * @return whether a point is in the face's box: in front of the ears, between them (plus
   *     1 cm), from 3.5 cm under the chin to 5 cm above the brows; every region of this
   *     class is 0 outside it
   */
  public boolean inFace(float x, float y, float z) {
    return z > backZ && x > lx[0] - 1 && x < lx[16] + 1 && y > ly[8] - 3.5f && y < browY + 5;
  }

  /** Cheek apples: Gaussians of 1.3 cm around points between the lower lid and the mouth corner. */
  public float cheek(float x, float y, float z) {
    if (z < backZ) {
      return 0;
    }
    return Math.max(gauss(x - cheek[0], y - cheek[1], 1.3f, 1.3f), gauss(x - cheek[2], y - cheek[3], 1.3f, 1.3f));
  }

  /** The nose: tip and wings. */
  public float nose(float x, float y, float z) {
    if (z < lz[31] - 1.5f) {
      return 0;
    }
    float tip = gauss(x - lx[30], y - ly[30], 0.7f, 0.8f);
    float wings = Math.max(gauss(x - lx[31], y - ly[31], 0.45f, 0.4f), gauss(x - lx[35], y - ly[35], 0.45f, 0.4f));
    return Math.max(tip, 0.8f * wings);
  }

  /** Below the lower eyelids: ellipses 0.9 x 0.35 cm half a centimetre under the lid. */
  public float underEye(float x, float y, float z) {
    if (z < backZ) {
      return 0;
    }
    return Math.max(gauss(x - underEye[0], y - underEye[1], 0.9f, 0.35f),
        gauss(x - underEye[2], y - underEye[3], 0.9f, 0.35f));
  }

  /**
   * The band just above the upper eyelid margin (landmarks 36-39 and 42-45): 1 on the
   * margin, falling to 0 at {@code widthCm} above it; 0 below the margin.
   */
  public float upperLid(float x, float y, float z, float widthCm) {
    if (z < backZ || y < Math.min(ly[36], ly[45]) - 0.2f || y > browY) {
      return 0;
    }
    float best = 0;
    for (int s = 0; s < 2; s++) {
      int a = s == 0 ? 36 : 42;
      float lo = Math.min(lx[a], lx[a + 3]) - 0.3f;
      float hi = Math.max(lx[a], lx[a + 3]) + 0.3f;
      if (x < lo || x > hi) {
        continue;
      }
      float margin = polylineY(x, a, a + 1, a + 2, a + 3);
      float d = y - margin;
      if (d >= -0.03f) {
        float end = Math.min(x - lo, hi - x) / 0.3f;
        best = Math.max(best, smooth(1 - d / widthCm) * smooth(end));
      }
    }
    return best;
  }

  /** Height of the polyline through four landmarks at x (clamped at its ends). */
  private float polylineY(float x, int... idx) {
    for (int k = 0; k + 1 < idx.length; k++) {
      float x0 = lx[idx[k]];
      float x1 = lx[idx[k + 1]];
      if ((x - x0) * (x - x1) <= 0 && x0 != x1) {
        float t = (x - x0) / (x1 - x0);
        return ly[idx[k]] + t * (ly[idx[k + 1]] - ly[idx[k]]);
      }
    }
    float a = lx[idx[0]];
    return Math.abs(x - a) < Math.abs(x - lx[idx[idx.length - 1]]) ? ly[idx[0]] : ly[idx[idx.length - 1]];
  }

  /** The forehead: above the brows by more than 0.8 cm, between the temples. */
  public float forehead(float x, float y, float z) {
    if (z < backZ) {
      return 0;
    }
    float half = 0.5f * (lx[26] - lx[17]) + 0.5f;
    return smooth((y - browY - 0.8f) / 0.6f) * smooth((half - Math.abs(x)) / 1.0f);
  }

  /**
   * The moustache: from under the nose down to the upper lip's outline (landmarks 48-54), its
   * upper edge level between the nose wings and then falling so that the ends taper to
   * {@value #MOUSTACHE_END_CM} cm at the mouth corners; the ends fade out over
   * {@value #MOUSTACHE_FADE_CM} cm and stop {@value #MOUSTACHE_PAST_CORNER_CM} cm past the
   * corners, never below them. (Earlier a box whose ends drooped 0.45 cm below the corners: at
   * 512 px a dark, square-cornered horseshoe around the mouth; docs/faces.md, fifth pass.)
   */
  public float moustache(float x, float y, float z) {
    float ax = Math.abs(x);
    float corner = 0.5f * (lx[54] - lx[48]);
    float cornerY = 0.5f * (ly[48] + ly[54]);
    float end = corner + MOUSTACHE_PAST_CORNER_CM;
    float under = ly[33] - 0.1f;
    if (z < lz[48] - 1.5f || ax > end || y > under || y < cornerY) {
      return 0;
    }
    float wing = Math.min(0.5f * Math.abs(lx[35] - lx[31]), corner - 0.1f);
    float top = under - smooth((ax - wing) / (end - wing)) * Math.max(0, under - cornerY - MOUSTACHE_END_CM);
    float bottom = Math.max(cornerY + 0.1f, polylineY(x, 48, 49, 50, 51, 52, 53, 54)) + 0.05f;
    return smooth((end - ax) / MOUSTACHE_FADE_CM) * smooth((top - y) / 0.2f) * smooth((y - bottom) / 0.12f);
  }

  /** The chin tuft of a goatee: under the lower lip, 1.7 cm either side of the midline. */
  public float chin(float x, float y, float z) {
    if (z < lz[8] - 2f) {
      return 0;
    }
    return smooth((1.7f - Math.abs(x)) / 0.5f) * smooth((ly[57] - 0.05f - y) / 0.2f) * smooth((y - ly[8] + 0.9f) / 0.4f);
  }

  private static float gauss(float dx, float dy, float sx, float sy) {
    float e = (dx * dx) / (sx * sx) + (dy * dy) / (sy * sy);
    return e > 9 ? 0 : (float) Math.exp(-0.5 * e);
  }

  /**
   * Smoothstep of a clamped argument.
   *
   * @param t the argument
   * @return {@code 3c^2 - 2c^3} of {@code c = clamp(t, 0, 1)}
   */
  public static float smooth(float t) {
    float c = Math.max(0, Math.min(1, t));
    return c * c * (3 - 2 * c);
  }
}
