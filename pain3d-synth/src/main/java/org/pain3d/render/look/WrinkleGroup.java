package org.pain3d.render.look;

import java.util.List;

/**
 * Skin folds of the face and the ICT-FaceKit blendshapes (so the action units) that deepen
 * them. Groups with no shapes are static: they only age ({@link SkinLook#age()}).
 */
public enum WrinkleGroup {
  /** Horizontal forehead lines: AU1 inner and AU2 outer brow raiser. */
  FOREHEAD(List.of("browInnerUp_L", "browInnerUp_R", "browOuterUp_L", "browOuterUp_R")),
  /** Vertical lines between the brows: AU4 brow lowerer. */
  GLABELLA(List.of("browDown_L", "browDown_R")),
  /** Crow's feet at the outer eye corners: AU6 cheek raiser, AU7 lid tightener. */
  CROWS_FEET(List.of("cheekSquint_L", "cheekSquint_R", "eyeSquint_L", "eyeSquint_R", "cheekRaiser_L",
      "cheekRaiser_R")),
  /** Bunny lines on the sides of the nose: AU9 nose wrinkler. */
  NOSE(List.of("noseSneer_L", "noseSneer_R")),
  /** The nasolabial furrow from the nose wing past the mouth corner: AU10 upper lip raiser, AU9, AU6. */
  NASOLABIAL(List.of("mouthUpperUp_L", "mouthUpperUp_R", "noseSneer_L", "noseSneer_R", "cheekSquint_L",
      "cheekSquint_R")),
  /** Lines under the lower lids: AU6 and AU7. */
  UNDER_EYE(List.of("cheekSquint_L", "cheekSquint_R", "eyeSquint_L", "eyeSquint_R")),
  /** Marionette lines from the mouth corners down (age only). */
  MARIONETTE(List.of()),
  /** Vertical lines above the upper lip (age only). */
  LIP_LINES(List.of());

  private final List<String> shapes;

  WrinkleGroup(List<String> shapes) {
    this.shapes = shapes;
  }

  /** @return the ICT-FaceKit expression shapes whose weights deepen this group (may be empty) */
  public List<String> shapes() {
    return shapes;
  }

  /** @return whether expressions deepen this group */
  public boolean dynamic() {
    return !shapes.isEmpty();
  }
}
