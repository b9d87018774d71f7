package org.pain3d.face;

/**
 * Makes a full blink close every identity's eyes: a per-identity, per-eye scale of the {@code
 * eyeBlink_L/R} weights near full closure, and a backward move of an eyeball whose cornea would
 * still poke through the closed lid.
 *
 * <p>ICT-FaceKit's expression shapes are identity-independent deltas: {@code eyeBlink} closes the
 * lid gap at the lid landmarks by the same 0.79 cm on every face, which closes the mean face's
 * 0.83 cm gap but leaves sampled identities' 0.70-1.09 cm gaps open by up to 0.3 cm (an open slit
 * labelled AU43, eyes closed) or pushes the lids up to 0.16 cm past each other; and an identity
 * whose corneas sit further forward than the mean face's shows its iris through the closed lid.
 *
 * <p><b>Scale.</b> Per eye {@code k = max over its two lid landmark pairs of gap / closure}, with
 * the pairs Multi-PIE 37-41 and 38-40 (subject's right eye), 43-47 and 44-46 (left), {@code gap}
 * the upper landmark's height minus the lower one's (y, cm) on the identity's neutral positions
 * (ageing offsets included, no rest pose) and {@code closure} how far the blink shape at weight 1
 * closes that pair (read from the shape, {@link EyeLids}). The pair that is most open for the
 * shape closes exactly; the other pair meets or its lids press past each other by the
 * difference of the two pairs' ratios (an identity's lid outline differs from the mean face's).
 * A blink weight {@code w} is applied as {@code w' = w (1 + (k - 1) s((w - 0.5) / 0.5))} with
 * the smoothstep {@code s(t) = t² (3 - 2t)}: unchanged up to {@link #ONSET} (rest poses at
 * 0.08-0.4 and half-closed eyes keep their exact positions), {@code k} at {@code w = 1},
 * monotone in between for {@code k} in [{@link #MIN_SCALE}, {@link #MAX_SCALE}]. Both lids move
 * with the one shape, so the lower lid takes its share as authored. {@code k < 1} (a gap smaller
 * than the closure) makes the lids meet instead of passing through each other.
 *
 * <p><b>Squeezed lids.</b> A grimace's squeeze ({@link LidCover#SQUEEZE}: AU6's cheekSquint and
 * AU7's eyeSquint raise the lower lid, AU4's browDown lowers the upper one) narrows the gap
 * before the blink closes it; with the scale of the open gap the upper lid went on past the raised
 * lower lid and the two passed through each other, the lower lid's margin showing through the
 * closed upper lid as a pale patch. {@link #under} takes the squeeze into the scale: {@code k =
 * max over the pairs of (gap + overlap - f squeeze) / closure}, {@code squeeze} the pair's
 * closure by the squeeze shapes at their weights and {@code f} = {@link #SQUEEZE_SHARE} (0.5): the
 * upper lid stops short by half of the squeeze's narrowing, so the lids meet near where the
 * squeeze has moved them (squeezed eyes shut higher than a relaxed blink), pressed past each other
 * by the overlap and the other half. With all of it ({@code f} 1) the lids met along the landmark
 * pairs but slivers of eyeball showed between them elsewhere on 3 of 60 sampled identities at a
 * strong squeeze (docs/faces.md, "Twenty-eighth session"). The scale stays clamped to [{@link
 * #MIN_SCALE}, {@link #MAX_SCALE}].
 *
 * <p><b>Eyeball.</b> At {@code w = 1} the corneal apex must lie {@link #CLEARANCE_CM} behind the
 * upper-lid skin over it (both taken at the scaled closure), and every vertex of the eyeball's
 * front cap {@link #CAP_CLEARANCE_CM} behind the skin that covers it across the view, with the
 * lids as closed and as pressed by the squeeze of a grimace ({@link LidCover}: on some identities
 * the lid above the apex sinks behind the eyeball and the iris showed through it); an eyeball
 * that would lie further forward moves back (-z) by the larger difference, times {@code s((w -
 * 0.5) / 0.5)} (0 up to the onset), with its eye's shape (the globe retracts slightly in a real
 * blink too).
 *
 * <p>{@link MorphableFace} and {@link FaceModel#evaluate} apply it; {@link
 * FaceModel#addExpressions} adds the shapes as authored (no identity there).
 */
