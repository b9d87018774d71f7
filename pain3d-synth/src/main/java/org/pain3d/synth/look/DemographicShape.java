package org.pain3d.synth.look;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;

/**
 * Demographic conditioning of ICT-FaceKit identity weights, whose 100 modes carry no labels.
 *
 * <p>Method: draw {@value #SAMPLES} identities with weights ~ N(0, I) (fixed seed), measure
 * each with {@link Anthropometry}, and fit every measure linearly on the weights (least
 * squares): {@code m(w) ~ m0 + A w}, A of shape [measures x modes], with the population
 * standard deviation {@code s_m} of each measure. A group's target {@code delta} (cm per
 * measure, {@link AnthropometricNorms}) is treated as a noisy observation of the shifted
 * measures, {@code A dw = delta + e} with {@code e ~ N(0, (k s_m)^2)}, k = {@value #SLACK}
 * ({@value #EYE_SLACK} for the held eye protrusion):
 * for w ~ N(0, I) the conditional mean is
 * {@code dw = A^T (A A^T + diag((k s_m)^2))^-1 delta}, the most likely faces with about the
 * group's measures. Where the norms are easy to meet in the model's space the shift reaches
 * about 90 % of the target; where targets pull against the model's correlations (a much
 * longer nose on an unchanged face) it reaches less rather than distorting the face.
 * Measures without a target difference are held near their mean (delta 0), so e.g. making a
 * face wider does not change its nose. An identity of the group is then {@code w = z + dw},
 * z ~ N(0, I).
 *
 * <p>Immutable and thread-safe; {@link #of} caches one per model.
 */
public final class DemographicShape {
  /** Identities drawn for the regression. */
  public static final int SAMPLES = 500;
  /** Observation noise of the targets, in population standard deviations of each measure. */
  public static final double SLACK = 0.35;
  /**
   * Observation noise of the eye protrusion's hold (0: the eyeballs stay behind the closing
   * lids): tighter than {@link #SLACK}, which still let some irises show through closed lids.
   */
  public static final double EYE_SLACK = 0.1;
  /**
   * Observation noise of the eye-shape measures ({@link Anthropometry#EYE_HEIGHT} and
   * {@link Anthropometry#CANTHAL_TILT}): looser than
   * {@link #SLACK}, so that holding them for the groups without an eye-shape target does not
   * pull the other measures off theirs (at {@link #SLACK} the men-minus-women upper lip drifted
   * past half its population spread).
   */
  public static final double EYE_SHAPE_SLACK = 0.5;
  private static final long SEED = 0x5EED_A17_1994L;
  private static final Map<FaceModel, DemographicShape> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
  private final int modes;
  private final double[][] gradient;
  private final double[] sd;
  private final RealMatrix solve;
  private final Map<Gender, Map<AgeGroup, Map<Ethnicity, float[]>>> shifts = new EnumMap<>(Gender.class);
  private final Map<Gender, Map<AgeGroup, Map<Ethnicity, float[]>>> shiftsWithoutEyeShape = new EnumMap<>(Gender.class);

  private DemographicShape(int modes, double[][] gradient, double[] sd) {
    this.modes = modes;
    this.gradient = gradient;
    this.sd = sd.clone();
    RealMatrix a = new Array2DRowRealMatrix(gradient, false);
    RealMatrix gram = a.multiply(a.transpose());
    for (int m = 0; m < sd.length; m++) {
      double k = slack(Anthropometry.values()[m]);
      gram.addToEntry(m, m, k * k * sd[m] * sd[m]);
    }
    this.solve = a.transpose().multiply(new CholeskyDecomposition(gram).getSolver().getInverse());
    fill(shifts, true);
    fill(shiftsWithoutEyeShape, false);
  }

  private void fill(Map<Gender, Map<AgeGroup, Map<Ethnicity, float[]>>> out, boolean eyeShape) {
    for (Gender g : Gender.values()) {
      Map<AgeGroup, Map<Ethnicity, float[]>> byAge = new EnumMap<>(AgeGroup.class);
      for (AgeGroup age : AgeGroup.values()) {
        Map<Ethnicity, float[]> byEth = new EnumMap<>(Ethnicity.class);
        for (Ethnicity e : Ethnicity.values()) {
          byEth.put(e, shiftFor(AnthropometricNorms.target(new Demographics(age, g, e), eyeShape)));
        }
        byAge.put(age, byEth);
      }
      out.put(g, byAge);
    }
  }

