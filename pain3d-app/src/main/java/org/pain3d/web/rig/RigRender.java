package org.pain3d.web.rig;

import java.util.Map;
import org.pain3d.au.AuIntensities;
import org.pain3d.render.Camera;

/**
 * What one rig render produced, before it is written as JSON ({@link RigFrame}) or a file.
 *
 * @param request the request rendered
 * @param aus its AU intensities
 * @param expressionWeights the blendshape weights applied, in the model's order
 * @param camera the camera of the view ({@code size x size})
 * @param painLandmarks the pain render's 68 landmarks, flat: x_px, y_px, depth_cm, visible
 * @param neutralLandmarks the neutral render's landmarks (same layout), or null when the
 *     neutral face was not rendered
 * @param pngs the encoded images asked for
 * @param heatmapMaxMm the largest displacement of the heatmap in view, mm; NaN without one
 * @param renderNanos time spent rendering
 * @param encodeNanos time spent encoding PNGs
 */
record RigRender(
    RigRequest request,
    AuIntensities aus,
    float[] expressionWeights,
    Camera camera,
    float[] painLandmarks,
    float[] neutralLandmarks,
    Map<RigImage, byte[]> pngs,
    double heatmapMaxMm,
    long renderNanos,
    long encodeNanos) {}
