package org.pain3d.render.hair;

import org.pain3d.face.EyeLids;

/**
 * How far each upper lid has closed beyond the identity's rest pose, for {@link HairModel#pose}:
 * 0 for a lid at rest (or more open), 1 for a full blink. From the blink weights {@code
 * eyeBlink_L/R}: {@code (w - rest) / (1 - rest)}, clamped to [0, 1], with {@code w} the applied
 * weight (rest pose included) and {@code rest} the rest pose's.
 *
 * @param right the subject's right eye (Multi-PIE landmarks 36-41), 0..1
 * @param left the subject's left eye (landmarks 42-47), 0..1
 */
public record LidClosure(float right, float left) {
  /** Both lids at rest. */
  public static final LidClosure OPEN = new LidClosure(0f, 0f);

  /** Validates the range. */
  public LidClosure {
    if (!(right >= 0 && right <= 1) || !(left >= 0 && left <= 1)) {
      throw new IllegalArgumentException("lid closure out of [0, 1]: " + right + ", " + left);
    }
  }

  /**
   * @param eyes the model's lid geometry (which blink shape closes which eye), or null
   * @param applied the applied expression weights (rest pose included), model order
   * @param rest the rest pose's weights, model order
   * @return each lid's closure beyond the rest pose ({@link #OPEN} without lid geometry)
   */
  public static LidClosure of(EyeLids eyes, float[] applied, float[] rest) {
    if (eyes == null) {
      return OPEN;
    }
    float right = 0f;
    float left = 0f;
    for (int s = 0; s < 2; s++) {
      int shape = eyes.shapes()[s];
      float c = beyond(applied[shape], rest[shape]);
      if (eyes.rightEyes()[s]) {
        right = c;
      } else {
        left = c;
      }
    }
    return right == 0f && left == 0f ? OPEN : new LidClosure(right, left);
  }

  /** {@code (w - r) / (1 - r)} clamped to [0, 1]; 0 when the rest weight is 1. */
  static float beyond(float w, float r) {
    if (!(w > r) || r >= 1f) {
      return 0f;
    }
    return Math.min(1f, (w - r) / (1f - r));
  }

  /**
   * @param eye 0 for the subject's right eye, 1 for the left
   * @return that lid's closure
   */
  public float of(int eye) {
    return eye == 0 ? right : left;
  }

  /** @return whether both lids are at rest */
  public boolean isOpen() {
    return right == 0f && left == 0f;
  }
}
