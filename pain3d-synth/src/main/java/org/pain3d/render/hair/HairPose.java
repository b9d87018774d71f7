package org.pain3d.render.hair;

/**
 * Which way the hair hangs: upright (gravity along -y of the head frame) or lying on a pillow
 * (gravity along -z, towards the back of the head, where the pillow is).
 *
 * @param lying whether the head lies on a pillow
 * @param pillowSinkCm how deep the head sinks into the pillow, cm, 0..6 (0 when upright)
 */
public record HairPose(boolean lying, double pillowSinkCm) {
  /** The head upright: hair falls along -y. */
  public static final HairPose UPRIGHT = new HairPose(false, 0);

  /** Validates the sink. */
  public HairPose {
    if (!(pillowSinkCm >= 0 && pillowSinkCm <= 6) || !lying && pillowSinkCm != 0) {
      throw new IllegalArgumentException("pillow sink out of [0, 6] cm, or given upright: " + pillowSinkCm);
    }
  }

  /**
   * @param sinkCm how deep the head sinks into the pillow, cm, 0..6
   * @return lying on a pillow
   */
  public static HairPose onPillow(double sinkCm) {
    return new HairPose(true, sinkCm);
  }
}
