package org.pain3d.render.hair;

import org.pain3d.render.FaceRegions;
import org.pain3d.render.Noise;
import org.pain3d.render.look.FaceFrame;

/**
 * How densely facial hair grows at a point of one neutral head, 0..1, per style: the beard
 * area with density-graded edges, the moustache and the chin tuft (lips excluded). Evaluated
 * at any 3D point (world cm) in a frontal x-y projection, like {@link FaceFrame}'s regions.
 *
 * <p>The beard's upper edge follows the cheek line: from the bottom of the sideburn in front
 * of the ear it sags across the cheek (its lowest point about a centimetre above the mouth
 * corner's height) to the mouth corner, then runs under the nose. Density rises from 0 on that
 * line to full {@link #CHEEK_RAMP_CM} below it (real beards thin out towards the cheek; the
 * line itself wanders by up to {@link #JITTER_CM} with smooth noise), so there is no hard
 * edge to read as a painted patch. Below, the neck line runs from under the jaw's angle to
 * {@code 2.5} cm under the chin (the line's lower edge; full density {@link #NECK_RAMP_CM} above it), and towards the ear the
 * density fades over 1.5 cm of depth. Immutable; thread-safe.
 */
public final class BeardDensity {
  /**
   * Added to the look seed (skin and hair share it) for the line's wander, so that the stubble
   * painted in the skin and the beard drawn over it follow the same line.
   */
  public static final long SEED_OFFSET = 21;
  /** Width of the graded upper (cheek) edge, cm. */
  static final float CHEEK_RAMP_CM = 2.0f;
  /** Width of the graded neck edge, cm. */
  static final float NECK_RAMP_CM = 1.5f;
  /** Largest wander of the cheek line, cm. */
  static final float JITTER_CM = 0.45f;
  private final FaceFrame f;
  private final FaceRegions regions;
  private final long seed;
  /** Per side (0: subject's right, -x; 1: left): |x| and y of the cheek line's four points. */
  private final float[][] line = new float[2][8];
  private final float[] neckAngle = new float[4];
  private final float backZ;

  /**
   * @param frame the head's landmarks
   * @param regions the head's lip region (excluded)
   * @param seed seed of the line's wander
   */
  public BeardDensity(FaceFrame frame, FaceRegions regions, long seed) {
    this.f = frame;
    this.regions = regions;
    this.seed = seed;
    for (int s = 0; s < 2; s++) {
      int ear = s == 0 ? 1 : 15;
      int top = s == 0 ? 0 : 16;
      int jaw = s == 0 ? 3 : 13;
      int corner = s == 0 ? 48 : 54;
      float[] l = line[s];
      // Sideburn bottom, in front of the ear, a little below the ear's top landmark.
      l[0] = Math.abs(frame.x(ear)) - 0.5f;
      l[1] = frame.y(top) - 0.9f;
      // The sag over the cheek: about a centimetre above the mouth corner.
      l[2] = 0.6f * Math.abs(frame.x(jaw)) + 0.4f * Math.abs(frame.x(corner));
      l[3] = frame.y(corner) + 0.9f;
      l[4] = Math.abs(frame.x(corner)) + 0.2f;
      l[5] = frame.y(corner) + 0.55f;
      l[6] = 0;
      l[7] = frame.y(33) - 0.12f;
      // Under the jaw's angle: the neck line's outer end.
      neckAngle[2 * s] = Math.abs(frame.x(s == 0 ? 4 : 12));
      neckAngle[2 * s + 1] = frame.y(s == 0 ? 5 : 11) - 1.5f;
    }
    backZ = 0.5f * (frame.z(0) + frame.z(16)) - 1.5f;
  }

  /**
   * @param style the facial hair style
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @return the density of that style's hair at the point, 0..1
   */
  public float of(FacialHairStyle style, float x, float y, float z) {
    float area = switch (style) {
      case MOUSTACHE -> f.moustache(x, y, z);
      case GOATEE -> Math.max(f.moustache(x, y, z), f.chin(x, y, z));
      case SHORT_BEARD, FULL_BEARD -> Math.max(beard(x, y, z), f.moustache(x, y, z));
      case NONE -> 0f;
    };
    return area <= 0 ? 0 : area * (1 - regions.lip(x, y, z));
  }

  /**
   * The beard area's density (no moustache, lips not excluded): graded below the cheek line,
   * above the neck line, and towards the ear.
   *
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @return the density, 0..1
   */
  public float beard(float x, float y, float z) {
    if (z < backZ - 1.5f || y < f.y(8) - 2.5f - NECK_RAMP_CM) {
      return 0;
    }
    int s = x < 0 ? 0 : 1;
    float ax = Math.abs(x);
    float wander = JITTER_CM * 2 * (Noise.value(x * 1.3f + 17, y * 0.9f, seed) - 0.5f);
    float top = cheekLine(line[s], ax) + wander;
    float cheek = FaceFrame.smooth((top - y) / CHEEK_RAMP_CM);
    if (cheek <= 0) {
      return 0;
    }
    float t = FaceFrame.smooth(ax / neckAngle[2 * s]);
    float bottom = f.y(8) - 2.5f + t * (neckAngle[2 * s + 1] - (f.y(8) - 2.5f));
    float neck = FaceFrame.smooth((y - bottom) / NECK_RAMP_CM);
    float ear = FaceFrame.smooth((z - (backZ - 1.5f)) / 1.5f);
    return cheek * neck * ear;
  }

  /** Height of the cheek line at |x| (points by decreasing |x|), eased between points; falling steeply behind the sideburn (the ear stays bare). */
  private static float cheekLine(float[] l, float ax) {
    if (ax >= l[0]) {
      return l[1] - 3f * (ax - l[0]);
    }
    for (int k = 0; k < 3; k++) {
      float x0 = l[2 * k];
      float x1 = l[2 * k + 2];
      if (ax <= x0 && ax >= x1) {
        float t = x0 == x1 ? 0 : (x0 - ax) / (x0 - x1);
        t = t * t * (3 - 2 * t);
        return l[2 * k + 1] + t * (l[2 * k + 3] - l[2 * k + 1]);
      }
    }
    return l[7];
  }
}
