package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a clip's motion comes from (written in lower case). */
public enum ClipSource {
  /** A parametric pain episode (onset, apex, offset). */
  EPISODE,
  /** An OpenFace 2.x recording, retargeted. */
  OPENFACE,
  /** A UNBC-McMaster sequence's frame FACS codes, retargeted. */
  UNBC;

  /** @return the JSON name, e.g. {@code openface} */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param label a JSON name
   * @return the source
   */
  @JsonCreator
  public static ClipSource of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
