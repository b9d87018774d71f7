package org.pain3d.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pain3d.face.FaceModel;
import org.pain3d.render.View;
import org.pain3d.synth.Balance;
import org.pain3d.synth.DatasetGenerator;
import org.pain3d.synth.GenerationOptions;
import org.pain3d.synth.GenerationProgress;
import org.pain3d.synth.GeneratorConfig;
import org.pain3d.synth.ImageFormat;
import org.pain3d.synth.MeshDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d generate}: writes a 3DPain-compatible synthetic pain dataset (images,
 * heatmaps, annotations, splits, metadata, manifest). The paper's scale is {@code
 * --identities 2500 --pain-levels 10 --views 3}.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate a 3DPain-compatible synthetic pain dataset.")
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GenerationTarget target;

  @Option(names = "--identities", required = true, paramLabel = "N", description = "Number of identities (paper: 2500).")
  int identities;

  @Option(names = "--pain-levels", defaultValue = "10", paramLabel = "K",
      description = "Pain sets per identity, 1..16 distinct PSPI levels spread over 1..16 (default: ${DEFAULT-VALUE}).")
  int painLevels;

  @Option(names = "--views", defaultValue = "3", paramLabel = "V",
      description = "Number of views (1..3: frontal, +30, -30 deg yaw) or a list yaw[:pitch[:roll]],... (default: ${DEFAULT-VALUE}).")
  String views;

  @Option(names = "--size", defaultValue = "512", paramLabel = "PX", description = "Image size, 64..1024 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--supersample", defaultValue = "1", paramLabel = "N",
      description = "Anti-aliasing samples per pixel side, 1..4 (default: ${DEFAULT-VALUE}).")
  int superSample;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Master seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", defaultValue = "png", paramLabel = "png|jpg", description = "Image format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--balance", defaultValue = "paper", paramLabel = "paper|uniform",
      description = "Demographic balance: the paper's marginals or uniform (default: ${DEFAULT-VALUE}).")
  String balance;

  @Mixin SceneOptions scene;

  @Option(names = "--mesh-detail", defaultValue = "auto", paramLabel = "full|auto",
      description = "Face mesh of the scene images: auto draws varied and bedside images of at most "
          + MeshDetail.MAX_IMAGE_LOD_SIZE_PX + " px with a coarser mesh over the same vertices (40 %% of the"
          + " triangles; faster, close to the full mesh's pixels; studio images and faces with a mask or tape keep"
          + " the full mesh), full always uses the full mesh (default: ${DEFAULT-VALUE}).")
  String meshDetail;

  @Mixin RunOptions run;

  @Mixin LookMixin look;

  @Override
  public Integer call() throws Exception {
    GeneratorConfig config = new GeneratorConfig(identities, painLevels, parseViews(views), size, superSample, seed,
        EnumOption.parse(ImageFormat.class, format, "--format"),
        EnumOption.parse(Balance.class, balance, "--balance"), look.options(), scene.config(),
        EnumOption.parse(MeshDetail.class, meshDetail, "--mesh-detail"));
    GenerationOptions options = run.toOptions();
    FaceModel model = target.loadModel(spec.commandLine().getErr());
    long t0 = System.nanoTime();
    DatasetGenerator.Result r;
    ProgressLine[] bar = new ProgressLine[1];
    WarmRate[] warm = new WarmRate[1];
    try {
      r = new DatasetGenerator(model).run(config, options, target.out, new GenerationProgress() {
        @Override
        public void started(int toDo, int skipped) {
          bar[0] = ProgressLine.count(spec.commandLine().getErr(), "identities", toDo);
          warm[0] = new WarmRate(toDo, System::nanoTime);
          if (skipped > 0) {
            bar[0].extra(skipped + " already done");
          }
        }

        @Override
        public void identityFinished(int identity, int images) {
          warm[0].finished(images);
          bar[0].step();
        }
      });
    } finally {
      if (bar[0] != null) {
        bar[0].close();
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    int images = r.generated() * config.imagesPerIdentity();
    spec.commandLine().getOut().printf(Locale.ROOT, "generated %d identities (%d images) in %.1f s, %.1f images/s%s%s%s%s%n",
        r.generated(), images, s, images / Math.max(s, 1e-9),
        warm[0] == null ? "" : warmText(warm[0]),
        r.skipped() > 0 ? "; " + r.skipped() + " were already done" : "",
        r.repaired() > 0 ? "; " + r.repaired() + " finished before had missing or changed files and were made again" : "",
        target.completion(r.finalized()));
    return 0;
  }

  /** The rate after the first quarter of the identities, for runs long enough to tell. */
  private static String warmText(WarmRate warm) {
    java.util.OptionalDouble rate = warm.imagesPerSecond();
    return rate.isPresent()
        ? String.format(Locale.ROOT, " (%.1f after the first quarter, the JIT warmed up)", rate.getAsDouble())
        : "";
  }

  static List<View> parseViews(String text) {
    String t = text.trim();
    if (t.matches("\\d+")) {
      return GeneratorConfig.paperViews(Integer.parseInt(t));
    }
    return RenderCommand.parseViews(t);
  }
}
