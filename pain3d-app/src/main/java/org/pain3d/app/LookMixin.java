package org.pain3d.app;

import java.util.EnumSet;
import java.util.Set;
import org.pain3d.synth.look.LookFeature;
import org.pain3d.synth.look.LookOptions;
import picocli.CommandLine.Option;

/**
 * Options of an identity's look, shared by {@code generate}, {@code video}, {@code render} and
 * {@code gallery} as a picocli mixin: every feature but the opt-in ones on by default, {@code
 * --look plain} for the plain look of earlier versions, {@code --look-off} to switch single
 * features off (ablations), {@code --look-on} to switch opt-in ones on, and the rates of facial
 * hair and make-up.
 */
public final class LookMixin {
  @Option(names = "--look", paramLabel = "full|plain", defaultValue = "full",
      description = "Identity look: full (demographic shape, ageing, skin, hair, ...) or plain (earlier versions' "
          + "bald look) (default: ${DEFAULT-VALUE}).")
  String look;

  @Option(names = "--look-off", paramLabel = "LIST", split = ",",
      description = "Look features to switch off: shape, ageing, skin-tone, skin-detail, age-detail, wrinkles, hair, "
          + "facial-hair, brows, lashes, lash-seam, eyes, makeup, soft-skin, rest-pose, key-light, age-contrast, "
          + "eye-shape, beard-light, mouth-corners, lip-seal, camera-tone, line-sheen, parting, mouth-colour, "
          + "pore-relief, line-relief, brow-shade, waves, brow-place, fringe.")
  String[] off;

  @Option(names = "--look-on", paramLabel = "LIST", split = ",",
      description = "Opt-in look features to switch on: face-exposure (the studio raises the light on faces darker "
          + "than an intermediate skin, up to 3x), line-folds (crow's feet, bunny and frown lines shaped like folds).")
  String[] on;

  @Option(names = "--facial-hair-rate", paramLabel = "R", defaultValue = "0.3",
      description = "Share of men with a beard, moustache or goatee, 0..1 (young men fewer, elderly more: 0.20 and "
          + "0.38 at 0.3) (default: ${DEFAULT-VALUE}).")
  double facialHairRate;

  @Option(names = "--makeup-rate", paramLabel = "R", defaultValue = "0.5",
      description = "Share of young women wearing make-up (lipstick, eyeliner, mascara), 0..1; elderly women x0.5 "
          + "(default: ${DEFAULT-VALUE}).")
  double makeupRate;

  /**
   * @return the look options
   * @throws IllegalArgumentException for an unknown value
   */
  LookOptions options() {
    boolean full = switch (look.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "full" -> true;
      case "plain" -> false;
      default -> throw new IllegalArgumentException("--look: unknown value '" + look + "' (expected full or plain)");
    };
    if (!(facialHairRate >= 0 && facialHairRate <= 1)) {
      throw new IllegalArgumentException("--facial-hair-rate must be in 0..1, got " + facialHairRate);
    }
    if (!(makeupRate >= 0 && makeupRate <= 1)) {
      throw new IllegalArgumentException("--makeup-rate must be in 0..1, got " + makeupRate);
    }
    Set<LookFeature> base = full ? LookFeature.defaults() : EnumSet.noneOf(LookFeature.class);
    return new LookOptions(base, facialHairRate, makeupRate).with(parse(on)).without(parse(off));
  }

  private static Set<LookFeature> parse(String[] flags) {
    Set<LookFeature> features = EnumSet.noneOf(LookFeature.class);
    for (String f : flags == null ? new String[0] : flags) {
      features.add(LookFeature.parse(f));
    }
    return features;
  }
}
