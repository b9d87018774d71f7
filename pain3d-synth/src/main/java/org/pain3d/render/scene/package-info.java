/**
 * The scene around the rendered face: clothing and body ({@link
 * org.pain3d.render.scene.Torso}), accessories and clinical items ({@link
 * org.pain3d.render.scene.PropSet}), lights ({@link org.pain3d.render.scene.LightRig},
 * colour temperatures, a spherical-harmonic environment, shadow map and ambient occlusion),
 * painted backgrounds ({@link org.pain3d.render.scene.Backdrop}) and camera degradations
 * ({@link org.pain3d.render.scene.CameraEffects}), rendered together by {@link
 * org.pain3d.render.scene.SceneStage}.
 *
 * <p>Frames are the renderer's: world = the ICT-FaceKit head frame (cm, y up, +z out of the
 * face, +x the subject's left), pixel (x right, y down). Props are built per identity on its
 * neutral head from anatomical anchors ({@link org.pain3d.render.scene.HeadAnchors}); the
 * ones lying on the skin (face masks, tape) follow each pose. The lighting is evaluated per
 * vertex and interpolated per pixel; a material's answer to one light is a {@link
 * org.pain3d.render.scene.SurfaceResponse} (the plug-in point for skin terms). Mask classes
 * of the items are {@link org.pain3d.render.scene.ItemClass} codes 32..63.
 */
package org.pain3d.render.scene;
