package org.pain3d.train;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.pairs.ImageRef;
import org.pain3d.pairs.PairSource;
import org.pain3d.vitpain.VitPainOutput;

/**
 * Multi-shot inference: each pain image is run with {@code k} neutral references and the
 * sigmoid / ReLU outputs are averaged (SPEC.md section 5).
 */
public final class Predictor {
  private final PairForward forward;
  private final NDManager manager;
  private final int batch;

  /**
   * @param forward the model runner
   * @param manager parent of each batch's sub-manager
   * @param batch images per forward pass
   */
  public Predictor(PairForward forward, NDManager manager, int batch) {
    this.forward = forward;
    this.manager = manager;
    this.batch = batch;
  }

  /**
   * Predicts every image of a source.
   *
   * @param source the pairs
   * @param k references per image
   * @param seed reference-drawing seed
   * @return one prediction per image, in source order
   */
  public List<PairPrediction> predict(PairSource source, int k, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<PairPrediction> out = new ArrayList<>(source.size());
    for (int start = 0; start < source.size(); start += batch) {
      int end = Math.min(source.size(), start + batch);
      List<ImageRef> pain = new ArrayList<>();
      List<List<ImageRef>> refs = new ArrayList<>();
      for (int i = start; i < end; i++) {
        pain.add(source.pain(i));
        refs.add(source.neutrals(i, k, rng));
      }
      out.addAll(predictBatch(pain, refs, k));
    }
    return out;
  }

  /**
   * Predicts one batch.
   *
   * @param pain pain images
   * @param refs for each, {@code k} references
   * @param k references per image
   * @return predictions in order
   */
  public List<PairPrediction> predictBatch(List<ImageRef> pain, List<List<ImageRef>> refs, int k) {
    int n = pain.size();
    double[] pspi = new double[n];
    double[][] prob = new double[n][];
    double[][] au = new double[n][];
    double[][] region = new double[n][];
    for (int j = 0; j < k; j++) {
      List<ImageRef> neutral = new ArrayList<>(n);
      for (List<ImageRef> r : refs) {
        neutral.add(r.get(j));
      }
      try (NDManager step = manager.newSubManager()) {
        VitPainOutput o = forward.forward(pain, neutral, step, false);
        float[] p = o.pspi().toFloatArray();
        float[] b = o.binaryLogits() == null ? new float[0] : o.binaryLogits().toFloatArray();
        float[] a = o.au() == null ? new float[0] : o.au().toFloatArray();
        float[] r = o.region() == null ? new float[0] : o.region().toFloatArray();
        int nb = b.length / n;
        int na = a.length / n;
        int nr = r.length / n;
        for (int i = 0; i < n; i++) {
          pspi[i] += (double) p[i] / k;
          prob[i] = accumulate(prob[i], b, i * nb, nb, k, true);
          au[i] = accumulate(au[i], a, i * na, na, k, false);
          region[i] = accumulate(region[i], r, i * nr, nr, k, false);
        }
      }
    }
    List<PairPrediction> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new PairPrediction(pspi[i], prob[i], au[i], region[i]));
    }
    return out;
  }

  private static double[] accumulate(double[] acc, float[] v, int off, int len, int k,
      boolean sigmoid) {
    double[] a = acc == null ? new double[len] : acc;
    for (int j = 0; j < len; j++) {
      double x = v[off + j];
      a[j] += (sigmoid ? 1 / (1 + Math.exp(-x)) : x) / k;
    }
    return a;
  }
}
