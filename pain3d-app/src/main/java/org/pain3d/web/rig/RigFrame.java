package org.pain3d.web.rig;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pain3d.au.ActionUnit;

/**
 * The answer of {@code POST /api/rig/render}: the labels of what was rendered, the images as
 * PNG data URLs, the landmarks and the time spent.
 *
 * @param pspi the PSPI of the AUs, 0..16
 * @param aus the active AUs (intensity above 0) by name
 * @param identity the identity rendered
 * @param view the view rendered
 * @param scene the scene rendered
 * @param size image side, pixels
 * @param supersample samples per pixel side
 * @param images by name ({@code pain}, {@code neutral}, {@code heatmap}, {@code overlay}):
 *     {@code data:image/png;base64,...}
 * @param landmarks by image ({@code pain}, and {@code neutral} when rendered): 68 rows of
 *     {@code [x_px, y_px, visible]} in the pixel frame (x right, y down, origin top-left,
 *     pixel centres at +0.5), in the iBUG/Multi-PIE order
 * @param heatmapMaxMm the largest displacement of the heatmap in view, mm; null without one
 * @param timingMs {@code queue}, {@code render}, {@code encode} and {@code total} in ms
 */
@JsonPropertyOrder({"pspi", "aus", "identity", "view", "scene", "size", "supersample", "images",
    "landmarks", "heatmap_max_mm", "timing_ms"})
public record RigFrame(
    @JsonProperty("pspi") int pspi,
    @JsonProperty("aus") Map<String, Integer> aus,
    @JsonProperty("identity") RigIdentity identity,
    @JsonProperty("view") RigView view,
    @JsonProperty("scene") RigScene scene,
    @JsonProperty("size") int size,
    @JsonProperty("supersample") int supersample,
    @JsonProperty("images") Map<String, String> images,
    @JsonProperty("landmarks") Map<String, float[][]> landmarks,
    @JsonProperty("heatmap_max_mm") Double heatmapMaxMm,
    @JsonProperty("timing_ms") Map<String, Double> timingMs) {

  /**
   * Builds the answer of a render.
   *
   * @param r the render
   * @param queuedNanos time between the request's arrival and the start of its render
   * @return the answer
   */
  static RigFrame of(RigRender r, long queuedNanos) {
    Map<String, Integer> aus = new LinkedHashMap<>();
    for (Map.Entry<ActionUnit, Integer> e : r.aus().active().entrySet()) {
      aus.put(e.getKey().name(), e.getValue());
    }
    Map<String, String> images = new LinkedHashMap<>();
    r.pngs().forEach((k, v) -> images.put(k.label(), "data:image/png;base64,"
        + Base64.getEncoder().encodeToString(v)));
    Map<String, float[][]> lm = new LinkedHashMap<>();
    lm.put(RigImage.PAIN.label(), rows(r.painLandmarks()));
    if (r.neutralLandmarks() != null) {
      lm.put(RigImage.NEUTRAL.label(), rows(r.neutralLandmarks()));
    }
    Map<String, Double> timing = new LinkedHashMap<>();
    timing.put("queue", ms(queuedNanos));
    timing.put("render", ms(r.renderNanos()));
    timing.put("encode", ms(r.encodeNanos()));
    timing.put("total", ms(queuedNanos + r.renderNanos() + r.encodeNanos()));
    RigRequest q = r.request();
    return new RigFrame(r.aus().pspi(), aus, q.identity(), q.view(), q.scene(), q.size(), q.supersample(),
        images, lm, Double.isNaN(r.heatmapMaxMm()) ? null : r.heatmapMaxMm(), timing);
  }

  private static float[][] rows(float[] flat) {
    float[][] out = new float[flat.length / 4][];
    for (int k = 0; k < out.length; k++) {
      out[k] = new float[] {round(flat[4 * k]), round(flat[4 * k + 1]), flat[4 * k + 3] > 0 ? 1 : 0};
    }
    return out;
  }

  private static float round(float v) {
    return Math.round(v * 100f) / 100f;
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }
}
