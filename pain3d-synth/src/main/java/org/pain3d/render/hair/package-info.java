/**
 * Hair on the CPU rasteriser: scalp hair (a textured cap offset from the scalp, a hanging
 * curtain for longer styles that falls onto the pillow when lying, a bun), facial hair (a
 * shell over the beard area that follows the expression, its density graded by
 * {@link org.pain3d.render.hair.BeardDensity}) and eyelashes (ICT-FaceKit's lash cards), all
 * drawn into their own visibility buffer and alpha-blended over the face in linear light with
 * a strand texture whose hairs are drawn whole where the density asks for them, anisotropic
 * (Kajiya-Kay) highlights, soft, thin edges and a contact shadow under the hairline.
 *
 * <p>Frames: world cm (ICT-FaceKit: y up, +z out of the face, +x to the subject's left).
 * Mask codes: {@link org.pain3d.render.hair.HairClass}.
 */
package org.pain3d.render.hair;
