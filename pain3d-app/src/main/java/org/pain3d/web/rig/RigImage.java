package org.pain3d.web.rig;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The images a rig render can return, each a PNG of the request's size. */
public enum RigImage {
  /** The face with the requested AUs. */
  PAIN,
  /** The identity's neutral face, same camera. */
  NEUTRAL,
  /** The pain-region heatmap (displacement from the neutral face, dataset colour scale) alone. */
  HEATMAP,
  /** The heatmap blended over the pain face. */
  OVERLAY;

  /**
   * The JSON name.
   *
   * @return lower case
   */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a JSON name.
   *
   * @param text {@code pain}, {@code neutral}, {@code heatmap} or {@code overlay}
   * @return the image
   */
  @JsonCreator
  public static RigImage parse(String text) {
    for (RigImage i : values()) {
      if (i.label().equals(text)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown image '" + text + "' (expected pain, neutral, heatmap or overlay)");
  }
}
