package org.pain3d.dataset.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pain3d.dataset.LayoutKind;
import org.pain3d.dataset.Split;

/**
 * Counts and label histograms of a dataset, as {@code pain3d inspect} prints them.
 *
 * @param layout the layout read
 * @param images image files
 * @param painImages pain images
 * @param neutralImages neutral images
 * @param heatmaps heatmap files
 * @param annotations annotation files (pain sets)
 * @param identities distinct subjects over images and annotations
 * @param pspiHistogram pain sets per PSPI value 0..16 (rounded), length 17
 * @param auHistograms per official AU, pain sets per intensity 0..5 (rounded), length 6
 * @param demographics per attribute ({@code age_group}, {@code gender}, {@code ethnicity}),
 *     identities per category; empty without extras
 * @param splitSizes per split, its size; empty without a split file
 * @param imagesWithoutSplit images in no split
 */
public record DatasetSummary(
    LayoutKind layout,
    int images,
    int painImages,
    int neutralImages,
    int heatmaps,
    int annotations,
    int identities,
    long[] pspiHistogram,
    Map<String, long[]> auHistograms,
    Map<String, Map<String, Integer>> demographics,
    Map<Split, SplitSize> splitSizes,
    int imagesWithoutSplit) {

  /** Copies the collections. */
  public DatasetSummary {
    Objects.requireNonNull(layout, "layout");
    pspiHistogram = pspiHistogram.clone();
    Map<String, long[]> au = new LinkedHashMap<>();
    auHistograms.forEach((k, v) -> au.put(k, v.clone()));
    auHistograms = Collections.unmodifiableMap(au);
    Map<String, Map<String, Integer>> d = new LinkedHashMap<>();
    demographics.forEach((k, v) -> d.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    demographics = Collections.unmodifiableMap(d);
    splitSizes = Collections.unmodifiableMap(new LinkedHashMap<>(splitSizes));
  }

  /**
   * Returns a copy of the PSPI histogram.
   *
   * @return pain sets per PSPI 0..16
   */
  @Override
  public long[] pspiHistogram() {
    return pspiHistogram.clone();
  }
}
