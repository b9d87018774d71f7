/**
 * A pure-Java CPU renderer for the face: cameras, a z-buffer triangle rasteriser and the
 * image passes built on it (shaded colour, depth, normals, UV, segmentation mask, 2D
 * landmarks and pain-region heatmaps), plus a fast PNG writer and a contact sheet.
 *
 * <p>Frames used throughout:
 *
 * <ul>
 *   <li><b>world</b>: the ICT-FaceKit frame, centimetres, right-handed, y up, +z out of the
 *       face towards a frontal viewer, +x towards the subject's left;
 *   <li><b>camera</b>: right-handed, x right, y up, the camera looks down -z (OpenGL
 *       convention); depth is the distance along the view axis, {@code -z}, in cm;
 *   <li><b>pixel</b>: x right, y down, origin at the top-left corner of the image, pixel
 *       {@code (i, j)} covers {@code [i, i+1) x [j, j+1)} and is sampled at its centre.
 * </ul>
 *
 * <p>The rasteriser writes a visibility buffer ({@link org.pain3d.render.FrameBuffer}:
 * triangle id, perspective-correct barycentrics and inverse depth per sample); the passes
 * resolve it into caller-owned images, so each pixel is shaded once. All buffers are flat
 * primitive arrays owned by the caller and reused across renders.
 *
 * <p><b>Where the look lives.</b> A face's appearance is spread over six places; change it
 * there: {@link org.pain3d.render.SkinTone} (the six base skin albedos), {@code
 * org.pain3d.synth.SkinTones} (which tones an identity's ethnicity may draw), {@link
 * org.pain3d.render.Appearance} (per identity: tone, iris and brow/lash colours, light
 * direction and strengths, background, texture seed; {@code defaults} is the fixed look of
 * {@code pain3d render}), {@link org.pain3d.render.SkinTexture} (the procedural UV-space skin:
 * lips, brows, blotches and pores around the base tone), {@link org.pain3d.render.MaterialKind}
 * (which ICT material group is drawn how, with its specular strength and shininess) and
 * {@link org.pain3d.render.Shader} (the fixed colours of teeth, gums, mouth, sclera and pupil,
 * the iris ring, sRGB/linear conversion and the Blinn-Phong lighting). The heatmap's colour
 * ramp is {@link org.pain3d.render.PainHeatmap}'s.
 */
package org.pain3d.render;
