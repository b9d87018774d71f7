package org.pain3d.synth.scene;

import org.pain3d.render.scene.LightRole;

/**
 * A light as it was drawn (for the labels): room-frame direction, temperature, intensity.
 *
 * @param role key, fill or rim
 * @param azimuthDeg azimuth in the room, degrees (0 in front of the patient, + to the left)
 * @param elevationDeg elevation in the room, degrees
 * @param kelvin colour temperature, K
 * @param intensity radiance scale after dimming
 */
public record LightLabel(LightRole role, double azimuthDeg, double elevationDeg, double kelvin, double intensity) {}
