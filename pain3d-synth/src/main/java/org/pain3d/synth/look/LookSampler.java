package org.pain3d.synth.look;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.face.VertexRegion;
import org.pain3d.render.Appearance;
import org.pain3d.render.Shader;
import org.pain3d.render.SurfaceLook;
import org.pain3d.render.hair.FacialHairStyle;
import org.pain3d.render.hair.HairLook;
import org.pain3d.render.hair.HairStyle;
import org.pain3d.render.look.BrowLook;
import org.pain3d.render.look.SkinColour;
import org.pain3d.render.look.SkinLook;
import org.pain3d.render.look.SkinPainter;

/**
 * Samples an identity's look from its demographics and a seed ({@link IdentityLook}), and the
 * identity weights it is rendered with (conditioned on the demographics when
 * {@link LookFeature#SHAPE} is on).
 *
 * <p>Each feature draws from its own stream, split from the seed in a fixed order whether the
 * feature is on or not, so switching one feature off leaves every other feature of every
 * identity as it was. Immutable; thread-safe.
 */
public final class LookSampler {
  private final LookOptions options;
  private final DemographicShape shape;
  private final MouthCorners corners;
  private final LipSeal seal;
  private final List<String> expressions;

  /**
   * @param model the face model (its expression names, and its modes for the shape conditioning)
   * @param options the features that are on
   */
  public LookSampler(FaceModel model, LookOptions options) {
    // The look paints and builds on ICT-FaceKit's layout; other meshes (test fixtures) stay plain.
    this(model.expressionNames(), model.vertexCount() == VertexRegion.FULL_MODEL_VERTICES ? options : LookOptions.plain(),
        model);
  }

  private LookSampler(List<String> expressions, LookOptions options, FaceModel model) {
    this.options = options;
    this.shape = options.has(LookFeature.SHAPE) ? DemographicShape.of(model) : null;
    this.corners = options.has(LookFeature.MOUTH_CORNERS) ? MouthCorners.of(model) : null;
    this.seal = options.has(LookFeature.LIP_SEAL) ? LipSeal.of(model) : null;
    this.expressions = expressions;
  }

  /**
   * A sampler without shape conditioning (for tests of the sampling alone).
   *
   * @param expressions the model's expression names
   * @param options the features that are on ({@link LookFeature#SHAPE} is ignored)
   */
  LookSampler(List<String> expressions, LookOptions options) {
    this.options = options;
    this.shape = null;
    this.corners = null;
    this.seal = null;
    this.expressions = List.copyOf(expressions);
  }

  /**
   * Largest key-light azimuth with {@link LookFeature#KEY_LIGHT} on, degrees either side of the
   * front: the plain appearance's azimuth is scaled by this over
   * {@link Appearance#MAX_LIGHT_AZIMUTH_DEG} (no new draw). In the first perception runs SSD
   * found 47 % of the faces lit from 60..80 degrees to the camera's side, 90-98 % otherwise.
   */
  public static final double KEY_LIGHT_MAX_DEG = 30;
  /** Linear luminance of the skin the studio's light is set for ({@link LookFeature#FACE_EXPOSURE}). */
  public static final double FACE_LIGHT_REFERENCE_Y = 0.25;
  /** Largest gain of the face's light ({@link LookFeature#FACE_EXPOSURE}). */
  public static final double FACE_LIGHT_MAX_GAIN = 3;

  /** @return the features this sampler draws (plain on other topologies) */
  public LookOptions options() {
    return options;
  }

  /**
   * An identity's look and weights.
   *
   * @param look the look
   * @param weights identity weights to render with
   * @param appearance the appearance to render with: the plain one, with the key light brought
   *     within {@link #KEY_LIGHT_MAX_DEG} of the front when {@link LookFeature#KEY_LIGHT} is on
   */
  public record Sampled(IdentityLook look, float[] weights, Appearance appearance) {}