public final class BlinkClosure {
  /** Blink weights at or below this are applied unchanged. */
  public static final float ONSET = 0.5f;
  /** Smallest scale: below about 0.64 the weight map would fall before full closure. */
  public static final float MIN_SCALE = 0.7f;
  /** Largest scale (a gap twice the shape's closure). */
  public static final float MAX_SCALE = 2f;
  /**
   * How far the lids of the most open landmark pair press past each other at a full blink, cm
   * (the margin between the landmarks meets too, not only the landmarks).
   */
  public static final float OVERLAP_CM = 0.03f;
  /** Share of the squeeze's narrowing of the lid gap that the blink leaves unclosed ({@link #under}). */
  public static final double SQUEEZE_SHARE = 0.5;
  /** Depth of the corneal apex behind the closed upper lid's skin at a full blink, cm. */
  public static final float CLEARANCE_CM = 0.15f;
  /** Depth of every vertex of the eyeball's front cap behind the closed lids' skin over it, cm. */
  public static final float CAP_CLEARANCE_CM = 0.03f;

  /** The blink weights as given (models without the full ICT-FaceKit eye geometry). */
  public static final BlinkClosure NONE = new BlinkClosure(null, new int[] {-1, -1}, new float[] {1f, 1f},
      new float[2], new double[2][2]);

  /** The model's lid geometry (null for {@link #NONE}). */
  private final EyeLids eyes;
  private final int[] shapes;
  private final float[] scales;
  private final float[] retractions;
  /** Per eye and landmark pair, the gap a full blink must close: the open gap plus the overlap, cm. */
  private final double[][] openings;

  private BlinkClosure(EyeLids eyes, int[] shapes, float[] scales, float[] retractions, double[][] openings) {
    this.eyes = eyes;
    this.shapes = shapes;
    this.scales = scales;
    this.retractions = retractions;
    this.openings = openings;
  }

  /**
   * The closure of one identity.
   *
   * @param model the face model
   * @param identityPositions the identity's neutral positions, {@code float[3V]} cm
   * @return its blink scales and eyeball moves, or {@link #NONE} when the model has no {@link
   *     EyeLids}
   */
  public static BlinkClosure of(FaceModel model, float[] identityPositions) {
    EyeLids eyes = model.eyeLids();
    if (eyes == null) {
      return NONE;
    }
    float[] scales = new float[2];
    float[] retractions = new float[2];
    double[][] openings = new double[2][2];
    for (int s = 0; s < 2; s++) {
      for (int pair = 0; pair < 2; pair++) {
        int[] v = eyes.lidPairs()[s][pair];
        openings[s][pair] = identityPositions[3 * v[0] + 1] - identityPositions[3 * v[1] + 1] + OVERLAP_CM;
      }
      scales[s] = scale(eyes, s, openings[s], null);
      ExpressionShape shape = model.expressions().get(eyes.shapes()[s]);
      int apex = eyes.apexes()[s];
      int lid = eyes.lids()[s];
      double apexZ = identityPositions[3 * apex + 2] + scales[s] * shape.delta(apex, 2);
      double lidZ = identityPositions[3 * lid + 2] + scales[s] * shape.delta(lid, 2);
      double capPast = eyes.covers()[s].depthPast(identityPositions, scales[s]) + CAP_CLEARANCE_CM;
      retractions[s] = (float) Math.max(0, Math.max(apexZ - lidZ + CLEARANCE_CM, capPast));
    }
    return new BlinkClosure(eyes, eyes.shapes(), scales, retractions, openings);
  }

  /**
   * One eye's scale: {@code max over its pairs of (opening - f squeeze) / closure}, clamped to
   * [{@link #MIN_SCALE}, {@link #MAX_SCALE}].
   *
   * @param weights expression weights whose squeeze shapes narrow the gaps, or null for none
   */
  private static float scale(EyeLids eyes, int eye, double[] openings, float[] weights) {
    double k = 0;
    for (int pair = 0; pair < 2; pair++) {
      double squeeze = 0;
      if (weights != null) {
        float[] byShape = eyes.squeezeClosures()[eye][pair];
        for (int q = 0; q < byShape.length; q++) {
          squeeze += weights[eyes.squeezeShapes()[q]] * byShape[q];
        }
      }
      k = Math.max(k, (openings[pair] - SQUEEZE_SHARE * squeeze) / eyes.closures()[eye][pair]);
    }
    return (float) Math.max(MIN_SCALE, Math.min(MAX_SCALE, k));
  }

