package org.pain3d.train;

/**
 * The prediction for one pain image, averaged over {@code k} neutral references.
 *
 * @param pspi predicted PSPI on 0..16 (mean of {@code VitPainOutput.pspi()})
 * @param painProbability mean sigmoid of the binary heads for PSPI >= 1, 2, 3 (empty when off)
 * @param au mean AU outputs AU4, AU6, AU7, AU9, AU10, AU43 (empty when off)
 * @param region mean region map on the patch grid, row-major, on the colour scale's 0..1
 *     ({@code VitPainOutput.region()}; empty without the region head)
 */
public record PairPrediction(double pspi, double[] painProbability, double[] au,
    double[] region) {
  /**
   * Without a region map.
   *
   * @param pspi predicted PSPI
   * @param painProbability binary-head probabilities
   * @param au AU outputs
   */
  public PairPrediction(double pspi, double[] painProbability, double[] au) {
    this(pspi, painProbability, au, new double[0]);
  }
}
