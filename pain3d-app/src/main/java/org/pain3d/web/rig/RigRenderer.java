package org.pain3d.web.rig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Camera;
import org.pain3d.render.HeatmapScale;
import org.pain3d.render.PainHeatmap;
import org.pain3d.render.PngWriter;
import org.pain3d.render.RenderTarget;

/**
 * Renders a rig request on a stage: the AUs through the rig ({@link AuRig}, FACS curve) to
 * blendshape weights, the neutral face when asked, then the expression (with its heatmap
 * against the neutral face, in the same rasterisation, when a heatmap image is asked), in the
 * request's scene, and PNGs of the images asked for. Stateless; one stage per call.
 */
final class RigRenderer {
  private final AuRig rig;
  private final HeatmapScale scale = HeatmapScale.defaults();

  /** @param model the face model of the stages */
  RigRenderer(FaceModel model) {
    this.rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
  }

  /** @return the AU rig (its curve goes into annotations) */
  AuRig rig() {
    return rig;
  }

  /** @return the heatmap colour scale */
  HeatmapScale scale() {
    return scale;
  }

  /**
   * Renders.
   *
   * @param stage a stage showing the request's identity, of its size
   * @param req the request
   * @param images the images to encode
   * @return the render
   * @throws IllegalArgumentException when an active AU needs a shape the model lacks
   */
  RigRender render(Stage stage, RigRequest req, Set<RigImage> images) {
    long t0 = System.nanoTime();
    AuIntensities aus = req.intensities();
    float[] weights = rig.weights(aus);
    Camera cam = stage.pose(req, weights);
    int n = stage.size * stage.size;
    Map<RigImage, int[]> pixels = new EnumMap<>(RigImage.class);
    float[] neutralLm = null;
    if (images.contains(RigImage.NEUTRAL)) {
      RenderTarget t = stage.neutral(req, cam);
      pixels.put(RigImage.NEUTRAL, t.shaded.clone());
      neutralLm = t.landmarks.clone();
    }
    boolean heat = images.contains(RigImage.HEATMAP) || images.contains(RigImage.OVERLAY);
    RenderTarget t = stage.expression(req, cam, heat);
    if (images.contains(RigImage.PAIN)) {
      pixels.put(RigImage.PAIN, t.shaded);
    }
    double maxMm = Double.NaN;
    if (heat) {
      maxMm = 0;
      for (float v : t.heatmapMm) {
        maxMm = Math.max(maxMm, v);
      }
    }
    if (images.contains(RigImage.HEATMAP)) {
      int[] rgb = new int[n];
      PainHeatmap.colourise(t.heatmapMm, t.mask, scale, 0, rgb);
      pixels.put(RigImage.HEATMAP, rgb);
    }
    if (images.contains(RigImage.OVERLAY)) {
      int[] rgb = new int[n];
      PainHeatmap.overlay(t.shaded, t.heatmapMm, scale, rgb);
      pixels.put(RigImage.OVERLAY, rgb);
    }
    long t1 = System.nanoTime();
    Map<RigImage, byte[]> pngs = new EnumMap<>(RigImage.class);
    pixels.forEach((k, v) -> pngs.put(k, png(stage.png, v, stage.size)));
    long t2 = System.nanoTime();
    return new RigRender(req, aus, weights, cam, t.landmarks.clone(), neutralLm, pngs, maxMm,
        t1 - t0, t2 - t1);
  }

  /**
   * Encodes an RGB image.
   *
   * @param png the encoder
   * @param rgb packed 0xRRGGBB, row-major
   * @param width image width, pixels (the height follows from the length)
   * @return the PNG file's bytes
   */
  static byte[] png(PngWriter png, int[] rgb, int width) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rgb.length);
    try {
      png.writeRgb(rgb, width, rgb.length / width, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
