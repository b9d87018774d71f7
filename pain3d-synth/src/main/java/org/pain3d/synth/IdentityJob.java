package org.pain3d.synth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.dataset.AnnotationCodec;
import org.pain3d.dataset.AnnotationExtras;
import org.pain3d.dataset.AnnotationFiles;
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.dataset.DatasetManifest;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.DatasetWriter;
import org.pain3d.dataset.IdentityInfo;
import org.pain3d.dataset.MetadataRow;
import org.pain3d.dataset.NeutralAnnotation;
import org.pain3d.dataset.PainAnnotation;
import org.pain3d.dataset.PainLabels;
import org.pain3d.dataset.ViewAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.render.HeatmapScale;
import org.pain3d.render.Pass;
import org.pain3d.render.PainHeatmap;
import org.pain3d.render.RenderTarget;
import org.pain3d.synth.look.LookSampler;

/**
 * Generates every file of one identity: the neutral images of each view, then per pain set
 * its images, its frontal heatmap (colourised and raw 16-bit) and its annotation. One per
 * worker thread; it reuses its scene and buffers across identities.
 */
final class IdentityJob implements AutoCloseable {
  private final GeneratorConfig config;
  private final FaceModel model;
  private final AuRig rig;
  private final FaceStage stage;
  private final ImageEncoder encoder;
  private final HeatmapScale heatScale = HeatmapScale.defaults();
  private final int[] heatRgb;
  private final short[] heat16;
  private final BackgroundWrites writes = new BackgroundWrites();

  IdentityJob(GeneratorConfig config, FaceModel model) {
    this.config = config;
    this.model = model;
    this.rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    this.stage = FaceStage.create(model, config.sizePx(), config.superSample(), EnumSet.of(Pass.SHADED),
        config.scene(), config.views(), config.usesLod() ? FaceLod.of(model, FaceLod.IMAGE_TARGET_FRACTION) : null);
    this.encoder = new ImageEncoder(config.format());
    this.heatRgb = new int[config.sizePx() * config.sizePx()];
    this.heat16 = new short[config.sizePx() * config.sizePx()];
  }

  /**
   * Writes the identity's files.
   *
   * @param plan the identity
   * @param writer the dataset writer
   * @return what was written
   * @throws IOException when a file cannot be written
   */
  IdentityRecord run(IdentityPlan plan, DatasetWriter writer) throws IOException {
    try {
      return render(plan, writer);
    } catch (IOException | RuntimeException | Error e) {
      // Files already queued are still written (each completely or not at all), then dropped
      // from the record: the identity is not recorded as done.
      try {
        writes.finish();
      } catch (IOException | RuntimeException later) {
        e.addSuppressed(later);
      }
      throw e;
    }
  }

