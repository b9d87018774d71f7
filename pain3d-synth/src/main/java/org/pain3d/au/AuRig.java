package org.pain3d.au;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns AU intensities into blendshape weights of a face model.
 *
 * <p>Each AU's intensity goes through the {@link IntensityCurve} to a weight that is applied
 * to all of the AU's shapes (both sides of a bilateral AU together). An optional asymmetry
 * per AU in [-1, 1] weakens one side: {@code a > 0} scales the right shape by {@code 1 - a},
 * {@code a < 0} scales the left shape by {@code 1 + a}. When several AUs drive the same shape
 * (AU43 and AU45 both close the eyes) the shape takes the largest weight.
 */
public final class AuRig {
  private final List<String> shapeNames;
  private final int[][] shapeIndex;
  private final IntensityCurve curve;

  /**
   * @param shapeNames the model's expression names in its canonical order
   * @param curve the intensity-to-weight map
   */
  public AuRig(List<String> shapeNames, IntensityCurve curve) {
    this.shapeNames = List.copyOf(shapeNames);
    this.curve = curve;
    this.shapeIndex = new int[ActionUnit.values().length][];
    for (ActionUnit au : ActionUnit.values()) {
      int[] idx = new int[au.blendshapes().size()];
      for (int k = 0; k < idx.length; k++) {
        idx[k] = this.shapeNames.indexOf(au.blendshapes().get(k));
      }
      shapeIndex[au.ordinal()] = idx;
    }
  }

  /** @return the intensity curve */
  public IntensityCurve curve() {
    return curve;
  }

  /** @return the shape names the weights are indexed by */
  public List<String> shapeNames() {
    return shapeNames;
  }

  /**
   * Symmetric weights.
   *
   * @param au the intensities
   * @return blendshape weights in the model's order, each in [0, 1]
   * @throws IllegalArgumentException when an active AU's shape is missing from the model
   */
  public float[] weights(AuIntensities au) {
    return weights(au, Map.of());
  }

  /**
   * Weights with per-AU asymmetry.
   *
   * @param au the intensities
   * @param asymmetry per-AU asymmetry in [-1, 1] (absent = symmetric); only bilateral AUs
   * @return blendshape weights in the model's order, each in [0, 1]
   * @throws IllegalArgumentException when an active AU's shape is missing or an asymmetry is
   *     out of range or given for a one-sided AU
   */
  public float[] weights(AuIntensities au, Map<ActionUnit, Float> asymmetry) {
    Map<ActionUnit, Float> asym = new EnumMap<>(ActionUnit.class);
    asym.putAll(asymmetry);
    for (Map.Entry<ActionUnit, Float> e : asym.entrySet()) {
      float a = e.getValue();
      if (!(a >= -1f && a <= 1f)) {
        throw new IllegalArgumentException(e.getKey() + " asymmetry must be in [-1, 1], got " + a);
      }
      if (!e.getKey().isBilateral() && a != 0f) {
        throw new IllegalArgumentException(e.getKey() + " has no left and right shapes to make asymmetric");
      }
    }
    float[] w = new float[shapeNames.size()];
    for (Map.Entry<ActionUnit, Integer> e : au.active().entrySet()) {
      ActionUnit unit = e.getKey();
      apply(unit, curve.weight(unit, e.getValue()), asym.getOrDefault(unit, 0f), w);
    }
    return w;
  }

  /**
   * Symmetric weights of continuous intensities (a frame of a clip): each AU's intensity is
   * interpolated on the curve ({@link IntensityCurve#weight(ActionUnit, double)}).
   *
   * @param intensities intensity per AU, indexed by {@link ActionUnit#ordinal()}, each in
   *     0..max
   * @param out receives the blendshape weights in the model's order (cleared first)
   * @throws IllegalArgumentException when an intensity is out of range or an active AU's shape
   *     is missing
   */
  public void weights(float[] intensities, float[] out) {
    if (intensities.length != ActionUnit.values().length || out.length != shapeNames.size()) {
      throw new IllegalArgumentException("need one intensity per AU and one weight per shape");
    }
    java.util.Arrays.fill(out, 0f);
    for (ActionUnit unit : ActionUnit.values()) {
      float v = intensities[unit.ordinal()];
      if (v != 0f) {
        apply(unit, curve.weight(unit, v), 0f, out);
      }
    }
  }

  private void apply(ActionUnit unit, float base, float a, float[] w) {
    int[] idx = shapeIndex[unit.ordinal()];
    for (int k = 0; k < idx.length; k++) {
      if (idx[k] < 0) {
        throw new IllegalArgumentException(
            "the face model has no shape '" + unit.blendshapes().get(k) + "' needed by " + unit);
      }
      float side = base;
      if (unit.isBilateral()) {
        side = k == 0 ? base * Math.min(1f, 1f + a) : base * Math.min(1f, 1f - a);
      }
      w[idx[k]] = Math.max(w[idx[k]], side);
    }
  }
}
