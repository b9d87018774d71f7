package org.pain3d.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.Json;
import org.pain3d.face.FaceModel;
import org.pain3d.render.PngWriter;
import org.pain3d.render.View;
import org.pain3d.synth.Gallery;
import org.pain3d.synth.look.LookOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d gallery}: a contact sheet of identities across the demographic groups,
 * neutral and in pain side by side ({@code gallery.png}), and what each cell shows
 * ({@code gallery.json}: demographics and the recorded appearance).
 */
@Command(
    name = "gallery",
    mixinStandardHelpOptions = true,
    description = "Contact sheet of identities across demographic groups, neutral and in pain side by side.")
public final class GalleryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--face-model", paramLabel = "PATH",
      description = "ICT-FaceKit directory or archive; default: $PAIN3D_FACE_MODEL, else the downloaded upstream archive.")
  Path faceModel;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--rows", defaultValue = "6", paramLabel = "N",
      description = "Rows, one ethnicity each, 4 identities per row (young/elderly man/woman), 1..60 (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--size", defaultValue = "256", paramLabel = "PX", description = "Face image size, 64..1024 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--pspi", defaultValue = "10", paramLabel = "K", description = "PSPI of the pain images, 1..16 (default: ${DEFAULT-VALUE}).")
  int pspi;

  @Option(names = "--view", defaultValue = "0", paramLabel = "YAW[:PITCH[:ROLL]]",
      description = "Camera view in degrees (default: ${DEFAULT-VALUE}).")
  String view;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Master seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin LookMixin look;

  @Override
  public Integer call() throws Exception {
    if (size < 64 || size > 1024) {
      throw new IllegalArgumentException("--size must be in 64..1024, got " + size);
    }
    View v = View.parse(view);
    LookOptions options = look.options();
    FaceModel model = ModelLoading.load(faceModel, spec.commandLine().getErr());
    Gallery.Result r = new Gallery(model).render(rows, size, pspi, v, seed, options);
    Files.createDirectories(out);
    try (PngWriter png = PngWriter.fast()) {
      AtomicFiles.write(out.resolve("gallery.png"),
          os -> png.writeRgb(r.sheet().pixels(), r.sheet().width(), r.sheet().height(), os));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("layout", "row r: ethnicity r mod 6; pair columns: young man, young woman, elderly man, elderly woman; "
        + "each pair: neutral | pain");
    json.put("size_px", size);
    json.put("pspi", pspi);
    json.put("seed", seed);
    json.put("look", options.toJson());
    json.put("cells", r.cells());
    AtomicFiles.write(out.resolve("gallery.json"),
        Json.datasetPretty().writeValueAsBytes(json));
    spec.commandLine().getOut().printf("wrote %s (%d identities, %dx%d) and gallery.json%n",
        out.resolve("gallery.png"), r.cells().size(), r.sheet().width(), r.sheet().height());
    return 0;
  }
}
