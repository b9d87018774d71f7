package org.pain3d.synth.look;

import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.render.SurfaceLook;
import org.pain3d.render.hair.HairLook;
import org.pain3d.render.look.SkinLook;

/**
 * Everything an identity's look adds to the renderer's plain look (each part null or
 * neutral when its feature is off).
 *
 * @param skin the skin bake, or null for the plain procedural skin
 * @param surface eye colours and skin wrap, or null for the plain shader
 * @param hair hair, facial hair and lashes ({@link HairLook#none()} when off)
 * @param wrinkleDepth depth of the expression wrinkles, 0 when off, at most 2
 * @param restPose blendshape weights (model order) of the relaxed face, added under every
 *     expression ({@link #over}), or null
 * @param lipSeal the lips' seal, whose mouthClose relaxes as an expression opens the lips
 *     ({@link LipSeal#relaxedClose}), or null: the rest pose added as it is
 * @param ageing amount of soft-tissue ageing ({@link SoftTissueAgeing}), 0 when off, at most 1
 * @param annotation the recorded appearance, or null for the plain look
 * @param cameraTone whether the studio's image gets the camera's tone curve
 *     ({@link org.pain3d.render.CameraTone}, {@link LookFeature#CAMERA_TONE})
 */
public record IdentityLook(SkinLook skin, SurfaceLook surface, HairLook hair, double wrinkleDepth,
    float[] restPose, LipSeal lipSeal, double ageing, AppearanceAnnotation annotation, boolean cameraTone) {

  /** Validates ranges. */
  public IdentityLook {
    if (hair == null) {
      throw new IllegalArgumentException("hair must be given (HairLook.none() for none)");
    }
    if (!(ageing >= 0 && ageing <= 1)) {
      throw new IllegalArgumentException("ageing out of [0, 1]: " + ageing);
    }
    if (!(wrinkleDepth >= 0 && wrinkleDepth <= 2)) {
      throw new IllegalArgumentException("wrinkle depth out of [0, 2]: " + wrinkleDepth);
    }
  }

  /** @return the plain look (no features) */
  public static IdentityLook plain() {
    return new IdentityLook(null, null, HairLook.none(), 0, null, null, 0, null, false);
  }

  /**
   * The weights an expression is rendered with: its own plus the rest pose's, each clamped to 1,
   * the rest pose's mouthClose relaxed by the lips' seal when there is one.
   *
   * @param expressionWeights the expression's weights in the model's order
   * @return the applied weights (a new array; a copy of the expression's when there is no rest pose)
   */
  public float[] over(float[] expressionWeights) {
    float[] applied = expressionWeights.clone();
    if (restPose == null) {
      return applied;
    }
    for (int j = 0; j < applied.length; j++) {
      float rest = restPose[j];
      if (lipSeal != null && j == lipSeal.closeIndex()) {
        rest = lipSeal.relaxedClose(rest, expressionWeights);
      }
      applied[j] = Math.min(1f, applied[j] + rest);
    }
    return applied;
  }
}
