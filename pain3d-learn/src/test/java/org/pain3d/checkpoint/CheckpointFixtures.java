package org.pain3d.checkpoint;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The checkpoint fixtures of src/test/python/make_vitpain_ckpt.py (under {@code
 * /org/pain3d/checkpoint/}) and the comparison the parity tests use.
 */
public final class CheckpointFixtures {
  private CheckpointFixtures() {}

  /**
   * A fixture file.
   *
   * @param name its file name
   * @return its path
   * @throws IllegalStateException when it is not on the test class path
   */
  public static Path resource(String name) {
    try {
      return Path.of(CheckpointFixtures.class.getResource("/org/pain3d/checkpoint/" + name)
          .toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("fixture " + name + " not found", e);
    }
  }

  /**
   * The largest absolute difference of two arrays of the same length.
   *
   * @param a values
   * @param b reference values
   * @return {@code max |a - b|}
   * @throws IllegalArgumentException when the lengths differ
   */
  public static double maxAbs(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("lengths " + a.length + " and " + b.length);
    }
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d = Math.max(d, Math.abs(a[i] - b[i]));
    }
    return d;
  }
}
