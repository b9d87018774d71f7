package org.pain3d.motion;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Small involuntary head motion: per axis (yaw, pitch, roll) a sum of slow sinusoids, so the
 * pose is smooth, defined at any time (independent of the frame rate) and has a chosen
 * standard deviation over a long clip.
 *
 * <p>Default spread (scale 1): yaw 1.5, pitch 1.0, roll 0.7 degrees standard deviation, three
 * components per axis at 0.05-0.6 Hz: the sway of a seated person who is not moving on
 * purpose. Scale 0 holds the head still.
 *
 * @param components the sinusoids, each on one axis
 */
public record HeadMotion(@JsonProperty("components") List<Component> components) {
  /** Default standard deviations of yaw, pitch and roll, degrees. */
  static final double[] SPREAD_DEG = {1.5, 1.0, 0.7};
  static final int PER_AXIS = 3;
  static final Range FREQUENCY_HZ = new Range(0.05, 0.6);

  /**
   * One sinusoid.
   *
   * @param axis 0 yaw, 1 pitch, 2 roll
   * @param amplitudeDeg amplitude, degrees
   * @param frequencyHz frequency, Hz
   * @param phase phase, radians
   */
  public record Component(
      @JsonProperty("axis") int axis,
      @JsonProperty("amplitude_deg") double amplitudeDeg,
      @JsonProperty("frequency_hz") double frequencyHz,
      @JsonProperty("phase") double phase) {}

  /** Copies. */
  public HeadMotion {
    components = List.copyOf(components);
  }

  /** @return a head that does not move */
  public static HeadMotion still() {
    return new HeadMotion(List.of());
  }

  /**
   * @param scale multiplier of the default spread, at least 0
   * @param rng the random source
   * @return a random sway
   */
  public static HeadMotion sample(double scale, RandomGenerator rng) {
    List<Component> c = new ArrayList<>();
    for (int axis = 0; axis < 3; axis++) {
      double[] w = new double[PER_AXIS];
      double sum = 0;
      for (int i = 0; i < PER_AXIS; i++) {
        w[i] = rng.nextDouble(0.2, 1.0);
        sum += w[i] * w[i];
      }
      // std of sum a_i sin(...) is sqrt(sum a_i^2 / 2): scale the weights to the spread.
      double k = scale * SPREAD_DEG[axis] * Math.sqrt(2 / sum);
      for (int i = 0; i < PER_AXIS; i++) {
        c.add(new Component(axis, k * w[i], FREQUENCY_HZ.sample(rng), rng.nextDouble(0, 2 * Math.PI)));
      }
    }
    return new HeadMotion(c);
  }

  /**
   * @param t time, s
   * @param out receives yaw, pitch, roll in degrees, shape [3]
   */
  public void pose(double t, double[] out) {
    out[0] = 0;
    out[1] = 0;
    out[2] = 0;
    for (Component c : components) {
      out[c.axis()] += c.amplitudeDeg() * Math.sin(2 * Math.PI * c.frequencyHz() * t + c.phase());
    }
  }
}