  /**
   * The conditioning of a model (computed once per model and cached).
   *
   * @param model the face model (ICT-FaceKit topology, 68 landmarks)
   * @return its conditioning
   */
  public static DemographicShape of(FaceModel model) {
    return CACHE.computeIfAbsent(model, DemographicShape::fit);
  }

  private static DemographicShape fit(FaceModel model) {
    int[] lm = MeasurePoints.of(model).vertices();
    int k = model.identityCount();
    float[] neutral = model.neutral();
    float[][] modeLm = new float[k][3 * lm.length];
    for (int i = 0; i < k; i++) {
      float[] mode = model.identityMode(i);
      for (int j = 0; j < lm.length; j++) {
        System.arraycopy(mode, 3 * lm[j], modeLm[i], 3 * j, 3);
      }
    }
    MeasurePoints local = MeasurePoints.compact();
    int m = Anthropometry.values().length;
    double[][] x = new double[SAMPLES][k + 1];
    double[][] y = new double[SAMPLES][m];
    SplittableRandom rnd = new SplittableRandom(SEED);
    float[] p = new float[3 * lm.length];
    for (int s = 0; s < SAMPLES; s++) {
      for (int j = 0; j < lm.length; j++) {
        System.arraycopy(neutral, 3 * lm[j], p, 3 * j, 3);
      }
      x[s][0] = 1;
      for (int i = 0; i < k; i++) {
        double w = rnd.nextGaussian();
        x[s][i + 1] = w;
        float[] d = modeLm[i];
        for (int c = 0; c < p.length; c++) {
          p[c] += (float) (w * d[c]);
        }
      }
      y[s] = Anthropometry.all(p, local);
    }
    RealMatrix xm = new Array2DRowRealMatrix(x, false);
    RealMatrix xtx = xm.transpose().multiply(xm);
    RealMatrix beta = new CholeskyDecomposition(xtx).getSolver().solve(xm.transpose().multiply(new Array2DRowRealMatrix(y, false)));
    double[][] gradient = new double[m][k];
    double[] sd = new double[m];
    RealMatrix fitted = xm.multiply(beta);
    for (int a = 0; a < m; a++) {
      double var = 0;
      for (int i = 0; i < k; i++) {
        gradient[a][i] = beta.getEntry(i + 1, a);
        var += gradient[a][i] * gradient[a][i];
      }
      double res = 0;
      for (int s = 0; s < SAMPLES; s++) {
        double e = y[s][a] - fitted.getEntry(s, a);
        res += e * e / SAMPLES;
      }
      sd[a] = Math.sqrt(var + res);
    }
    return new DemographicShape(k, gradient, sd);
  }

  private static double slack(Anthropometry m) {
    return switch (m) {
      case EYE_PROTRUSION -> EYE_SLACK;
      case EYE_HEIGHT, CANTHAL_TILT -> EYE_SHAPE_SLACK;
      default -> SLACK;
    };
  }

  private float[] shiftFor(double[] delta) {
    RealVector dw = solve.operate(new ArrayRealVector(delta, false));
    float[] out = new float[modes];
    for (int i = 0; i < modes; i++) {
      out[i] = (float) dw.getEntry(i);
    }
    return out;
  }

  /**
   * The weight shift of a demographic group.
   *
   * @param d the demographics
   * @return dw, shape [modes] (a copy)
   */
  public float[] shift(Demographics d) {
    return shift(d, true);
  }

  /**
   * The weight shift of a demographic group, with or without the eye-shape targets
   * ({@link AnthropometricNorms#target(Demographics, boolean)}).
   *
   * @param d the demographics
   * @param eyeShape whether the eye-shape differences are targeted
   * @return dw, shape [modes] (a copy)
   */
  public float[] shift(Demographics d, boolean eyeShape) {
    return (eyeShape ? shifts : shiftsWithoutEyeShape).get(d.gender()).get(d.ageGroup()).get(d.ethnicity()).clone();
  }

  /** @return the population standard deviation of each measure, cm, in {@link Anthropometry} order */
  public double[] measureSd() {
    return sd.clone();
  }

  /**
   * The fitted linear change of the measures for a weight change.
   *
   * @param dw weight change, shape [modes]
   * @return change per measure (cm), in {@link Anthropometry} order
   */
  public double[] predictedChange(float[] dw) {
    double[] out = new double[gradient.length];
    for (int a = 0; a < gradient.length; a++) {
      for (int i = 0; i < modes; i++) {
        out[a] += gradient[a][i] * dw[i];
      }
    }
    return out;
  }
}
