package org.pain3d.render.hair;

/**
 * The light hair is shaded with: an ambient term and directional lights, linear RGB, world
 * frame (directions point towards the lights, unit length).
 *
 * @param ambient ambient light, linear RGB, shape [3]
 * @param directions unit directions towards each light, shape [lights * 3]
 * @param colours each light's linear RGB intensity, shape [lights * 3]
 */
public record HairLight(float[] ambient, float[] directions, float[] colours) {
  /** Validates shapes. */
  public HairLight {
    if (ambient.length != 3 || directions.length != colours.length || directions.length % 3 != 0) {
      throw new IllegalArgumentException("hair light arrays have wrong shapes");
    }
  }

  /**
   * One white directional light and a grey ambient term.
   *
   * @param direction unit direction towards the light, world frame, shape [3]
   * @param ambient ambient strength
   * @param diffuse light strength
   * @return the light
   */
  public static HairLight single(double[] direction, double ambient, double diffuse) {
    float a = (float) ambient;
    float d = (float) diffuse;
    return new HairLight(new float[] {a, a, a},
        new float[] {(float) direction[0], (float) direction[1], (float) direction[2]}, new float[] {d, d, d});
  }

  /** @return the number of directional lights */
  public int count() {
    return directions.length / 3;
  }
}
