package org.pain3d.synth.scene;

import org.pain3d.render.scene.LightRole;

/**
 * A light as it was drawn (for the labels): direction relative to the face (the head's
 * frame), temperature, intensity.
 *
 * @param role key, fill or rim
 * @param azimuthDeg azimuth, degrees (0 in front of the face, + towards the subject's left)
 * @param elevationDeg elevation, degrees (+ towards the top of the head)
 * @param kelvin colour temperature, K
 * @param intensity radiance scale after dimming
 */
public record LightLabel(LightRole role, double azimuthDeg, double elevationDeg, double kelvin, double intensity) {}