  /**
   * @param d the identity's demographics
   * @param baseWeights its identity weights before conditioning (not modified)
   * @param seed its look seed
   * @param plain the plain appearance (its skin tone, brow and iris colours stand in for
   *     features that are off)
   * @return the look and weights
   */
  public Sampled sample(Demographics d, float[] baseWeights, long seed, Appearance plain) {
    int plainSkinRgb = plain.skinTone().rgb();
    int plainHairRgb = plain.hairRgb();
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom toneRnd = root.split();
    SplittableRandom detailRnd = root.split();
    SplittableRandom ageRnd = root.split();
    SplittableRandom hairRnd = root.split();
    SplittableRandom facialRnd = root.split();
    SplittableRandom browRnd = root.split();
    SplittableRandom eyeRnd = root.split();
    SplittableRandom makeupRnd = root.split();
    SplittableRandom restRnd = root.split();
    SplittableRandom patternRnd = root.split();
    SplittableRandom mouthRnd = root.split();
    SplittableRandom waveRnd = root.split();
    SplittableRandom fringeRnd = root.split();
    float[] weights = baseWeights.clone();
    if (shape != null) {
      float[] dw = shape.shift(d, options.has(LookFeature.EYE_SHAPE));
      for (int i = 0; i < Math.min(weights.length, dw.length); i++) {
        weights[i] += dw[i];
      }
    }
    boolean old = d.ageGroup() == AgeGroup.ELDERLY;
    boolean woman = d.gender() == Gender.WOMAN;
    double[] tone = SkinToneModel.sample(d.ethnicity(), d.gender(), toneRnd);
    SkinDetail detail = SkinDetail.sample(d, detailRnd, ageRnd);
    double lash = 0.45 + 0.2 * makeupRnd.nextDouble();
    Makeup makeup = Makeup.sample(d, options.has(LookFeature.MAKEUP) ? options.makeupRate() : 0, makeupRnd);
    HairLook hair = hair(d, hairRnd, facialRnd, waveRnd, fringeRnd, Math.max(lash, makeup.mascara()),
        patternRnd.nextLong());

    // No draw of its own: the elderly's static age detail sets how much contrast is lost.
    double ageContrast = options.has(LookFeature.AGE_CONTRAST) && old ? detail.ageDetail() : 0;
    BrowLook brows = options.has(LookFeature.BROWS)
        ? AgeContrast.brows(brows(woman, old, options.has(LookFeature.BROW_PLACE), browRnd), ageContrast, woman)
        : BrowLook.average();
    long skinSeed = patternRnd.nextLong();
    int skinRgb = options.has(LookFeature.SKIN_TONE) ? (int) tone[1] : plainSkinRgb;
    SkinLook skin = anySkinFeature()
        ? skin(skinRgb, detail, hair, brows, makeup, plainHairRgb, ageContrast, woman, skinSeed)
        : null;
    SurfaceLook surface = surface(d, skinRgb, eyeRnd, mouthRnd);
    float[] rest = options.has(LookFeature.REST_POSE)
        ? RestPose.sample(expressions, old, woman, seal, weights, restRnd)
        : null;
    if (rest != null && corners != null) {
      corners.lift(weights, rest, old, restRnd);
    }
    LipSeal restSeal = rest == null ? null : seal;
    double ageing = options.has(LookFeature.AGEING) ? detail.softTissue() : 0;
    double wrinkles = options.has(LookFeature.WRINKLES) ? detail.wrinkleDepth() : 0;
    boolean cameraTone = options.has(LookFeature.CAMERA_TONE);
    IdentityLook look = new IdentityLook(skin, surface, hair, wrinkles, rest, restSeal, ageing, null, cameraTone);
    AppearanceAnnotation note = options.isPlain() ? null
        : LookAnnotations.of(options, skin, surface, hair, look, ageContrast, weights, shape != null, expressions, plain);
    Appearance lit = options.has(LookFeature.KEY_LIGHT)
        ? plain.withLightAzimuthDeg(plain.lightAzimuthDeg() * KEY_LIGHT_MAX_DEG / Appearance.MAX_LIGHT_AZIMUTH_DEG)
        : plain;
    if (options.has(LookFeature.FACE_EXPOSURE)) {
      lit = lit.withLightGain(faceLightGain(skinRgb));
    }
    return new Sampled(new IdentityLook(skin, surface, hair, wrinkles, rest, restSeal, ageing, note, cameraTone), weights, lit);
  }

  /**
   * The studio's light on a face for its skin colour: a photographer (or a camera's face-priority
   * exposure) exposes for the face, so skin whose linear luminance Y is under
   * {@value #FACE_LIGHT_REFERENCE_Y} (an intermediate skin, ITA about 20 degrees) gets
   * {@code min(FACE_LIGHT_MAX_GAIN, FACE_LIGHT_REFERENCE_Y / Y)} times the light, lighter skin 1.
   *
   * @param skinRgb the skin's base colour, packed sRGB
   * @return the gain, 1..{@value #FACE_LIGHT_MAX_GAIN}
   */
  static double faceLightGain(int skinRgb) {
    double y = 0.2126 * Shader.toLinear(skinRgb >> 16 & 255) + 0.7152 * Shader.toLinear(skinRgb >> 8 & 255)
        + 0.0722 * Shader.toLinear(skinRgb & 255);
    return y >= FACE_LIGHT_REFERENCE_Y ? 1 : Math.min(FACE_LIGHT_MAX_GAIN, FACE_LIGHT_REFERENCE_Y / y);
  }

  private boolean anySkinFeature() {
    return options.has(LookFeature.SKIN_DETAIL) || options.has(LookFeature.AGE_DETAIL)
        || options.has(LookFeature.BROWS) || options.has(LookFeature.MAKEUP) || options.has(LookFeature.FACIAL_HAIR)
        || options.has(LookFeature.WRINKLES) || options.has(LookFeature.SKIN_TONE);
  }

