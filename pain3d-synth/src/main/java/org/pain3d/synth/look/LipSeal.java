package org.pain3d.synth.look;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.pain3d.face.FaceModel;

/**
 * The rest pose's closed lips ({@link LookFeature#LIP_SEAL}), part of the {@link RestPose}: the
 * mouthClose weight that brings an identity's lips together and no further. The gap is the upper
 * inner lip's height (landmark 62) above the lower's (66), cm, on the identity's mesh with its rest
 * weights: positive when the lips are parted, negative when the lower lip has risen past the upper.
 *
 * <p>ICT-FaceKit's mouthClose is the counterpart of jawOpen: at weight 1 it lifts the lower lip by
 * 3.8 cm, while a sampled identity's lips are parted by 0.8 mm at the median (-0.9..2.5 mm over
 * 90 % of identities). The earlier rest pose drew mouthClose 0.05..0.2 whatever the gap, which
 * lifted the lower lip 1.9..7.6 mm: up over the upper lip at rest (a thin upper lip behind a
 * pouting lower one), and under the pain expression over the upper teeth, so that an upper lip
 * raised by AU9 and AU10 bared the gums with only the teeth's tips below them (docs/faces.md,
 * "Twenty-sixth session"). Sealed, the lower lip rests where the upper lip's inner edge is, pressed
 * past it by a depth drawn per identity, 0..{@value #MAX_PRESS_CM} cm, and identities whose lips
 * already meet get no mouthClose. The press is a design choice (the lips' soft tissue meets without
 * a visible seam); linear in the weights, because the model's shapes are.
 *
 * <p>Under an expression that opens the lips (the upper lip raised by AU9 and AU10, the jaw
 * dropped), the lips no longer meet and the lower lip is not held up against the upper one: the
 * rest pose's mouthClose falls by as much as the expression opens the gap (in mouthClose's units),
 * down to 0, the lower lip's own height ({@link #relaxedClose}). So the lips part about their
 * contact line, the lower lip settling at its natural height once the opening exceeds the rest
 * seal's lift, and an open jaw is not half closed by the rest pose. An expression that closes the
 * lips further leaves the rest weight as it is.
 *
 * <p>Immutable; thread-safe; {@link #of} caches one per model.
 */
public final class LipSeal {
  /** Deepest press of the lower lip past the upper lip's inner edge, cm. */
  static final double MAX_PRESS_CM = 0.05;
  private static final int[] LANDMARKS = {62, 66};
  private static final double[] SIGN = {1, -1};
  private static final Map<FaceModel, LipSeal> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
  private final LandmarkHeights gap;
  private final int close;
  private final double perClose;

  private LipSeal(LandmarkHeights gap, int close) {
    this.gap = gap;
    this.close = close;
    this.perClose = gap.perExpression(close);
    if (!(perClose < 0)) {
      throw new IllegalArgumentException("the model's mouthClose shape does not close the lips");
    }
  }

  /**
   * The seal of a model (computed once per model and cached), or null when it has no mouthClose
   * shape or fewer than 68 landmarks (test fixtures).
   *
   * @param model the face model
   * @return its seal, or null
   */
  public static LipSeal of(FaceModel model) {
    if (!model.hasExpression("mouthClose") || model.landmarks().length < 68) {
      return null;
    }
    return CACHE.computeIfAbsent(model,
        m -> new LipSeal(LandmarkHeights.of(m, LANDMARKS, SIGN), m.expressionIndex("mouthClose")));
  }

  /**
   * @param identityWeights identity weights (missing modes count 0)
   * @param expressionWeights expression weights in the model's order
   * @return the gap between the inner lips, cm (negative: the lower lip past the upper)
   */
  double gapCm(float[] identityWeights, float[] expressionWeights) {
    return gap.cm(identityWeights, expressionWeights);
  }

  /**
   * Sets the rest pose's mouthClose weight to close the lips: to 0 when they already meet at the
   * drawn press, else to the weight that leaves a gap of {@code -press} cm.
   *
   * @param identityWeights the identity weights the face is rendered with
   * @param rest the rest pose's weights in the model's order, its mouthClose replaced in place
   * @param pressDraw a uniform draw in [0, 1): the press is {@code pressDraw} x {@value #MAX_PRESS_CM} cm
   */
  void seal(float[] identityWeights, float[] rest, double pressDraw) {
    rest[close] = 0;
    double excess = gapCm(identityWeights, rest) + pressDraw * MAX_PRESS_CM;
    rest[close] = excess <= 0 ? 0 : (float) Math.min(1, excess / -perClose);
  }

  /** @return the model's mouthClose index */
  public int closeIndex() {
    return close;
  }

  /**
   * The rest pose's mouthClose under an expression: {@code clamp(restClose - opening / lift, 0,
   * restClose)}, where {@code opening} is how far the expression (its own mouthClose left out)
   * parts the inner lips, cm, and {@code lift} the gap mouthClose closes per unit weight.
   *
   * @param restClose the rest pose's mouthClose weight
   * @param expressionWeights the expression's weights in the model's order (rest pose not included)
   * @return the weight to add under the expression, 0..restClose
   */
  public float relaxedClose(float restClose, float[] expressionWeights) {
    double opening = gap.expressionCm(expressionWeights, close);
    return (float) Math.max(0, Math.min(restClose, restClose + opening / perClose));
  }
}
