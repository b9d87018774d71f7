package org.pain3d.dataset.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.pain3d.dataset.ImageScene;

/**
 * Counts images per scene category from the {@code scene} of {@code metadata.jsonl} rows
 * ({@code pain3d inspect}): preset, posture, garment, each accessory, background, lighting,
 * dim scenes, head yaw, pitch and roll and the field of view in 10-degree bins, and each
 * image degradation. Accessories and degradations count images that have them ("none"
 * counts images without any).
 */
final class SceneHistograms {
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private final Map<String, TreeMap<Integer, Integer>> bins = new LinkedHashMap<>();
  private int images;

  SceneHistograms() {
    for (String k : new String[] {"preset", "posture", "garment", "accessories", "background", "lighting", "dim"}) {
      counts.put(k, new TreeMap<>());
    }
    Map<String, Integer> acc = new LinkedHashMap<>();
    acc.put("none", 0);
    ImageScene.ACCESSORIES.forEach(a -> acc.put(a, 0));
    counts.put("accessories", acc);
    for (String k : new String[] {"head_yaw_deg", "head_pitch_deg", "head_roll_deg", "fov_y_deg"}) {
      bins.put(k, new TreeMap<>());
    }
    Map<String, Integer> fx = new LinkedHashMap<>();
    fx.put("none", 0);
    ImageScene.EFFECTS.forEach(e -> fx.put(e, 0));
    counts.put("effects", fx);
  }

  void add(ImageScene s) {
    images++;
    count("preset", s.preset());
    count("posture", s.lying() ? "lying" : "sitting");
    count("garment", s.garment());
    if (s.accessories().isEmpty()) {
      count("accessories", "none");
    }
    s.accessories().forEach(a -> count("accessories", a));
    count("background", s.background());
    count("lighting", s.lighting());
    count("dim", s.dim() ? "dim" : "normal");
    bin("head_yaw_deg", s.headYawDeg());
    bin("head_pitch_deg", s.headPitchDeg());
    bin("head_roll_deg", s.headRollDeg());
    bin("fov_y_deg", s.fovYDeg());
    if (s.effects().isEmpty()) {
      count("effects", "none");
    }
    s.effects().forEach(e -> count("effects", e));
  }

  private void count(String category, String value) {
    counts.get(category).merge(value, 1, Integer::sum);
  }

  private void bin(String category, double v) {
    bins.get(category).merge((int) Math.floor(v / 10), 1, Integer::sum);
  }

  /** Returns per category, images per value (empty when no row had a scene). */
  Map<String, Map<String, Integer>> toMap() {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (images == 0) {
      return out;
    }
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      if (e.getKey().equals("effects")) {
        for (Map.Entry<String, TreeMap<Integer, Integer>> b : bins.entrySet()) {
          Map<String, Integer> m = new LinkedHashMap<>();
          b.getValue().forEach((k, v) -> m.put(String.format(Locale.ROOT, "[%d, %d)", 10 * k, 10 * k + 10), v));
          out.put(b.getKey(), m);
        }
      }
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }
}
