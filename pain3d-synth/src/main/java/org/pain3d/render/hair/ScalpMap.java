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
 * receding style raises the front and, more, the temples. A fringe ({@link HairLook#fringed()})
 * drops the front to {@link HairLook#fringeCm()} above the brows, {@value #FRINGE_ARC_CM} cm higher
 * at 30 degrees, over the outer brows (the hair over the forehead ends there, in strands running
 * down from the crown). Coverage rises from 0 to 1 over about half a centimetre above that line,
 * with a ragged edge.
 *
 * <p>Strands run down from the crown, except on a parted look ({@link HairLook#parted()}): over
 * the front half of the head they run away from a parting, a line from front to back over the top
 * (in the middle for {@value #CENTRE_SHARE} of the looks, else 2.2 to 3.8 cm of arc to one side,
 * seeded by the look), down either side of it; the scalp shows along the parting, and towards the
 * back the strands turn to run from the crown again. The texture's coordinates follow: v is the
 * distance from the parting along the strands, u the position along the parting. Immutable;
 * thread-safe.
 */
public final class ScalpMap {
  private static final double[] AZ = {0, 30, 50, 68, 80, 118, 135, 180};
  private final double[] heights = new double[AZ.length];
  /** The hairline's heights without the fringe (null when there is none), world cm. */
  private final double[] bareHeights;
  private final float cx;
  private final float cy;
  private final float cz;
  private final float radius;
  private final long seed;
  private final boolean crownThin;
  /** The parting's angle from the top around the front-back axis, radians (+ to the subject's left); NaN: none. */
  private final float part;

  /** How much higher a fringe ends at 30 degrees of azimuth (over the outer brows) than in front, cm. */
  static final double FRINGE_ARC_CM = 0.3;
  /** Share of parted looks parted in the middle. */
  static final double CENTRE_SHARE = 0.3;
  /** Half-width of the sparse hair along the parting, cm (beyond it the hair fills in over PART_EDGE_CM). */
  static final float PART_HALF_CM = 0.06f;
  private static final float PART_EDGE_CM = 0.15f;
  /** The growth along the parting: a sparse {@code coverage(0.25)}, about a sixth of the strands. */
  private static final float PART_FLOOR = 0.25f;

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
    if (look.fringed()) {
      bareHeights = heights.clone();
      heights[0] = by + look.fringeCm();
      heights[1] = by + look.fringeCm() + FRINGE_ARC_CM;
    } else {
      bareHeights = null;
    }
    this.crownThin = receding;
    this.part = look.parted() ? partAngle(look.seed(), radius) : Float.NaN;
  }

  /**
   * @return the parting's angle from the top for a look seed: 0 (in the middle) for {@value
   *     #CENTRE_SHARE} of the seeds, else 2.2 to 3.8 cm of arc to the subject's left or right
   */
  static float partAngle(long seed, float radius) {
    return partOffsetCm(seed) / radius;
  }

  /**
   * @return the parting's distance from the midline for a look seed, cm of arc over the top of the
   *     head, + to the subject's left: 0 for {@value #CENTRE_SHARE} of the seeds, else 2.2 to 3.8
   */
  static float partOffsetCm(long seed) {
    if (Noise.hash(3, 11, seed) < CENTRE_SHARE) {
      return 0;
    }
    float side = Noise.hash(4, 11, seed) < 0.5f ? -1 : 1;
    return side * (2.2f + 1.6f * Noise.hash(5, 11, seed));
  }

  /**
   * Where a look's hair is parted (for the annotations).
   *
   * @param look the hair look
   * @return the parting's distance from the midline, cm of arc, + to the subject's left; NaN when
   *     the look is not parted
   */
  public static double partingCm(HairLook look) {
    return look.parted() ? partOffsetCm(look.seed()) : Double.NaN;
  }

  /** @return whether the strands run from a parting over the front of the head */
  public boolean parted() {
    return !Float.isNaN(part);
  }

  /**
   * How much a point's strands follow the parting rather than the crown: 1 over the front half of
   * the head, 0 behind its middle, a smooth turn between.
   */
  private float partWeight(float dz) {
    return parted() ? FaceFrame.smooth((dz / radius + 0.1f) / 0.5f) : 0;
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
    return hairline(heights, azDeg);
  }

  private static double hairline(double[] at, double azDeg) {
    double a = Math.min(180, Math.abs(azDeg));
    for (int k = 0; k + 1 < AZ.length; k++) {
      if (a <= AZ[k + 1]) {
        double t = (a - AZ[k]) / (AZ[k + 1] - AZ[k]);
        t = t * t * (3 - 2 * t);
        return at[k] + t * (at[k + 1] - at[k]);
      }
    }
    return at[AZ.length - 1];
  }

  /**
   * How much a point lies under a fringe ({@link CapShell} lifts the fringe off the forehead by
   * this share of {@link CapShell#FRINGE_LIFT_CM}): 1 on the forehead a centimetre or more under
   * the hairline the look would have without its fringe, 0 at and above that hairline and from the
   * temples back (beyond 55 degrees of azimuth), smooth between; 0 everywhere on a look without a
   * fringe.
   *
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @return the share, 0..1
   */
  public float fringe(float x, float y, float z) {
    if (bareHeights == null) {
      return 0;
    }
    double az = azimuthDeg(x, z);
    float below = (float) (hairline(bareHeights, az) - y);
    return FaceFrame.smooth(below / FRINGE_BLEND_CM) * FaceFrame.smooth((float) (55 - Math.abs(az)) / 10f);
  }

  /** Over how far under the bare hairline a fringe's lift comes in, cm ({@link #fringe}). */
  private static final float FRINGE_BLEND_CM = 1f;

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
    float rag = 0.35f * (Noise.value(x * 4.5f, z * 4.5f + y * 2f, seed + 5) - 0.5f);
    float g = baseGrowth(x, y, z, rag);
    float w = partWeight(z - cz);
    if (w > 0 && y > cy) {
      // The scalp shows through sparse hair along the parting (growth PART_FLOOR within PART_HALF_CM of
      // it, full PART_EDGE_CM further): a bare line, interpolated across the scalp's triangles, was a
      // wedge of skin as wide as a triangle.
      g = Math.min(g, Math.max(PART_FLOOR, (fromPart(x, y) - PART_HALF_CM) / PART_EDGE_CM) + (1 - w) * 10);
    }
    return g;
  }

  /**
   * The growth value that sets how high the hair stands over a point ({@link CapShell}): {@link
   * #growth} without the hairline's ragged offset, and along a parting not the bare line but a
   * dip of the hair's height to {@value #PART_DIP_GROWTH} growth units (about 0.4 of its volume),
   * back to full over about half a centimetre either side. Continuous, with a bounded slope, so
   * that the cap's refinement ends; the ragged edge and the parting's line are the coverage's.
   *
   * @param x world x, cm
   * @param y world y, cm
   * @param z world z, cm
   * @return the growth value for the hair's height
   */
  public float volumeGrowth(float x, float y, float z) {
    float g = baseGrowth(x, y, z, 0);
    float w = partWeight(z - cz);
    if (w > 0 && y > cy) {
      g = Math.min(g, PART_DIP_GROWTH + fromPart(x, y) / PART_DIP_CM + (1 - w) * 10);
    }
    return g;
  }

  /** The growth at the parting's dip in the hair's height ({@link #volumeGrowth}). */
  static final float PART_DIP_GROWTH = 1.9f;
  /** Distance from the parting per growth unit of the dip's sides, cm. */
  private static final float PART_DIP_CM = 0.3f;

  /** Growth from the hairline, plus a ragged offset, capped on a receding style's thinning crown. */
  private float baseGrowth(float x, float y, float z, float rag) {
    double az = azimuthDeg(x, z);
    double edge = Math.abs(az) < 60 ? 0.7 : 0.45;
    float g = (float) ((y - hairline(az)) / edge) + rag;
    if (crownThin) {
      float top = (float) ((y - cy) / radius);
      g = Math.min(g, 1 - 0.75f * FaceFrame.smooth((top - 0.55f) / 0.2f));
    }
    return g;
  }

  /** A point's distance from the parting, cm of arc round the front-back axis. */
  private float fromPart(float x, float y) {
    return Math.abs((float) Math.atan2(x - cx, y - cy) - part) * radius;
  }

  /**
   * @param growth a growth value ({@link #growth})
   * @return the hair coverage, 0..1
   */
  public static float coverage(float growth) {
    return FaceFrame.smooth(growth);
  }

  /**
   * Strand texture coordinates of a point, cm of arc at the head radius, so strands run along v:
   * from the crown, u around the head and v down from the top; from a parting, v away from the
   * parting around the front-back axis and u towards the front, signed by the side (so u agrees
   * with the crown's at the sides, where both run down); blended between by {@link #partWeight}.
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
    float w = partWeight(dz);
    if (w > 0) {
      double around = Math.atan2(dx, dy) - part;
      double side = around < 0 ? -1 : 1;
      double forward = Math.atan2(dz, Math.sqrt(dx * dx + dy * dy));
      out[0] += w * ((float) (side * (Math.PI / 2 - forward) * radius) - out[0]);
      out[1] += w * ((float) (Math.abs(around) * radius) - out[1]);
    }
  }

  /**
   * The downward strand direction at a point: away from the crown (or, on a parted look, from the
   * parting, blended as {@link #strandCoordinates}), along the surface with normal n.
   *
   * @param p point, world cm, shape [3]
   * @param n unit surface normal, shape [3]
   * @param out receives the unit tangent, shape [3]
   */
  public void strandDirection(float[] p, float[] n, float[] out) {
    float ax = p[0] - cx;
    float ay = p[1] - (cy + radius);
    float az = p[2] - cz;
    float w = partWeight(az);
    if (w > 0) {
      // From the crown (normalised), turned towards the circle round the front-back axis away from the parting.
      float l = (float) Math.sqrt(ax * ax + ay * ay + az * az);
      // ax is also the offset from the head's axis in x; dy the height above the centre.
      float dy = p[1] - cy;
      float around = (float) Math.atan2(ax, dy) - part;
      float side = around < 0 ? -1 : 1;
      float r = (float) Math.sqrt(ax * ax + dy * dy);
      float px = r > 1e-6f ? side * dy / r : 0;
      float py = r > 1e-6f ? -side * ax / r : -1;
      ax = (1 - w) * ax / l + w * px;
      ay = (1 - w) * ay / l + w * py;
      az = (1 - w) * az / l;
    }
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
