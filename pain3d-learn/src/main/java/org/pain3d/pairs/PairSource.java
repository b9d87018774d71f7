package org.pain3d.pairs;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Labelled pain images, each paired with a neutral reference of the same identity drawn on
 * every access (ViTPain's input).
 */
public interface PairSource {
  /** @return number of pain images */
  int size();

  /**
   * @param i index
   * @return true PSPI, 0..16
   */
  float pspi(int i);

  /**
   * @param i index
   * @return float[6]: AU4, AU6, AU7, AU9, AU10, AU43 (binarised)
   */
  float[] au(int i);

  /**
   * @param i index
   * @return the identity / subject
   */
  String subject(int i);

  /**
   * @param i index
   * @return the pain image
   */
  ImageRef pain(int i);

  /**
   * Draws {@code k} neutral references (with replacement when fewer exist).
   *
   * @param i index
   * @param k how many
   * @param rng the generator
   * @return {@code k} references of the same identity
   */
  List<ImageRef> neutrals(int i, int k, RandomGenerator rng);

  /**
   * The pain image's pain-region heatmap, where the data has one that is aligned with the image
   * (3DPain: the frontal view's raw map; none for UNBC-McMaster).
   *
   * @param i index
   * @return the heatmap, or {@code null}
   */
  default HeatmapRef heatmap(int i) {
    return null;
  }
}
