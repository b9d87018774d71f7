package org.pain3d.synth.look;

import java.util.List;
import org.pain3d.face.ExpressionShape;
import org.pain3d.face.FaceModel;

/**
 * A signed sum of landmark heights (the y coordinate, cm) on a model's evaluated mesh, as a
 * linear function of the identity and expression weights: the model's identity modes and
 * expression shapes add, so the sum is the neutral's plus each mode's and shape's own sum times
 * its weight. Displacements that are not weights (soft-tissue ageing) are not counted.
 *
 * <p>Immutable; thread-safe.
 */
final class LandmarkHeights {
  private final double neutral;
  private final double[] perMode;
  private final double[] perExpression;

  private LandmarkHeights(double neutral, double[] perMode, double[] perExpression) {
    this.neutral = neutral;
    this.perMode = perMode;
    this.perExpression = perExpression;
  }

  /**
   * @param model the face model (at least as many landmarks as the largest index)
   * @param landmarks landmark numbers (0..67 in the 68-point scheme)
   * @param signs each landmark's factor, same length
   * @return the sum's linear function
   */
  static LandmarkHeights of(FaceModel model, int[] landmarks, double[] signs) {
    if (landmarks.length != signs.length) {
      throw new IllegalArgumentException("one sign per landmark");
    }
    int[] lm = model.landmarks();
    float[] neutralMesh = model.neutral();
    double neutral = 0;
    for (int k = 0; k < landmarks.length; k++) {
      neutral += signs[k] * neutralMesh[3 * lm[landmarks[k]] + 1];
    }
    double[] modes = new double[model.identityCount()];
    for (int i = 0; i < modes.length; i++) {
      float[] mode = model.identityMode(i);
      for (int k = 0; k < landmarks.length; k++) {
        modes[i] += signs[k] * mode[3 * lm[landmarks[k]] + 1];
      }
    }
    List<ExpressionShape> shapes = model.expressions();
    double[] expr = new double[shapes.size()];
    for (int j = 0; j < expr.length; j++) {
      for (int k = 0; k < landmarks.length; k++) {
        expr[j] += signs[k] * shapes.get(j).delta(lm[landmarks[k]], 1);
      }
    }
    return new LandmarkHeights(neutral, modes, expr);
  }

  /**
   * @param identityWeights identity weights (missing modes count 0)
   * @param expressionWeights expression weights in the model's order
   * @return the sum, cm
   */
  double cm(float[] identityWeights, float[] expressionWeights) {
    double d = neutral;
    for (int i = 0; i < Math.min(identityWeights.length, perMode.length); i++) {
      d += identityWeights[i] * perMode[i];
    }
    for (int j = 0; j < expressionWeights.length; j++) {
      d += expressionWeights[j] * perExpression[j];
    }
    return d;
  }

  /**
   * @param expressionWeights expression weights in the model's order
   * @param skip an expression index left out of the sum
   * @return how much the expression moves the sum, cm, the skipped shape not counted
   */
  double expressionCm(float[] expressionWeights, int skip) {
    double d = 0;
    for (int j = 0; j < expressionWeights.length; j++) {
      if (j != skip) {
        d += expressionWeights[j] * perExpression[j];
      }
    }
    return d;
  }

  /**
   * @param expression an expression index in the model's order
   * @return how much the sum changes per unit weight of that shape, cm
   */
  double perExpression(int expression) {
    return perExpression[expression];
  }
}
