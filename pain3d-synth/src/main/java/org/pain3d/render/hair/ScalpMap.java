package org.pain3d.render.hair;

import org.pain3d.render.Noise;
import org.pain3d.render.look.FaceFrame;

/**
 * Where a style's hair grows on one neutral head, and the head-centred coordinates of its
 * strand texture.
 *
 * <p>The head centre sits on the midline, 1.5 cm above the eyes, halfway between the face's
 * front and the back of the head. A point's azimuth is measured around the vertical axis
 * through it (0 towards the face, +-180 at the back). The hairline is a height per azimuth:
 * the forehead hairline {@link HairLook#hairlineCm()} above the brows in front, a little
 * lower at the temples, down to the middle of the ear in front of it (sideburns), over the
 * ear 1 cm above the brows, and down to the nape (3 cm under the nose) behind it. A
 * receding style raises the front and, more, the temples. Coverage rises from 0 to 1 over
 * about half a centimetre above that line, with a ragged edge. Immutable; thread-safe.
 */
public final class ScalpMap {
  private static final double[] AZ = {0, 30, 50, 68, 80, 118, 135, 180};
  private final double[] heights = new double[AZ.length];
  private final float cx;
  private final float cy;
  private final float cz;
  private final float radius;
  private final long seed;
  private final boolean crownThin;

  /**
   * @param frame the head's landmarks
   * @param back the z of the back of the head, world cm
   * @param look the hair look (style and hairline)
   */
  public ScalpMap(FaceFrame frame, float back, HairLook look) {
    float eyes = 0.25f * (frame.y(36) + frame.y(39) + frame.y(42) + frame.y(45));
    float front = Math.max(frame.z(27), frame.z(21));
    this.cx = 0;
    this.cy = eyes + 1.5f;
    this.cz = 0.5f * (front + back);
    this.radius = 0.5f * (front - back);
    this.seed = look.seed();
    double by = frame.browY();
    double hairline = by + look.hairlineCm();
    boolean receding = look.style() == HairStyle.RECEDING;
    double recess = receding ? 2.0 : 0;
    heights[0] = hairline + recess;
    heights[1] = hairline - 0.5 + (receding ? 3.2 : 0);
    heights[2] = by + 2.2 + (receding ? 2.0 : 0);
    heights[3] = 0.5 * (frame.y(0) + frame.y(16)) - 1.0;
    heights[4] = by + 1.0;
    heights[5] = by + 1.0;
    heights[6] = frame.y(33) - 1.0;
    heights[7] = frame.y(33) - 3.0;
    this.crownThin = receding;
  }

  /**
   * The azimuth of a point around the head's vertical axis, degrees: 0 in front, +90 at the
   * subject's left, +-180 at the back.
   */
  public double azimuthDeg(float x, float z) {
    return Math.toDegrees(Math.atan2(x - cx, z - cz));
  }

  /** @return the hairline height at an azimuth (degrees), world cm */
  public double hairline(double azDeg) {
    double a = Math.min(180, Math.abs(azDeg));
    for (int k = 0; k + 1 < AZ.length; k++) {
      if (a <= AZ[k + 1]) {
        double t = (a - AZ[k]) / (AZ[k + 1] - AZ[k]);
        t = t * t * (3 - 2 * t);
        return heights[k] + t * (heights[k + 1] - heights[k]);
      }
    }
    return heights[AZ.length - 1];
  }

  /**
   * How far a scalp point is inside the hair, in units of the hairline's edge width (0.7 cm
   * in front, 0.45 cm elsewhere) with a ragged offset: negative below the hairline, 0 on it,
   * 1 where the hair is full; a receding style's thinning crown caps it lower. Unclamped, so
   * that it can be interpolated across a triangle and turned into coverage per sample with
   * {@link #coverage(float)} (a sharp hairline even where the mesh is coarse).
   *
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @return the growth value
   */
  public float growth(float x, float y, float z) {
    double az = azimuthDeg(x, z);
    double edge = Math.abs(az) < 60 ? 0.7 : 0.45;
    float rag = 0.35f * (Noise.value(x * 4.5f, z * 4.5f + y * 2f, seed + 5) - 0.5f);
    float g = (float) ((y - hairline(az)) / edge) + rag;
    if (crownThin) {
      float top = (float) ((y - cy) / radius);
      g = Math.min(g, 1 - 0.75f * FaceFrame.smooth((top - 0.55f) / 0.2f));
    }
    return g;
  }

  /**
   * @param growth a growth value ({@link #growth})
   * @return the hair coverage, 0..1
   */
  public static float coverage(float growth) {
    return FaceFrame.smooth(growth);
  }

  /**
   * Strand texture coordinates of a point: u around the head (cm of arc at the head
   * radius), v down from the crown (cm of arc), so strands run along v.
   *
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @param out receives u, v
   */
  public void strandCoordinates(float x, float y, float z, float[] out) {
    float dx = x - cx;
    float dy = y - cy;
    float dz = z - cz;
    double horizontal = Math.sqrt(dx * dx + dz * dz);
    double elevation = Math.atan2(dy, horizontal);
    out[0] = (float) (Math.atan2(dx, dz) * radius);
    out[1] = (float) ((Math.PI / 2 - elevation) * radius);
  }

  /**
   * The downward strand direction at a point: away from the crown, along the surface with
   * normal n.
   *
   * @param p point, world cm, shape [3]
   * @param n unit surface normal, shape [3]
   * @param out receives the unit tangent, shape [3]
   */
  public void strandDirection(float[] p, float[] n, float[] out) {
    float ax = p[0] - cx;
    float ay = p[1] - (cy + radius);
    float az = p[2] - cz;
    float d = ax * n[0] + ay * n[1] + az * n[2];
    float tx = ax - d * n[0];
    float ty = ay - d * n[1];
    float tz = az - d * n[2];
    float l = (float) Math.sqrt(tx * tx + ty * ty + tz * tz);
    if (l < 1e-6f) {
      out[0] = 0;
      out[1] = -1;
      out[2] = 0;
      return;
    }
    out[0] = tx / l;
    out[1] = ty / l;
    out[2] = tz / l;
  }

  /** @return the head centre, world cm, shape [3] */
  public float[] centre() {
    return new float[] {cx, cy, cz};
  }

  /** @return the head radius (front to back half-length), cm */
  public float radius() {
    return radius;
  }
}
