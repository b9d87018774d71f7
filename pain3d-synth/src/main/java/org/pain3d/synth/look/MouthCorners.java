package org.pain3d.synth.look;

import java.util.Collections;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.WeakHashMap;
import org.pain3d.face.FaceModel;

/**
 * The resting height of the mouth corners ({@link LookFeature#MOUTH_CORNERS}), part of the
 * {@link RestPose}. The drop is the stomion's height (the mean of the inner-lip landmarks 62
 * and 66) above the cheilia's (the mean of the corners 48 and 54), cm, on the identity's mesh
 * with its rest weights: positive when the corners sit below the lips' line.
 *
 * <p>ICT-FaceKit's mean face rests its corners 1.6 mm below the stomion; the men's shape shift
 * ({@link DemographicShape}) lowers them by about 0.3 mm more and the rest pose's mouthClose by
 * up to 1 mm (the earlier draw of 0.05..0.2; the {@link LipSeal} uses far less), so many young
 * men's neutral faces showed a down-turned mouth that a photo-trained
 * expression model (face-api) read as sad: young men's neutral faces were read as neutral 0.53
 * of the time against 0.93 for the other groups (docs/faces.md, "Eleventh session"). The rest
 * pose therefore lifts the corners with both mouthSmile shapes, as much as brings the drop down
 * to a target drawn per identity: {@value #YOUNG_MIN_CM}..{@value #YOUNG_MAX_CM} cm when young,
 * {@value #ELDERLY_MIN_CM}..{@value #ELDERLY_MAX_CM} cm when elderly (the oral commissures descend
 * with age), at most {@value #MAX_WEIGHT} of each smile shape (beyond that the corners also
 * widen into a smile). Corners at or above their target are left as they are. A design choice
 * sized with the perception probes, not a published norm. Linear in the weights, because the
 * model's shapes are (the soft-tissue ageing's displacements are not counted).
 *
 * <p>Immutable; thread-safe; {@link #of} caches one per model.
 */
public final class MouthCorners {
  /** Smallest target drop when young, cm. */
  public static final double YOUNG_MIN_CM = 0.0;
  /** Largest target drop when young, cm. */
  public static final double YOUNG_MAX_CM = 0.1;
  /** Smallest target drop when elderly, cm. */
  public static final double ELDERLY_MIN_CM = 0.1;
  /** Largest target drop when elderly, cm. */
  public static final double ELDERLY_MAX_CM = 0.2;
  /** Largest weight of each mouthSmile shape the lift uses. */
  public static final float MAX_WEIGHT = 0.3f;
  private static final int[] LANDMARKS = {62, 66, 48, 54};
  private static final double[] SIGN = {0.5, 0.5, -0.5, -0.5};
  private static final Map<FaceModel, MouthCorners> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
  private final LandmarkHeights drop;
  private final int smileLeft;
  private final int smileRight;
  private final double perSmile;

  private MouthCorners(LandmarkHeights drop, int smileLeft, int smileRight) {
    this.drop = drop;
    this.smileLeft = smileLeft;
    this.smileRight = smileRight;
    this.perSmile = drop.perExpression(smileLeft) + drop.perExpression(smileRight);
    if (!(perSmile < 0)) {
      throw new IllegalArgumentException("the model's mouthSmile shapes do not lift the mouth corners");
    }
  }

  /**
   * The corners of a model (computed once per model and cached), or null when it has no
   * mouthSmile_L/R shapes or fewer than 68 landmarks (test fixtures).
   *
   * @param model the face model
   * @return its corners, or null
   */
  public static MouthCorners of(FaceModel model) {
    if (!model.hasExpression("mouthSmile_L") || !model.hasExpression("mouthSmile_R") || model.landmarks().length < 68) {
      return null;
    }
    return CACHE.computeIfAbsent(model, MouthCorners::measure);
  }

  private static MouthCorners measure(FaceModel model) {
    return new MouthCorners(LandmarkHeights.of(model, LANDMARKS, SIGN), model.expressionIndex("mouthSmile_L"),
        model.expressionIndex("mouthSmile_R"));
  }

  /**
   * The drop of the corners below the stomion.
   *
   * @param identityWeights identity weights (missing modes count 0)
   * @param expressionWeights expression weights in the model's order
   * @return the drop, cm (positive: corners below the lips' line)
   */
  public double dropCm(float[] identityWeights, float[] expressionWeights) {
    return drop.cm(identityWeights, expressionWeights);
  }

  /**
   * Lifts the corners of a rest pose towards a target drop drawn for the identity: sets both
   * mouthSmile weights of {@code rest} (left as they are when the corners are already at or
   * above the target). Draws one number from {@code rnd} whatever the outcome.
   *
   * @param identityWeights the identity weights the face is rendered with
   * @param rest the rest pose's weights in the model's order, updated in place
   * @param elderly whether the identity is elderly
   * @param rnd the random source
   */
  public void lift(float[] identityWeights, float[] rest, boolean elderly, SplittableRandom rnd) {
    double target = elderly ? rnd.nextDouble(ELDERLY_MIN_CM, ELDERLY_MAX_CM) : rnd.nextDouble(YOUNG_MIN_CM, YOUNG_MAX_CM);
    double excess = dropCm(identityWeights, rest) - target;
    if (excess <= 0) {
      return;
    }
    float w = (float) Math.min(MAX_WEIGHT, excess / -perSmile);
    rest[smileLeft] = Math.min(1f, rest[smileLeft] + w);
    rest[smileRight] = Math.min(1f, rest[smileRight] + w);
  }
}
