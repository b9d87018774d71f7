package org.pain3d.web.rig;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.pain3d.render.View;

/**
 * The rig's viewpoint: an orbit camera about the face ({@link View}), framed on the
 * identity's neutral landmarks. Positive yaw shows the subject's left side, positive pitch
 * looks down at the face.
 *
 * @param yawDeg yaw, degrees, in [-90, 90]
 * @param pitchDeg pitch, degrees, in [-60, 60]
 */
public record RigView(@JsonProperty("yaw") double yawDeg, @JsonProperty("pitch") double pitchDeg) {
  /** Largest |yaw|, degrees. */
  public static final double MAX_YAW = 90;
  /** Largest |pitch|, degrees. */
  public static final double MAX_PITCH = 60;

  /** Validates the range. */
  public RigView {
    if (!(Math.abs(yawDeg) <= MAX_YAW)) {
      throw new IllegalArgumentException("view yaw must be in -90..90 degrees, got " + yawDeg);
    }
    if (!(Math.abs(pitchDeg) <= MAX_PITCH)) {
      throw new IllegalArgumentException("view pitch must be in -60..60 degrees, got " + pitchDeg);
    }
  }

  /**
   * The frontal view.
   *
   * @return yaw 0, pitch 0
   */
  public static RigView frontal() {
    return new RigView(0, 0);
  }

  /**
   * The renderer's view.
   *
   * @return the view (no roll)
   */
  public View view() {
    return new View(yawDeg, pitchDeg, 0);
  }
}
