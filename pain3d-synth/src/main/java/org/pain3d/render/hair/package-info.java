/**
 * Hair on the CPU rasteriser: scalp hair (a textured cap offset from the scalp, a hanging
 * curtain for longer styles, a bun), facial hair (a shell over the beard area that follows
 * the expression) and eyelashes (ICT-FaceKit's lash cards), all drawn into their own
 * visibility buffer and alpha-blended over the face in linear light with a strand
 * texture, anisotropic (Kajiya-Kay) highlights and soft, thin edges.
 *
 * <p>Frames: world cm (ICT-FaceKit: y up, +z out of the face, +x to the subject's left).
 * Mask codes: {@link org.pain3d.render.hair.HairClass}.
 */
package org.pain3d.render.hair;
