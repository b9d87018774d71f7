package org.pain3d.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.pain3d.app.Pain3dCli;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.View;
import org.pain3d.synth.Balance;
import org.pain3d.synth.DatasetGenerator;
import org.pain3d.synth.GenerationOptions;
import org.pain3d.synth.GenerationProgress;
import org.pain3d.synth.GeneratorConfig;
import org.pain3d.synth.ImageFormat;
import org.pain3d.synth.Shard;
import org.pain3d.testing.TinyFaceModel;

/** Tiny inputs for the web tests: a tiny face model, a dataset generated with it, a trained run. */
final class WebFixtures {
  private WebFixtures() {}

  /** The 12-vertex test model (only the pain AUs' shapes). */
  static FaceModel tinyModel(Path dir) throws IOException {
    return new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(dir.resolve("model")));
  }

  /** A dataset: {@code identities} x 2 pain levels x the views, at {@code size} px. */
  static Path dataset(FaceModel model, Path out, int identities, List<View> views, int size) {
    try {
      new DatasetGenerator(model).run(new GeneratorConfig(identities, 2, views, size, 1, 11,
          ImageFormat.PNG, Balance.PAPER), new GenerationOptions(2, Shard.all(), false, false), out,
          GenerationProgress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Copies a dataset of ours into the published 3DPain layout and names: images under
   * {@code meshes_inpainted/} as {@code flame_sample_0001_pain_2_textured_view_000_inpainted.png},
   * annotations with the official keys only, heatmaps, the split file; no manifest or metadata.
   */
  static Path published(Path ours, Path out) throws IOException {
    java.util.function.UnaryOperator<String> rename = n -> n.replaceAll("sample_000(\\d\\d)", "flame_sample_00$1");
    Path images = java.nio.file.Files.createDirectories(out.resolve("meshes_inpainted"));
    try (var s = java.nio.file.Files.list(ours.resolve("images"))) {
      for (Path p : s.toList()) {
        String n = rename.apply(p.getFileName().toString()).replaceAll("_view_(\\d)\\.png", "_textured_view_00$1_inpainted.png");
        java.nio.file.Files.copy(p, images.resolve(n));
      }
    }
    Path ann = java.nio.file.Files.createDirectories(out.resolve("annotations"));
    try (var s = java.nio.file.Files.list(ours.resolve("annotations"))) {
      for (Path p : s.toList()) {
        var tree = org.pain3d.io.Json.mapper().readTree(p.toFile());
        var official = org.pain3d.io.Json.mapper().createObjectNode();
        for (String k : List.of("AU4", "AU6", "AU7", "AU9", "AU10", "AU43", "PSPI")) {
          official.set(k, tree.get(k));
        }
        java.nio.file.Files.writeString(ann.resolve(rename.apply(p.getFileName().toString())), official.toString());
      }
    }
    Path heat = java.nio.file.Files.createDirectories(out.resolve("heatmaps"));
    try (var s = java.nio.file.Files.list(ours.resolve("heatmaps"))) {
      for (Path p : s.filter(x -> !x.toString().contains("heatmap16")).toList()) {
        java.nio.file.Files.copy(p, heat.resolve(rename.apply(p.getFileName().toString())));
      }
    }
    Path splits = java.nio.file.Files.createDirectories(out.resolve("splits"));
    java.nio.file.Files.writeString(splits.resolve("uniform_data_70_20_10_split.csv"),
        rename.apply(java.nio.file.Files.readString(ours.resolve("splits/uniform_data_70_20_10_split.csv"))));
    return out;
  }

  /** A random-init tiny ViTPain run trained 2 epochs on a dataset (frozen backbone, 32 px). */
  static Path run(Path data, Path out) {
    int code = Pain3dCli.commandLine().execute("train", "--backbone", "random:tiny_patch16_dinov3:5",
        "--image-size", "32", "--lr", "3e-3", "--batch", "4", "--frozen", "--epochs", "2",
        "--data", data.toString(), "--out", out.toString());
    if (code != 0) {
      throw new IllegalStateException("tiny training run failed with exit code " + code);
    }
    return out;
  }
}
