package org.pain3d.motion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pain3d.io.Json;

/**
 * Where the clips of a dataset take their motion from.
 *
 * <p>Both kinds carry an {@link EpisodeConfig}: episodes are drawn from it; recordings take
 * their background motion (head sway, gaze, blinks where the recording has none) from it.
 */
public sealed interface MotionSpec permits MotionSpec.Episodes, MotionSpec.Recordings {
  /** @return the episode ranges (for episodes, or the background of recordings) */
  EpisodeConfig episode();

  /** @return the spec as JSON (the dataset config and the resume check) */
  ObjectNode toJson();

  /**
   * Parametric pain episodes.
   *
   * @param episode the ranges
   */
  record Episodes(EpisodeConfig episode) implements MotionSpec {
    /** Requires the config. */
    public Episodes {
      if (episode == null) {
        throw new IllegalArgumentException("episode config must be given");
      }
    }

    @Override
    public ObjectNode toJson() {
      ObjectNode n = Json.mapper().createObjectNode();
      n.put("source", "episode");
      n.set("episode", episode.toJson());
      return n;
    }
  }

  /**
   * Captured recordings, used in turn: clip {@code g} (counting over all identities and their
   * clips) takes recording {@code g mod R}, so every recording drives about the same number
   * of avatars.
   *
   * @param recordings the recordings, in a fixed order (sorted by name)
   * @param episode background motion ranges
   */
  record Recordings(List<CapturedMotion> recordings, EpisodeConfig episode) implements MotionSpec {
    /** Requires at least one recording. */
    public Recordings {
      recordings = List.copyOf(recordings);
      if (recordings.isEmpty()) {
        throw new IllegalArgumentException("need at least one motion recording");
      }
      if (episode == null) {
        throw new IllegalArgumentException("episode config must be given");
      }
    }

    @Override
    public ObjectNode toJson() {
      ObjectNode n = Json.mapper().createObjectNode();
      n.put("source", recordings.get(0).kind().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode a = n.putArray("recordings");
      for (CapturedMotion m : recordings) {
        a.addObject().put("name", m.name()).put("frames", m.frames()).put("sha256", m.fingerprint());
      }
      n.set("background", episode.toJson());
      return n;
    }
  }
}
