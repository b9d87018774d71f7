/**
 * The look of the head's surface: skin colour from the individual typology angle
 * ({@link org.pain3d.render.look.SkinColour}), the per-identity skin bake (tone, freckles,
 * moles, redness, pores, age spots and lines, lips, brows, stubble, make-up:
 * {@link org.pain3d.render.look.SkinPainter}), eye colours, and the expression wrinkles that
 * follow the action units ({@link org.pain3d.render.look.WrinkleLayer}).
 *
 * <p>Everything here is baked in the skin texture's UV space, so any renderer that reads the
 * face's albedo (the studio {@link org.pain3d.render.Shader} or a scene renderer through
 * {@code Shader.albedoAt}) shows it. Positions are world cm (ICT-FaceKit frame: y up, +z out
 * of the face, +x to the subject's left).
 */
package org.pain3d.render.look;
