package org.pain3d.face;

import java.util.ArrayList;
import java.util.List;

/**
 * The identity-independent lid and eyeball geometry of a full-size ICT-FaceKit model that
 * {@link BlinkClosure} reads: per blink shape ({@code eyeBlink_L}, {@code eyeBlink_R}) the lid
 * landmark pairs of the eye it closes and how far it closes each, that eye's corneal apex (the
 * front-most eyeball vertex of the neutral mesh on its side) and the upper-lid skin vertex over
 * the apex when closed (the face vertex nearest to the apex across the view, in front of it, on
 * the neutral mesh with both blink shapes at 1), a unit backward translation of that eye's
 * eyeball (sclera and iris), the closed lids over the eyeball's front ({@link LidCover}), and how
 * far each of the squeeze shapes ({@link LidCover#SQUEEZE}) at weight 1 narrows each landmark pair.
 * Computed once per model ({@link FaceModel#eyeLids()}).
 *
 * @param shapes expression indices of {@code eyeBlink_L} and {@code eyeBlink_R}, shape [2]
 * @param lidPairs per shape, the upper and lower lid vertices of its eye's two landmark pairs,
 *     shape [2][2][2]
 * @param closures per shape and pair, how far the shape at weight 1 closes the pair's vertical
 *     gap, cm, shape [2][2]
 * @param apexes per shape, its eye's corneal apex vertex, shape [2]
 * @param lids per shape, the upper-lid vertex over the apex when closed, shape [2]
 * @param eyeballs per shape, its eye's eyeball moved 1 cm back (-z), as a shape
 * @param rightEyes per shape, whether it closes the subject's right eye
 * @param covers per shape, the closed lids over its eye's eyeball cap
 * @param squeezeShapes expression indices of the model's {@link LidCover#SQUEEZE} shapes, shape [q]
 * @param squeezeClosures per blink shape, pair and squeeze shape, how far the squeeze shape at
 *     weight 1 closes the pair's vertical gap (lower minus upper y delta), cm, shape [2][2][q]
 */