  /**
   * This identity's closure under expression weights: the blink scales that close the gaps the
   * squeeze shapes leave (the class comment's "Squeezed lids"); the eyeball moves stay the
   * identity's.
   *
   * @param weights expression weights in the model's order (as given)
   * @return this closure when no squeeze shape has a weight, else one with the squeezed scales
   */
  public BlinkClosure under(float[] weights) {
    if (eyes == null || !squeezed(eyes, weights)) {
      return this;
    }
    float[] squeezedScales = {scale(eyes, 0, openings[0], weights), scale(eyes, 1, openings[1], weights)};
    return new BlinkClosure(eyes, shapes, squeezedScales, retractions, openings);
  }

  private static boolean squeezed(EyeLids eyes, float[] weights) {
    for (int q : eyes.squeezeShapes()) {
      if (weights[q] != 0f) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an identity's closure can change expression weights: only a blink weight past {@link
   * #ONSET} is remapped or moves an eyeball, so callers skip computing the closure otherwise.
   *
   * @param eyes the model's lid geometry, or null
   * @param weights expression weights in the model's order
   * @return true when a blink shape's weight exceeds the onset
   */
  public static boolean changes(EyeLids eyes, float[] weights) {
    return eyes != null && (weights[eyes.shapes()[0]] > ONSET || weights[eyes.shapes()[1]] > ONSET);
  }

  /**
   * @param shape an expression index
   * @param w its weight
   * @return the weight to apply ({@link #remap} for the blink shapes, {@code w} for the others)
   */
  public float weight(int shape, float w) {
    if (shape == shapes[0]) {
      return remap(w, scales[0]);
    }
    if (shape == shapes[1]) {
      return remap(w, scales[1]);
    }
    return w;
  }

  /**
   * @param eye 0 for the eye {@code eyeBlink_L} closes, 1 for {@code eyeBlink_R}'s
   * @return that eye's scale k (1 for {@link #NONE})
   */
  public float scale(int eye) {
    return scales[eye];
  }

  /**
   * @param eye 0 or 1, as in {@link #scale}
   * @return how far that eyeball moves back at a full blink, cm
   */
  public float retraction(int eye) {
    return retractions[eye];
  }

  /**
   * @param eye 0 or 1, as in {@link #scale}
   * @return that eye's eyeball moved 1 cm back, as a shape (null for {@link #NONE})
   */
  public ExpressionShape eyeball(int eye) {
    return eyes == null ? null : eyes.eyeballs()[eye];
  }

  /**
   * The weight of an eye's {@link #eyeball} shape under expression weights.
   *
   * @param eye 0 or 1, as in {@link #scale}
   * @param weights expression weights in the model's order (as given)
   * @return the backward move, cm: 0 up to the onset, {@link #retraction} at a full blink
   */
  public float eyeballWeight(int eye, float[] weights) {
    if (retractions[eye] == 0f) {
      return 0f;
    }
    float w = weights[shapes[eye]];
    return w <= ONSET ? 0f : (float) (retractions[eye] * smooth(w));
  }

  /**
   * @param w a blink weight
   * @param k the eye's scale
   * @return {@code w (1 + (k - 1) s((w - 0.5) / 0.5))}, exactly {@code w} when {@code w <= 0.5}
   *     or {@code k == 1}; {@code w k} above 1
   */
  static float remap(float w, float k) {
    if (w <= ONSET || k == 1f) {
      return w;
    }
    return (float) (w * (1 + (k - 1) * smooth(w)));
  }

  /** {@code s((w - 0.5) / 0.5)}, t clamped to [0, 1]. */
  private static double smooth(float w) {
    double t = Math.max(0.0, Math.min(1.0, (w - ONSET) / (1.0 - ONSET)));
    return t * t * (3 - 2 * t);
  }
}
