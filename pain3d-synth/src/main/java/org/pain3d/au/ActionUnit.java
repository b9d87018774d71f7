package org.pain3d.au;

import java.util.List;
import java.util.Locale;

/**
 * The FACS action units that ICT-FaceKit can express, with the blendshapes that drive each
 * (ICT-FaceKit's own FACS table). Bilateral AUs list the left shape first, then the right.
 *
 * <p>AU43 (eyes closed, a pain AU) and AU45 (blink) both drive {@code eyeBlink_L/R}; AU43 is
 * binary (0 or 1). Jaw sideways (AU30) and eye gaze (AU61-64) are split by direction, as
 * FACS codes them; the direction is the subject's own left or right.
 */
public enum ActionUnit {
  /** Inner brow raiser. */
  AU1(1, "inner brow raiser", 5, "browInnerUp_L", "browInnerUp_R"),
  /** Outer brow raiser. */
  AU2(2, "outer brow raiser", 5, "browOuterUp_L", "browOuterUp_R"),
  /** Brow lowerer (pain). */
  AU4(4, "brow lowerer", 5, "browDown_L", "browDown_R"),
  /** Upper lid raiser. */
  AU5(5, "upper lid raiser", 5, "eyeWide_L", "eyeWide_R"),
  /** Cheek raiser (pain). */
  AU6(6, "cheek raiser", 5, "cheekSquint_L", "cheekSquint_R"),
  /** Lid tightener (pain). */
  AU7(7, "lid tightener", 5, "eyeSquint_L", "eyeSquint_R"),
  /** Nose wrinkler (pain). */
  AU9(9, "nose wrinkler", 5, "noseSneer_L", "noseSneer_R"),
  /** Upper lip raiser (pain). */
  AU10(10, "upper lip raiser", 5, "mouthShrugUpper"),
  /** Nasolabial deepener. */
  AU11(11, "nasolabial deepener", 5, "mouthUpperUp_L", "mouthUpperUp_R"),
  /** Lip corner puller. */
  AU12(12, "lip corner puller", 5, "mouthSmile_L", "mouthSmile_R"),
  /** Dimpler. */
  AU14(14, "dimpler", 5, "mouthDimple_L", "mouthDimple_R"),
  /** Lip corner depressor. */
  AU15(15, "lip corner depressor", 5, "mouthFrown_L", "mouthFrown_R"),
  /** Lower lip depressor. */
  AU16(16, "lower lip depressor", 5, "mouthLowerDown_L", "mouthLowerDown_R"),
  /** Chin raiser. */
  AU17(17, "chin raiser", 5, "mouthShrugLower"),
  /** Lip pucker. */
  AU18(18, "lip pucker", 5, "mouthPucker"),
  /** Lip stretcher. */
  AU20(20, "lip stretcher", 5, "mouthStretch_L", "mouthStretch_R"),
  /** Lip funneler. */
  AU22(22, "lip funneler", 5, "mouthFunnel"),
  /** Lip pressor. */
  AU24(24, "lip pressor", 5, "mouthPress_L", "mouthPress_R"),
  /** Mouth stretch (jaw open). */
  AU27(27, "mouth stretch", 5, "jawOpen"),
  /** Lip suck. */
  AU28(28, "lip suck", 5, "mouthRollLower", "mouthRollUpper"),
  /** Jaw thrust. */
  AU29(29, "jaw thrust", 5, "jawForward"),
  /** Jaw sideways, to the subject's left. */
  AU30L(30, "jaw sideways left", 5, "jawLeft"),
  /** Jaw sideways, to the subject's right. */
  AU30R(30, "jaw sideways right", 5, "jawRight"),
  /** Cheek blow. */
  AU33(33, "cheek blow", 5, "cheekPuff_L", "cheekPuff_R"),
  /** Eyes closed (pain; binary). */
  AU43(43, "eyes closed", 1, "eyeBlink_L", "eyeBlink_R"),
  /** Blink. */
  AU45(45, "blink", 5, "eyeBlink_L", "eyeBlink_R"),
  /** Eyes turn left (the subject's left: left eye out, right eye in). */
  AU61(61, "eyes turn left", 5, "eyeLookOut_L", "eyeLookIn_R"),
  /** Eyes turn right. */
  AU62(62, "eyes turn right", 5, "eyeLookIn_L", "eyeLookOut_R"),
  /** Eyes up. */
  AU63(63, "eyes up", 5, "eyeLookUp_L", "eyeLookUp_R"),
  /** Eyes down. */
  AU64(64, "eyes down", 5, "eyeLookDown_L", "eyeLookDown_R");

  /** The six AUs of the PSPI formula, in the order of the 3DPain annotations. */
  public static final List<ActionUnit> PAIN =
      List.of(AU4, AU6, AU7, AU9, AU10, AU43);

  private final int code;
  private final String description;
  private final int maxIntensity;
  private final List<String> blendshapes;

  ActionUnit(int code, String description, int maxIntensity, String... blendshapes) {
    this.code = code;
    this.description = description;
    this.maxIntensity = maxIntensity;
    this.blendshapes = List.of(blendshapes);
  }

  /** @return the FACS number (30 for both AU30L and AU30R) */
  public int code() {
    return code;
  }

  /** @return the FACS name */
  public String description() {
    return description;
  }

  /** @return the largest intensity: 5 for graded AUs, 1 for AU43 */
  public int maxIntensity() {
    return maxIntensity;
  }

  /** @return whether intensities are 0 or 1 only */
  public boolean isBinary() {
    return maxIntensity == 1;
  }

  /** @return the ICT-FaceKit shapes this AU drives (left first for bilateral AUs) */
  public List<String> blendshapes() {
    return blendshapes;
  }

  /** @return whether the AU drives a left and a right shape */
  public boolean isBilateral() {
    return blendshapes.size() == 2 && blendshapes.get(0).endsWith("_L") && blendshapes.get(1).endsWith("_R");
  }

  /**
   * Parses {@code AU4}, {@code au4}, {@code 4} or {@code AU30L}.
   *
   * @param text the name
   * @return the action unit
   * @throws IllegalArgumentException for an unknown name
   */
  public static ActionUnit parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (!t.startsWith("AU")) {
      t = "AU" + t;
    }
    try {
      return valueOf(t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown action unit '" + text + "' (known: " + java.util.Arrays.toString(values()) + ")", e);
    }
  }
}
