package org.pain3d.web.rig;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.pain3d.app.FaceDescription;
import org.pain3d.app.FaceSelection;
import org.pain3d.app.RenderDescription;
import org.pain3d.dataset.SceneAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.face.ObjWriter;
import org.pain3d.io.Json;
import org.pain3d.render.Camera;
import org.pain3d.render.ContactSheet;
import org.pain3d.render.HeatmapScale;
import org.pain3d.render.PainHeatmap;
import org.pain3d.render.PassWriter;
import org.pain3d.render.RenderTarget;
import org.pain3d.synth.IdentityScene;

/**
 * The rig's downloads, each made on a stage that shows the request: a PNG (one image, or the
 * sheet neutral | pain | heatmap over pain), the deformed mesh as OBJ (ICT-FaceKit vertex
 * order, cm; as {@code pain3d mesh} writes it) and the annotation ({@link RigAnnotation}).
 */
final class RigExports {
  /** The PNG exports: the images and the side-by-side sheet. */
  enum PngKind {
    PAIN, NEUTRAL, HEATMAP, OVERLAY, SHEET;

    static PngKind parse(String text) {
      String t = text == null ? "pain" : text.trim().toLowerCase(Locale.ROOT);
      for (PngKind k : values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(t)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown image '" + text
          + "' (expected pain, neutral, heatmap, overlay or sheet)");
    }
  }

  private final FaceModel model;
  private final RigRenderer renderer;

  RigExports(FaceModel model, RigRenderer renderer) {
    this.model = model;
    this.renderer = renderer;
  }

  byte[] png(Stage stage, RigRequest req, PngKind kind) {
    if (kind != PngKind.SHEET) {
      RigImage image = RigImage.valueOf(kind.name());
      return renderer.render(stage, req, EnumSet.of(image)).pngs().get(image);
    }
    // the sheet needs pixels, not PNGs: the neutral face, then the expression once with its
    // heatmap (its shaded pixels are the pain image's: one rasterisation for both)
    Camera cam = stage.pose(req, renderer.rig().weights(req.intensities()));
    int s = req.size();
    ContactSheet sheet = new ContactSheet(3, 1, s, s, 4, 0x202020);
    sheet.put(0, 0, stage.neutral(req, cam).shaded);
    RenderTarget h = stage.expression(req, cam, true);
    sheet.put(1, 0, h.shaded);
    int[] overlay = new int[s * s];
    PainHeatmap.overlay(h.shaded, h.heatmapMm, renderer.scale(), overlay);
    sheet.put(2, 0, overlay);
    return RigRenderer.png(stage.png, sheet.pixels(), sheet.width());
  }

  byte[] obj(Stage stage, RigRequest req) throws IOException {
    RigRender r = renderer.render(stage, req, EnumSet.noneOf(RigImage.class));
    StringWriter w = new StringWriter(1 << 22);
    ObjWriter.write(stage.face(req.identity(), r.expressionWeights()).expressionPositions(), model.topology(), List.of(
        "pain3d serve rig: ICT-FaceKit vertex order, units cm",
        "identity seed " + req.identity().seed() + ", " + req.identity().demographics()
            + ", look seed " + req.identity().lookSeed(),
        "AUs: " + r.aus() + "  PSPI " + r.aus().pspi()), w);
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] annotation(Stage stage, RigRequest req) throws IOException {
    RigRender r = renderer.render(stage, req, EnumSet.of(RigImage.NEUTRAL, RigImage.HEATMAP));
    SceneAnnotation sceneLabels = stage.sceneLabels(req, r.camera());
    IdentityScene face = stage.face(req.identity(), r.expressionWeights());
    FaceSelection sel = new FaceSelection(req.identity().seed(), face.identityWeights(),
        r.aus(), renderer.rig().curve(), r.expressionWeights());
    HeatmapScale scale = renderer.scale();
    RenderDescription.Settings settings = new RenderDescription.Settings(req.size(),
        req.supersample(), List.of("shaded", "heatmap"), RenderDescription.PIXEL_FRAME,
        RenderDescription.LANDMARK_COLUMNS, PassWriter.DEPTH_MM_PER_UNIT, face.appearance(),
        req.identity().demographics(), face.look().annotation());
    RenderDescription d = new RenderDescription(FaceDescription.of(model, sel, null), settings,
        List.of(RenderDescription.ViewInfo.of(0, r.camera(), r.neutralLandmarks(), r.painLandmarks())),
        new RenderDescription.HeatmapInfo("rig view", scale.mmPerUnit(), scale.colourMaxMm(),
            (float) r.heatmapMaxMm()),
        List.of(), sceneLabels);
    return Json.pretty().writeValueAsBytes(new RigAnnotation(req, d));
  }

  /**
   * A file name for a download of this request.
   *
   * @param req the request
   * @param ext the extension
   * @return e.g. {@code pain3d_rig_seed3_pspi7.png}
   */
  static String fileName(RigRequest req, String ext) {
    return "pain3d_rig_seed" + req.identity().seed() + "_pspi" + req.intensities().pspi() + "." + ext;
  }
}
