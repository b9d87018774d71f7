package org.pain3d.synth.look;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import org.pain3d.io.Json;

/**
 * Which look features are on, and the rates of the optional ones.
 *
 * @param features the features that are on
 * @param facialHairRate share of men with a beard, moustache or goatee, about, in an
 *     age-balanced set (young men fewer, elderly more, see {@code HairSampler#AGE_SPLIT}; others are
 *     clean-shaven or stubbled), in [0, 1]
 * @param makeupRate share of young women wearing make-up (elderly women x0.5), in [0, 1]
 */
public record LookOptions(Set<LookFeature> features, double facialHairRate, double makeupRate) {
  /** Default share of men with facial hair (young men 0.20, elderly 0.38). */
  public static final double FACIAL_HAIR_RATE = 0.3;
  /** Default share of young women with make-up. */
  public static final double MAKEUP_RATE = 0.5;

  /** Validates the rates; copies the set. */
  public LookOptions {
    features = features.isEmpty() ? EnumSet.noneOf(LookFeature.class) : EnumSet.copyOf(features);
    if (!(facialHairRate >= 0 && facialHairRate <= 1) || !(makeupRate >= 0 && makeupRate <= 1)) {
      throw new IllegalArgumentException("rates must be in [0, 1]: " + facialHairRate + ", " + makeupRate);
    }
  }

  /** @return the full look: every feature on but the opt-in ones ({@link LookFeature#defaults()}), default rates */
  public static LookOptions full() {
    return new LookOptions(LookFeature.defaults(), FACIAL_HAIR_RATE, MAKEUP_RATE);
  }

  /** @return every feature off: the plain look of earlier versions */
  public static LookOptions plain() {
    return new LookOptions(EnumSet.noneOf(LookFeature.class), FACIAL_HAIR_RATE, MAKEUP_RATE);
  }

  /**
   * @param off features to switch off
   * @return these options without them
   */
  public LookOptions without(Set<LookFeature> off) {
    EnumSet<LookFeature> on = copy();
    on.removeAll(off);
    return new LookOptions(on, facialHairRate, makeupRate);
  }

  /**
   * @param add features to switch on (e.g. the opt-in ones)
   * @return these options with them
   */
  public LookOptions with(Set<LookFeature> add) {
    EnumSet<LookFeature> on = copy();
    on.addAll(add);
    return new LookOptions(on, facialHairRate, makeupRate);
  }

  private EnumSet<LookFeature> copy() {
    return features.isEmpty() ? EnumSet.noneOf(LookFeature.class) : EnumSet.copyOf(features);
  }

  /** @return whether a feature is on */
  public boolean has(LookFeature f) {
    return features.contains(f);
  }

  /** @return whether every feature is off */
  public boolean isPlain() {
    return features.isEmpty();
  }

  /** @return the options as JSON (the generator config's {@code look}) */
  public ObjectNode toJson() {
    ObjectNode n = Json.mapper().createObjectNode();
    ArrayNode on = n.putArray("features");
    for (LookFeature f : LookFeature.values()) {
      if (features.contains(f)) {
        on.add(f.flag());
      }
    }
    n.put("facial_hair_rate", facialHairRate).put("makeup_rate", makeupRate);
    return n;
  }
}
