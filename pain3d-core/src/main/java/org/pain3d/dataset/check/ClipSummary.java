package org.pain3d.dataset.check;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.pain3d.dataset.ClipSource;
import org.pain3d.dataset.PainClass;
import org.pain3d.dataset.Split;

/**
 * What a clip dataset holds ({@code pain3d inspect} on a {@code pain3d video} folder).
 *
 * @param identities distinct identities
 * @param clips clips in the index
 * @param frames video frames in all (from the records)
 * @param byClass clips per pain class
 * @param bySource clips per motion source
 * @param bySplit clips per split (from the records)
 * @param identitiesBySplit identities per split
 * @param videosDecoded videos decoded and compared with their records (0 when not checked)
 * @param scene per scene category (preset, posture, garment, accessories, background,
 *     lighting, dim, head pose and lens in 10-degree bins, effects) clips per value, from each
 *     clip's {@code scene}; empty when no clip has one
 */
public record ClipSummary(int identities, int clips, long frames, Map<PainClass, Integer> byClass,
    Map<ClipSource, Integer> bySource, Map<Split, Integer> bySplit,
    Map<Split, Integer> identitiesBySplit, int videosDecoded, Map<String, Map<String, Integer>> scene) {
  /** Copies the maps in key order. */
  public ClipSummary {
    byClass = Collections.unmodifiableMap(new TreeMap<>(byClass));
    bySource = Collections.unmodifiableMap(new TreeMap<>(bySource));
    bySplit = Collections.unmodifiableMap(new TreeMap<>(bySplit));
    identitiesBySplit = Collections.unmodifiableMap(new TreeMap<>(identitiesBySplit));
    scene = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scene));
  }
}
