package org.pain3d.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.pain3d.dataset.SceneAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.io.Json;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.ContactSheet;
import org.pain3d.render.HeatmapScale;
import org.pain3d.render.PainHeatmap;
import org.pain3d.render.Pass;
import org.pain3d.render.PassWriter;
import org.pain3d.render.PngWriter;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;
import org.pain3d.synth.FaceStage;
import org.pain3d.synth.look.LookSampler;
import org.pain3d.synth.scene.SceneConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d render}: renders one identity neutral and with an expression (AUs or a PSPI)
 * from several views, writes every requested pass as PNG, the pain-region heatmap of the
 * frontal view, a contact sheet ({@code contact_sheet.png}: one row per view with neutral
 * and pain side by side, then the heatmap and the heatmap over the pain face) and
 * {@code render.json} ({@link RenderDescription}: everything applied, cameras in the
 * dataset's OpenCV schema, landmarks, scales).
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render a face neutral and in pain from several views: PNG passes, heatmap, contact sheet.")
public final class RenderCommand implements Callable<Integer> {
  static final Set<Pass> DEFAULT_PASSES = EnumSet.of(Pass.SHADED, Pass.DEPTH, Pass.NORMAL, Pass.MASK, Pass.HEATMAP);

  @Spec CommandSpec spec;

  @Mixin FaceOptions face;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--views", paramLabel = "LIST", defaultValue = "0,-30,30",
      description = "Views as yaw[:pitch[:roll]] degrees, comma-separated; + yaw shows the subject's left "
          + "(default: ${DEFAULT-VALUE}).")
  String views;

  @Option(names = "--size", paramLabel = "PX", defaultValue = "512", description = "Image size, 64..1024 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--passes", paramLabel = "LIST", defaultValue = "shaded,depth,normal,mask,heatmap",
      description = "Passes to write: shaded, depth, normal, uv, mask, heatmap (default: ${DEFAULT-VALUE}).")
  String passes;

  @Option(names = "--supersample", paramLabel = "N", defaultValue = "2",
      description = "Anti-aliasing: N x N samples per pixel, 1..4 (default: ${DEFAULT-VALUE}).")
  int superSample;

  @Option(names = "--skin-tone", paramLabel = "TONE", defaultValue = "MEDIUM",
      description = "Skin tone: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SkinTone skinTone;

  @Option(names = "--appearance-seed", paramLabel = "S",
      description = "Randomise light direction, background, iris and hair colours with this seed (default: fixed look).")
  Long appearanceSeed;

  @Mixin LookMixin look;

  @Mixin PersonOptions person;

  @Mixin SceneOptions sceneOptions;

  @Option(names = "--scene-seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the scene draw: clothing, accessories, lights, background, cameras (default: ${DEFAULT-VALUE}).")
  long sceneSeed;


  @Override
  public Integer call() throws Exception {
    List<View> viewList = parseViews(views);
    Set<Pass> wanted = parsePasses(passes);
    if (size < 64 || size > 1024) {
      throw new IllegalArgumentException("--size must be in 64..1024, got " + size);
    }
    if (superSample < 1 || superSample > 4) {
      throw new IllegalArgumentException("--supersample must be in 1..4, got " + superSample);
    }
    SceneConfig sceneConfig = sceneOptions.config();
    face.refuseAsOutput("--out", out);
    FaceModel model = ModelLoading.load(face.faceModel, spec.commandLine().getErr());
    FaceSelection sel = FaceSelection.from(face, model);
    Appearance app = appearanceSeed == null
        ? Appearance.defaults(skinTone) : Appearance.random(skinTone, new SplittableRandom(appearanceSeed));
    FaceStage scene = FaceStage.create(model, size, superSample, wanted, sceneConfig, viewList);
    LookSampler.Sampled sampled = person.sample(model, look.options(), sel.identityWeights(), app);
    scene.setIdentity(sampled.weights(), sampled.appearance(), sampled.look(), person.demographics(), sceneSeed);
    scene.setExpression(sel.expressionWeights());
    Files.createDirectories(out);
    HeatmapScale scale = HeatmapScale.defaults();
    List<Path> files = new ArrayList<>();
    ContactSheet sheet = new ContactSheet(2, viewList.size() + 1, size, size, 4, 0x202020);
    try (PngWriter png = PngWriter.fast()) {
      PassWriter writer = new PassWriter(png, scale, true);
      List<RenderDescription.ViewInfo> viewInfo = renderViews(scene, viewList, wanted, writer, sheet, files);
      RenderTarget heat = renderHeatmap(scene, wanted, writer, sheet, viewList.size(), files);
      Path sheetFile = out.resolve("contact_sheet.png");
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(sheetFile), 1 << 16)) {
        png.writeRgb(sheet.pixels(), sheet.width(), sheet.height(), os);
      }
      files.add(sheetFile);
      Path json = out.resolve("render.json");
      Json.pretty().writeValue(json.toFile(),
          describe(model, sel, sampled.appearance(), sampled, wanted, viewInfo, heat, scale, files,
              scene.annotationScene(painImageIndices(viewList.size()))));
      files.add(json);
    }
    spec.commandLine().getOut().printf("wrote %d files to %s (%d views, %dx%d, PSPI %d, AUs %s)%n",
        files.size(), out, viewList.size(), size, size, sel.pspi(),
        sel.aus().toString().isEmpty() ? "none" : sel.aus());
    return 0;
  }

  /** Renders and writes every view, neutral then pain; fills the sheet's first rows. */
  private List<RenderDescription.ViewInfo> renderViews(FaceStage scene, List<View> viewList,
      Set<Pass> wanted, PassWriter writer, ContactSheet sheet, List<Path> files) throws IOException {
    Set<Pass> imagePasses = EnumSet.copyOf(wanted);
    imagePasses.remove(Pass.HEATMAP);
    List<RenderDescription.ViewInfo> viewInfo = new ArrayList<>();
    for (int v = 0; v < viewList.size(); v++) {
      Camera cam = scene.camera(v);
      RenderTarget target = scene.neutral(v);
      scene.finishNeutral(target, v);
      files.addAll(writer.write(target, imagePasses, out, "neutral_view_" + v));
      sheet.put(0, v, target.shaded);
      float[] neutral = target.landmarks.clone();
      target = scene.pain(v, null, painImageIndices(viewList.size())[v]);
      files.addAll(writer.write(target, imagePasses, out, "pain_view_" + v));
      sheet.put(1, v, target.shaded);
      viewInfo.add(RenderDescription.ViewInfo.of(v, cam, neutral, target.landmarks));
    }
    return viewInfo;
  }

  /** Renders the frontal heatmap, writes it when asked, and fills the sheet's last row. */
  private RenderTarget renderHeatmap(FaceStage scene, Set<Pass> wanted, PassWriter writer,
      ContactSheet sheet, int row, List<Path> files) throws IOException {
    RenderTarget heat = scene.heatmap();
    if (wanted.contains(Pass.HEATMAP)) {
      files.addAll(writer.write(heat, EnumSet.of(Pass.HEATMAP), out, "pain"));
    }
    HeatmapScale scale = HeatmapScale.defaults();
    int[] pixels = new int[size * size];
    PainHeatmap.colourise(heat.heatmapMm, heat.mask, scale, 0, pixels);
    sheet.put(0, row, pixels);
    PainHeatmap.overlay(heat.shaded, heat.heatmapMm, scale, pixels);
    sheet.put(1, row, pixels);
    return heat;
  }

  /** Image numbers of the pain images (after the neutral ones), for their degradations. */
  private static int[] painImageIndices(int views) {
    int[] idx = new int[views];
    for (int v = 0; v < views; v++) {
      idx[v] = views + v;
    }
    return idx;
  }

  static List<View> parseViews(String text) {
    List<View> list = new ArrayList<>();
    for (String part : text.split(",")) {
      list.add(View.parse(part));
    }
    if (list.isEmpty() || list.size() > 16) {
      throw new IllegalArgumentException("--views needs 1..16 views, got " + list.size());
    }
    return list;
  }

  static Set<Pass> parsePasses(String text) {
    Set<Pass> set = EnumSet.noneOf(Pass.class);
    for (String part : text.split(",")) {
      String name = part.trim().toUpperCase(Locale.ROOT);
      try {
        set.add(Pass.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown pass '" + part.trim()
            + "' (expected shaded, depth, normal, uv, mask or heatmap)", e);
      }
    }
    return set;
  }

  private RenderDescription describe(FaceModel model, FaceSelection sel, Appearance app, LookSampler.Sampled sampled,
      Set<Pass> wanted, List<RenderDescription.ViewInfo> viewInfo, RenderTarget heat,
      HeatmapScale scale, List<Path> files, SceneAnnotation sceneLabels) {
    RenderDescription.Settings r = new RenderDescription.Settings(size, superSample,
        wanted.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList(),
        RenderDescription.PIXEL_FRAME, RenderDescription.LANDMARK_COLUMNS,
        PassWriter.DEPTH_MM_PER_UNIT, app, person.demographics(), sampled.look().annotation());
    float max = 0;
    for (float v : heat.heatmapMm) {
      max = Math.max(max, v);
    }
    return new RenderDescription(FaceDescription.of(model, sel, null), r, viewInfo,
        new RenderDescription.HeatmapInfo("frontal", scale.mmPerUnit(), scale.colourMaxMm(), max),
        files.stream().map(f -> f.getFileName().toString()).toList(), sceneLabels);
  }
}