public record EyeLids(int[] shapes, int[][][] lidPairs, float[][] closures, int[] apexes, int[] lids,
    ExpressionShape[] eyeballs, boolean[] rightEyes, LidCover[] covers, int[] squeezeShapes,
    float[][][] squeezeClosures) {
  /** The lid landmark pairs (Multi-PIE numbers, upper then lower) of the subject's right eye. */
  static final int[][] RIGHT_EYE_PAIRS = {{37, 41}, {38, 40}};
  /** The lid landmark pairs of the subject's left eye. */
  static final int[][] LEFT_EYE_PAIRS = {{43, 47}, {44, 46}};
  /**
   * Closure below which a shape is not treated as a blink of the lid landmarks (models whose
   * blink shapes do not move them), cm.
   */
  static final float MIN_CLOSURE_CM = 0.1f;

  /**
   * Finds the geometry.
   *
   * @param model the face model
   * @return the geometry, or null when the model is not the full ICT-FaceKit topology with both
   *     blink shapes, 68 landmarks and blink shapes that close the lid landmarks
   */
  static EyeLids of(FaceModel model) {
    int[] lm = model.landmarks();
    if (lm.length != 68 || model.vertexCount() != VertexRegion.FULL_MODEL_VERTICES
        || !model.hasExpression("eyeBlink_L") || !model.hasExpression("eyeBlink_R")) {
      return null;
    }
    int[] shapes = {model.expressionIndex("eyeBlink_L"), model.expressionIndex("eyeBlink_R")};
    float[] p = model.neutral();
    int apexRight = -1;
    int apexLeft = -1;
    List<Integer> ballRight = new ArrayList<>();
    List<Integer> ballLeft = new ArrayList<>();
    for (int v = VertexRegion.EYEBALLS.first(); v <= VertexRegion.EYEBALLS.last(); v++) {
      if (p[3 * v] < 0) {
        ballRight.add(v);
        if (apexRight < 0 || p[3 * v + 2] > p[3 * apexRight + 2]) {
          apexRight = v;
        }
      } else {
        ballLeft.add(v);
        if (apexLeft < 0 || p[3 * v + 2] > p[3 * apexLeft + 2]) {
          apexLeft = v;
        }
      }
    }
    float[] closed = p.clone();
    float[] blink = new float[model.expressionCount()];
    blink[shapes[0]] = 1;
    blink[shapes[1]] = 1;
    model.addExpressions(blink, closed);
    int[][][] pairs = new int[2][][];
    float[][] closures = new float[2][];
    int[] apexes = new int[2];
    int[] lids = new int[2];
    ExpressionShape[] eyeballs = new ExpressionShape[2];
    boolean[] rightEyes = new boolean[2];
    LidCover[] covers = new LidCover[2];
    int[] triangles = model.topology().triangulate().vertices();
    int[] squeezeShapes = LidCover.SQUEEZE.stream().filter(model::hasExpression)
        .mapToInt(model::expressionIndex).toArray();
    float[][][] squeezeClosures = new float[2][2][squeezeShapes.length];
    for (int s = 0; s < 2; s++) {
      ExpressionShape shape = model.expressions().get(shapes[s]);
      int[][] right = vertices(lm, RIGHT_EYE_PAIRS);
      int[][] left = vertices(lm, LEFT_EYE_PAIRS);
      float[] cr = closures(shape, right);
      float[] cl = closures(shape, left);
      boolean isRight = cr[0] + cr[1] >= cl[0] + cl[1];
      rightEyes[s] = isRight;
      pairs[s] = isRight ? right : left;
      closures[s] = isRight ? cr : cl;
      if (Math.min(closures[s][0], closures[s][1]) < MIN_CLOSURE_CM) {
        return null;
      }
      apexes[s] = isRight ? apexRight : apexLeft;
      lids[s] = lidOver(closed, apexes[s]);
      eyeballs[s] = backward("eyeball" + s, isRight ? ballRight : ballLeft);
      covers[s] = LidCover.of(model, triangles, apexes[s], isRight ? ballRight : ballLeft, shape);
      for (int q = 0; q < squeezeShapes.length; q++) {
        float[] c = closures(model.expressions().get(squeezeShapes[q]), pairs[s]);
        squeezeClosures[s][0][q] = c[0];
        squeezeClosures[s][1][q] = c[1];
      }
    }
    return new EyeLids(shapes, pairs, closures, apexes, lids, eyeballs, rightEyes, covers, squeezeShapes,
        squeezeClosures);
  }

  /**
   * @param right the subject's right eye (else the left)
   * @return that eye's corneal apex vertex
   */
  public int apex(boolean right) {
    return apexes[slot(right)];
  }

  /**
   * @param right the subject's right eye (else the left)
   * @return that eye's upper-lid vertex over the apex when closed
   */
  public int lidOverApex(boolean right) {
    return lids[slot(right)];
  }

  /** The shape slot (0 or 1) that closes the subject's right or left eye. */
  private int slot(boolean right) {
    return rightEyes[0] == right ? 0 : 1;
  }

  private static int[][] vertices(int[] lm, int[][] pairs) {
    return new int[][] {{lm[pairs[0][0]], lm[pairs[0][1]]}, {lm[pairs[1][0]], lm[pairs[1][1]]}};
  }

  /** Per pair, lower minus upper y delta of the shape, cm. */
  private static float[] closures(ExpressionShape shape, int[][] pairs) {
    float[] c = new float[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      c[i] = shape.delta(pairs[i][1], 1) - shape.delta(pairs[i][0], 1);
    }
    return c;
  }

  /** The face vertex of a closed-eye mesh nearest to an apex across the view and in front of it. */
  private static int lidOver(float[] closed, int apex) {
    int best = -1;
    double bestD = Double.MAX_VALUE;
    for (int v = VertexRegion.FACE.first(); v <= VertexRegion.FACE.last(); v++) {
      if (closed[3 * v + 2] < closed[3 * apex + 2] - 0.05f) {
        continue;
      }
      double dx = closed[3 * v] - closed[3 * apex];
      double dy = closed[3 * v + 1] - closed[3 * apex + 1];
      double d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    return best < 0 ? apex : best;
  }

  private static ExpressionShape backward(String name, List<Integer> vertices) {
    int[] idx = vertices.stream().mapToInt(Integer::intValue).toArray();
    float[] d = new float[3 * idx.length];
    for (int k = 0; k < idx.length; k++) {
      d[3 * k + 2] = -1f;
    }
    return new ExpressionShape(name, idx, d);
  }
}
