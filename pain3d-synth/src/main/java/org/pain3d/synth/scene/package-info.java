/**
 * Scene randomisation for the generator: presets ({@link
 * org.pain3d.synth.scene.ScenePreset}), their ranges with JSON overrides ({@link
 * org.pain3d.synth.scene.SceneRanges}), the seeded draw of one identity's scene ({@link
 * org.pain3d.synth.scene.SceneSampler}, {@link org.pain3d.synth.scene.SceneDraw}) and its
 * labels for annotations and metadata ({@link org.pain3d.synth.scene.SceneLabels}).
 *
 * <p>Depends on {@code render.scene} (what is drawn) and {@code dataset} (the labels), not
 * on {@code synth}: the generator's stages use this package, not the other way round.
 */
package org.pain3d.synth.scene;