  private SkinLook skin(int base, SkinDetail detail, HairLook hair, BrowLook brows, Makeup makeup, int plainHairRgb,
      double ageContrast, boolean woman, long seed) {
    boolean det = options.has(LookFeature.SKIN_DETAIL);
    boolean age = options.has(LookFeature.AGE_DETAIL);
    double stubble = options.has(LookFeature.FACIAL_HAIR) ? detail.stubble(hair) : 0;
    int browRgb = options.has(LookFeature.BROWS)
        ? AgeContrast.browColour(options.has(LookFeature.BROW_SHADE) ? BrowShade.of(hair.rgb()) : hair.rgb(),
            hair.grey(), ageContrast)
        : plainHairRgb;
    return new SkinLook(base, SkinColour.ita(base), det ? detail.freckles() : 0, det ? detail.moles() : 0,
        det ? detail.redness() : 0, det ? detail.blemishes() : 0, det ? detail.pores() : 0.5,
        age ? detail.ageDetail() : 0, AgeContrast.lineDepth(ageContrast, woman),
        options.has(LookFeature.LINE_SHEEN) ? SkinPainter.LINE_SHEEN : 0, options.has(LookFeature.LINE_FOLDS),
        options.has(LookFeature.PORE_RELIEF),
        options.has(LookFeature.LINE_RELIEF), det ? detail.underEye() : 0,
        AgeContrast.lips(SkinLook.lipsFor(base), base, ageContrast, woman), makeup.lipstick(),
        makeup.lipstickRgb(), makeup.eyeliner(), stubble, browRgb, brows, seed);
  }

  private HairLook hair(Demographics d, SplittableRandom rnd, SplittableRandom facialRnd, SplittableRandom waveRnd,
      SplittableRandom fringeRnd, double lash, long seed) {
    HairStyle style = HairSampler.style(d, rnd);
    int rgb = HairSampler.colour(d.ethnicity(), rnd);
    double grey = HairSampler.grey(d.ageGroup(), rnd);
    double volume = rnd.nextDouble(0.8, 1.25);
    double length = rnd.nextDouble(0.75, 1.25);
    // Women's front hairline lower (3.0..4.0 cm above the brows, was 3.8..4.8): with the
    // hanging hair closer to the face it frames the face (perception probes, docs/faces.md).
    double hairline = d.gender() == Gender.WOMAN ? rnd.nextDouble(3.0, 4.0) : rnd.nextDouble(4.2, 5.4);
    FacialHairStyle facial = FacialHairStyle.NONE;
    double density = 0;
    boolean hasFacial = d.gender() == Gender.MAN
        && facialRnd.nextDouble() < HairSampler.facialHairProbability(options.facialHairRate(), d.ageGroup());
    FacialHairStyle drawn = HairSampler.facialStyle(d.ageGroup(), facialRnd);
    double drawnDensity = HairSampler.facialDensity(d, facialRnd);
    if (options.has(LookFeature.FACIAL_HAIR) && hasFacial) {
      facial = drawn;
      density = drawnDensity;
    }
    if (!options.has(LookFeature.HAIR)) {
      style = HairStyle.BALD;
    }
    double waves = HairSampler.waves(d.ethnicity(), style, waveRnd);
    double fringe = HairSampler.fringeCm(d, style, fringeRnd);
    return new HairLook(style, rgb, grey, volume, length, hairline, facial, density,
        options.has(LookFeature.BEARD_LIGHT), options.has(LookFeature.LASHES), lash, options.has(LookFeature.LASH_SEAM),
        options.has(LookFeature.PARTING), options.has(LookFeature.WAVES) ? waves : 0,
        options.has(LookFeature.FRINGE) ? fringe : 0, seed);
  }

  private static BrowLook brows(boolean woman, boolean old, boolean photoPlaced, SplittableRandom rnd) {
    // Women's brows thinner and more arched (groomed brows; a sexually dimorphic cue).
    double thick = woman ? rnd.nextDouble(0.65, 0.9) : rnd.nextDouble(1.1, 1.5);
    double density = (woman ? rnd.nextDouble(0.75, 1.0) : rnd.nextDouble(0.8, 1.0)) * (old ? 0.8 : 1);
    double arch = woman ? rnd.nextDouble(0.14, 0.26) : rnd.nextDouble(0, 0.08);
    double drop = woman ? rnd.nextDouble(0.02, 0.12) : rnd.nextDouble(0.12, 0.28);
    return new BrowLook(thick, density, arch, drop, photoPlaced);
  }

  private SurfaceLook surface(Demographics d, int skinRgb, SplittableRandom eyeRnd, SplittableRandom mouthRnd) {
    boolean eyes = options.has(LookFeature.EYES);
    boolean soft = options.has(LookFeature.SOFT_SKIN);
    boolean mouth = options.has(LookFeature.MOUTH_COLOUR);
    int[] iris = Eyes.iris(d.ethnicity(), eyeRnd);
    int sclera = Eyes.sclera(d.ageGroup(), eyeRnd);
    int teeth = MouthColours.teeth(d.ageGroup(), mouthRnd);
    int gums = MouthColours.gums(skinRgb, mouthRnd);
    if (!eyes && !soft && !mouth) {
      return null;
    }
    double wr = soft ? 0.35 : 0;
    double wg = soft ? 0.18 : 0;
    double wb = soft ? 0.12 : 0;
    return new SurfaceLook(eyes ? iris[0] : -1, eyes ? iris[1] : -1, eyes ? sclera : -1, mouth ? teeth : -1,
        mouth ? gums : -1, wr, wg, wb);
  }
}
