package org.pain3d.train;

import java.util.ArrayList;
import java.util.List;
import org.pain3d.eval.RegionAgreement;
import org.pain3d.pairs.HeatmapRef;
import org.pain3d.pairs.Heatmaps;
import org.pain3d.pairs.PairSource;

/**
 * Region agreement of a split ({@code region.json}): the region head's maps, upsampled from the
 * patch grid to the input side (bilinear), against the true heatmaps at the same side, over the
 * images that have one.
 *
 * @param n images with a heatmap
 * @param pearson mean Pearson correlation over pixels (images with a constant map left out)
 * @param pointing share of pointing-game hits ({@link RegionAgreement#pointingHit})
 */
public record RegionScores(int n, double pearson, double pointing) {
  /**
   * Scores predictions.
   *
   * @param src the pairs
   * @param pred their predictions, in order, with {@link PairPrediction#region()} maps
   * @param size the input side
   * @return the scores, or {@code null} when no image has a heatmap or no map was predicted
   */
  public static RegionScores of(PairSource src, List<PairPrediction> pred, int size) {
    List<Double> r = new ArrayList<>();
    int hits = 0;
    int n = 0;
    for (int i = 0; i < src.size(); i++) {
      HeatmapRef h = src.heatmap(i);
      double[] grid = pred.get(i).region();
      if (h == null || grid.length == 0) {
        continue;
      }
      float[] map = upsample(grid, size);
      float[] truth = h.mm().get();
      double p = RegionAgreement.pearson(map, truth);
      if (!Double.isNaN(p)) {
        r.add(p);
      }
      hits += RegionAgreement.pointingHit(map, truth) ? 1 : 0;
      n++;
    }
    return n == 0 ? null : new RegionScores(n,
        r.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
        hits / (double) n);
  }

  /**
   * A grid map at the input side.
   *
   * @param grid {@code g * g} values, row-major
   * @param size the side
   * @return {@code size * size} values (bilinear, half-pixel centres)
   */
  public static float[] upsample(double[] grid, int size) {
    int g = (int) Math.round(Math.sqrt(grid.length));
    float[] f = new float[grid.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) grid[i];
    }
    return Heatmaps.resize(f, g, size);
  }
}
