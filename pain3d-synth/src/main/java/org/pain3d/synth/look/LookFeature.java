package org.pain3d.synth.look;

import java.util.EnumSet;
import java.util.Locale;

/**
 * The features of an identity's look; each can be switched off (for ablations), and the opt-in
 * ones on.
 */
public enum LookFeature {
  /** Identity weights shifted towards the demographic group's anthropometric norms. */
  SHAPE,
  /** Soft-tissue ageing of the elderly: jowls, deeper nasolabial folds, eye bags, thinner lips, lower brows. */
  AGEING,
  /** Skin colour from a continuous per-ethnicity ITA distribution (off: six tone steps). */
  SKIN_TONE,
  /** Freckles, moles, redness, blemishes, pores, under-eye darkening. */
  SKIN_DETAIL,
  /** Static age lines, lentigines and uneven tone. */
  AGE_DETAIL,
  /** Expression wrinkles that follow the action units. */
  WRINKLES,
  /** Scalp hair. */
  HAIR,
  /** Beards, moustaches, goatees and stubble. */
  FACIAL_HAIR,
  /** Hair-like brows shaped per person, coloured like the hair. */
  BROWS,
  /** Eyelashes. */
  LASHES,
  /**
   * Within {@link #LASHES}: a closing lid's upper lashes grow from its seam (their roots lifted
   * onto the upper-lid landmarks' line, {@code render.hair.LashSeam}); off, they hang below it
   * as before. Lids at rest are unchanged either way.
   */
  LASH_SEAM,
  /** Iris colour by ethnicity with fibres and limbal ring; sclera tint by age. */
  EYES,
  /** Lipstick and eyeliner. */
  MAKEUP,
  /** Light wrapping past the terminator on skin (subsurface-like softness). */
  SOFT_SKIN,
  /** A relaxed face under every expression: lids slightly lowered, lips closed. */
  REST_POSE,
  /**
   * The key light within {@value LookSampler#KEY_LIGHT_MAX_DEG} degrees of the front (off: within
   * {@value org.pain3d.render.Appearance#MAX_LIGHT_AZIMUTH_DEG}): with cameras at +-30 degrees
   * of yaw no view sees the face lit from more than 60 degrees to its side.
   */
  KEY_LIGHT,
  /**
   * The lower facial contrast of the elderly ({@link AgeContrast}): lips paler, brows greyer,
   * thinner and sparser, static age lines deeper.
   */
  AGE_CONTRAST,
  /**
   * East Asian eye shape within {@link #SHAPE}: a lower palpebral fissure and an upward canthal
   * tilt ({@link AnthropometricNorms}); off, those measures are held at the mean for every group.
   */
  EYE_SHAPE,
  /**
   * Facial hair as a photograph shows it (within {@link #FACIAL_HAIR}): a beard's hairs let the
   * skin show between them where the beard is not full (it thins into the skin at its edges), the
   * hairs differ less in brightness, and a broad sheen on the lit side shades facial hair with the
   * key light; off, the earlier opaque, flat fill.
   */
  BEARD_LIGHT,
  /**
   * The studio lights a dark face for the camera ({@link LookSampler#faceLightGain}): the face's
   * light is raised by up to {@value LookSampler#FACE_LIGHT_MAX_GAIN}x so that skin darker than an
   * intermediate one is exposed like it; the background keeps its own light. Studio only: scened
   * renders draw their own lights and exposure. <b>Opt-in</b> ({@link #optIn()}) since the
   * seventeenth session: with {@link #CAMERA_TONE} dark faces are found at the side views without
   * it, and unexposed they keep the darkness of their labelled skin (docs/faces.md).
   */
  FACE_EXPOSURE,
  /**
   * Within {@link #REST_POSE}: the resting mouth corners lifted to the lips' line
   * ({@link MouthCorners}: a symmetric mouthSmile up to 0.3, as much as brings the corners to 0..1
   * mm below the stomion when young, 1..2 mm when elderly); off, the model's own corners, which
   * down-turned mouths a photo-trained model read as sad.
   */
  MOUTH_CORNERS,
  /**
   * Within {@link #REST_POSE}: the resting lips closed by as much mouthClose as brings the lower
   * lip to the upper lip's inner edge ({@link LipSeal}: pressed 0..0.5 mm past it); off, the
   * earlier mouthClose 0.05..0.2, which lifted the lower lip 2..8 mm, over the upper lip at rest
   * and over the upper teeth when AU9 and AU10 raise the upper lip.
   */
  LIP_SEAL,
  /**
   * The camera's tone curve ({@link org.pain3d.render.CameraTone}): the finished image gets a
   * photograph's S-shaped tone rendering (deeper shadows, steeper mid-tones) on top of the sRGB
   * encoding; off, the plain encoding's flatter image. Every scene: in the studio on the
   * finished render, in a varied or bedside scene on the render before its camera effects
   * (blur, noise, JPEG), where a camera's tone rendering sits.
   */
  CAMERA_TONE,
  /**
   * Lines that show on every skin ({@link org.pain3d.render.look.SkinPainter#shade}): part of a
   * static age line's or expression wrinkle's contrast is the skin's sheen, which the furrow
   * interrupts and the ridge catches and which is the same on every skin, so a line on dark skin
   * keeps a contrast near a light skin's; off, a line darkens the skin by a share of its own
   * brightness, and on dark skin the lines nearly vanished.
   */
  LINE_SHEEN,
  /**
   * Within {@link #HAIR}: medium and long straight hair is parted ({@code render.hair.ScalpMap}),
   * in the middle or to one side, its strands running away from the parting over the front of
   * the head; off, every strand runs down from the crown and meets the forehead as a straight
   * fringe of vertical strands.
   */
  PARTING,
  /**
   * Teeth and gums coloured per person from clinical colorimetry ({@link MouthColours}): teeth
   * darker and yellower with age, gums darker on darker skin; off, one colour for everyone (teeth
   * {@code #E6DEC8}, CIELAB L* 88.6, brighter than measured teeth; gums {@code #7A3438}, L* 31.5,
   * darker than measured gingiva).
   */
  MOUTH_COLOUR,
  /**
   * Crow's feet, bunny lines and glabellar lines shaped like folds ({@link
   * org.pain3d.render.look.WrinklePatterns}), static age lines and expression wrinkles alike: four
   * or five crow's-feet rays per side of their own lengths (1.4..2.2 cm), bent together, tapering
   * to their tips; three or four oblique bunny lines per side of the upper nose, the topmost
   * rounded over the nose's root; glabellar lines deepest in their middle and tapering at both
   * ends. Each is deeper than a plain furrow, so that the folds carry the dark amount of the
   * earlier lines (crow's feet and glabella the same, bunny lines 0.65 of the ladder's). Off: five
   * straight rays of one length (2.3 cm), which read as whiskers, a line every 2.2 mm down each
   * side of the nose, which read as a ladder, and glabellar lines at full depth from the nose's
   * root up into the forehead. <b>Opt-in</b> ({@link #optIn()}): face models trained on
   * photographs read fewer women as women with it, and one of them the elderly younger
   * (docs/faces.md, twenty-seventh and twenty-ninth sessions), so the earlier lines stay the
   * default.
   */
  LINE_FOLDS,
  /**
   * The skin's pores and grain (painted by every skin look) are a bump map ({@link
   * org.pain3d.render.look.PoreRelief}) as well as paint: the shading tilts the normal by the
   * relief's slopes per sample, so the pores catch the light on the side it comes from and the
   * texture changes with the light, as pore-scale normal detail does; off, the skin is smooth and
   * its pores are only its painted contrast.
   */
  PORE_RELIEF,
  /**
   * The static age lines and the expression wrinkles (both painted as before) are a bump map too,
   * on the same relief as the pores ({@link org.pain3d.render.look.PoreRelief#LINE_DEPTH_CM}): a
   * line's sides tilt the normal, so under a directed light the side facing it is lit and the other
   * shaded, as a fold in the skin is; off, the lines are only their painted contrast.
   */
  LINE_RELIEF,
  /**
   * Within {@link #BROWS}: the brows' pigment is a shade darker and more neutral than light scalp
   * hair's ({@link BrowShade}: a blond's brows dark blond, black hair's unchanged); off, the brows
   * have the scalp hair's colour.
   */
  BROW_SHADE,
  /**
   * Within {@link #HAIR}: a share of medium and long straight hair hangs in waves ({@link
   * org.pain3d.render.hair.HairLook#waves}; shares per ethnicity in {@code HairSampler}); off,
   * all of it falls straight.
   */
  WAVES,
  /**
   * Within {@link #BROWS}: the brows' upper edge lowered from ICT-FaceKit's brow landmarks by as
   * much as its mean face's stand above real photographs' mean brow over the eyes (the mean
   * 68-landmark shape, {@code render.look.Brows#PHOTO_TOP}): 0.36-0.87 cm, the head most, so the
   * peak stands higher than the head; each identity keeps its own brow height. Off, on the
   * landmarks, which read as raised brows (surprised or sad).
   */
  BROW_PLACE,
  /**
   * Within {@link #HAIR}: a share of medium and long straight hair is worn with a fringe (bangs,
   * {@link org.pain3d.render.hair.HairLook#fringeCm}: the hair over the forehead ends 1..2 cm above
   * the brows, unparted; shares per gender, age and ethnicity in {@code HairSampler}); off, every
   * forehead is bare up to its hairline.
   */
  FRINGE;

  /**
   * @return whether the feature is off unless asked for ({@code --look-on}); every other feature is
   *     on in the full look
   */
  public boolean optIn() {
    return this == FACE_EXPOSURE || this == LINE_FOLDS;
  }

  /** @return the features of the full look: every one but the opt-in ones */
  public static EnumSet<LookFeature> defaults() {
    EnumSet<LookFeature> on = EnumSet.allOf(LookFeature.class);
    on.removeIf(LookFeature::optIn);
    return on;
  }

  /** @return the flag name, lower case with dashes (e.g. {@code facial-hair}) */
  public String flag() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param flag a flag name ({@link #flag()}), case-insensitive, dashes or underscores
   * @return the feature
   * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
   */
  public static LookFeature parse(String flag) {
    String n = flag.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (LookFeature f : values()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    StringBuilder known = new StringBuilder();
    for (LookFeature f : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(f.flag());
    }
    throw new IllegalArgumentException("unknown look feature '" + flag.trim() + "' (known: " + known + ")");
  }
}