  private IdentityRecord render(IdentityPlan plan, DatasetWriter writer) throws IOException {
    int id = plan.id();
    LookSampler.Sampled sampled = stage.setIdentity(plan, config.look(), Seeds.derive(config.seed(), "look", id),
        Seeds.derive(config.seed(), "scene", id));
    AppearanceAnnotation appearance = sampled.look().annotation();
    IdentityInfo identity = new IdentityInfo(id, plan.coefficientSeed(), plan.demographics());
    int viewCount = config.views().size();
    List<MetadataRow> rows = new ArrayList<>();
    List<ViewAnnotation> neutralViews = new ArrayList<>();
    List<String> neutralImages = new ArrayList<>();
    for (int v = 0; v < viewCount; v++) {
      String img = image(DatasetNaming.neutralImage(id, v));
      RenderTarget t = stage.neutral(v);
      stage.finishNeutral(t, v);
      writeImage(writer, img, t);
      neutralViews.add(new ViewAnnotation(v, CameraAnnotations.of(stage.camera(v)), landmarks(t.landmarks)));
      neutralImages.add(img);
      rows.add(MetadataRow.neutral(img, id, v, plan.split(), plan.demographics()).withScene(stage.imageScene(v, v)));
    }
    int[] neutralIndices = java.util.stream.IntStream.range(0, viewCount).toArray(); // neutral view v is image v
    String neutralRel = DatasetNaming.neutralAnnotation(id);
    byte[] neutralJson = new NeutralAnnotation(DatasetManifest.FORMAT_VERSION,
        DatasetNaming.neutralBase(id), identity, weightMap(stage.restWeights()), neutralViews, neutralImages,
        appearance, stage.annotationScene(neutralIndices)).toBytes();
    writes.submit(writer, neutralRel, out -> out.write(neutralJson));
    for (int k = 1; k <= plan.painLevels().length; k++) {
      AuIntensities aus = plan.painAus().get(k - 1);
      float[] weights = rig.weights(aus);
      stage.setExpression(weights);
      PainLabels labels = labels(aus);
      String base = DatasetNaming.painBase(id, k);
      List<ViewAnnotation> viewNotes = new ArrayList<>();
      List<String> images = new ArrayList<>();
      int[] indices = new int[viewCount];
      RenderTarget heat = stage.heatmap();
      writeHeatmaps(writer, base, heat);
      for (int v = 0; v < viewCount; v++) {
        String img = image(DatasetNaming.painImage(id, k, v));
        indices[v] = k * viewCount + v;
        RenderTarget t = stage.pain(v, heat, indices[v]);
        writeImage(writer, img, t);
        viewNotes.add(new ViewAnnotation(v, CameraAnnotations.of(stage.camera(v)), landmarks(t.landmarks)));
        images.add(img);
        rows.add(MetadataRow.pain(img, id, k, v, plan.split(), labels, plan.demographics())
            .withScene(stage.imageScene(v, indices[v])));
      }
      AnnotationFiles files = new AnnotationFiles(images, DatasetNaming.heatmap(base), DatasetNaming.heatmap16(base));
      AnnotationExtras extras = new AnnotationExtras(DatasetManifest.FORMAT_VERSION, base, k, identity, auMap(aus),
          weightMap(stage.appliedWeights()), heatScale.mmPerUnit(), viewNotes, files, appearance,
          stage.annotationScene(indices));
      PainAnnotation annotation = new PainAnnotation(labels, extras);
      String rel = DatasetNaming.annotation(base);
      byte[] json = AnnotationCodec.toBytes(annotation);
      writes.submit(writer, rel, out -> out.write(json));
    }
    return IdentityRecord.of(id, rows, writes.finish());
  }

  private String image(String pngName) {
    return config.format() == ImageFormat.PNG ? pngName
        : pngName.substring(0, pngName.length() - 3) + config.format().extension();
  }

  private void writeImage(DatasetWriter writer, String rel, RenderTarget t) throws IOException {
    writes.submit(writer, rel, out -> encoder.writeRgb(t.shaded, t.width, t.height, out));
  }

  private void writeHeatmaps(DatasetWriter writer, String base, RenderTarget h) throws IOException {
    int s = config.sizePx();
    PainHeatmap.colourise(h.heatmapMm, h.mask, heatScale, 0, heatRgb);
    writes.submit(writer, DatasetNaming.heatmap(base), out -> encoder.writePngRgb(heatRgb, s, s, out));
    PainHeatmap.toRaw16(h.heatmapMm, heatScale, heat16);
    writes.submit(writer, DatasetNaming.heatmap16(base), out -> encoder.writePngGray16(heat16, s, s, out));
  }

  static PainLabels labels(AuIntensities aus) {
    return PainLabels.ofAus(aus.get(ActionUnit.AU4), aus.get(ActionUnit.AU6), aus.get(ActionUnit.AU7),
        aus.get(ActionUnit.AU9), aus.get(ActionUnit.AU10), aus.get(ActionUnit.AU43));
  }

  private static Map<String, Double> auMap(AuIntensities aus) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (Map.Entry<ActionUnit, Integer> e : aus.all().entrySet()) {
      m.put(e.getKey().name(), e.getValue().doubleValue());
    }
    return m;
  }

  private Map<String, Double> weightMap(float[] weights) {
    Map<String, Double> m = new LinkedHashMap<>();
    List<String> names = model.expressionNames();
    for (int j = 0; j < weights.length; j++) {
      m.put(names.get(j), Double.parseDouble(Float.toString(weights[j])));
    }
    return m;
  }

  private static double[][] landmarks(float[] flat) {
    double[][] l = new double[ViewAnnotation.LANDMARKS][];
    for (int i = 0; i < l.length; i++) {
      // 1 visible, 0 hidden by the face, 2 covered by hair or a scene item.
      float vis = flat[4 * i + 3];
      l[i] = new double[] {flat[4 * i], flat[4 * i + 1], vis > 1.5f ? 2 : vis > 0 ? 1 : 0};
    }
    return l;
  }

  @Override
  public void close() {
    writes.close();
    encoder.close();
  }
}
