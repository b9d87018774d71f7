package org.pain3d.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny dataset in the published 3DPain layout, with the names the published files use:
 * images under {@code meshes_inpainted/}, annotations with the official keys only.
 */
public final class PublishedFixture {
  public static final String[] IMAGES = {
    "flame_sample_0001_pain_3_textured_view_000_inpainted.jpg",
    "flame_sample_0001_pain_3_textured_view_001_inpainted.jpg",
    "flame_sample_0001_pain_10_textured_view_000_inpainted.jpg",
    "flame_sample_0001_neutral_textured_view_000_inpainted.jpg",
    "flame_sample_0001_neutral_textured_view_002_inpainted.jpg",
    "flame_sample_0002_pain_1_bg_002.png",
    "flame_sample_0002_pain_1.png",
    "flame_sample_0002_neutral.png",
  };

  private PublishedFixture() {}

  public static String annotationJson(int au4, int au6, int au7, int au9, int au10, int au43, int pspi) {
    return "{\"AU4\": " + au4 + ", \"AU6\": " + au6 + ", \"AU7\": " + au7 + ", \"AU9\": " + au9
        + ", \"AU10\": " + au10 + ", \"AU43\": " + au43 + ", \"PSPI\": " + pspi + "}";
  }

  public static void write(Path root) throws IOException {
    Path images = Files.createDirectories(root.resolve("meshes_inpainted"));
    for (String name : IMAGES) {
      Files.write(images.resolve(name), TestImages.forName(name));
    }
    Path ann = Files.createDirectories(root.resolve("annotations"));
    Files.writeString(
        ann.resolve("flame_sample_0001_pain_3_annotations.json"), annotationJson(2, 3, 1, 0, 2, 1, 8));
    Files.writeString(
        ann.resolve("flame_sample_0001_pain_10_annotations.json"), annotationJson(5, 5, 5, 5, 5, 1, 16));
    Files.writeString(
        ann.resolve("flame_sample_0002_pain_1_annotations.json"), annotationJson(1, 0, 0, 0, 0, 0, 1));
    Path heat = Files.createDirectories(root.resolve("heatmaps"));
    for (String b : new String[] {"flame_sample_0001_pain_3", "flame_sample_0001_pain_10",
        "flame_sample_0002_pain_1"}) {
      Files.write(heat.resolve(b + "_heatmap.png"), TestImages.png(b));
    }
    Path splits = Files.createDirectories(root.resolve("splits"));
    Files.writeString(
        splits.resolve("uniform_data_70_20_10_split.csv"),
        "annotation_base_name,split\nflame_sample_0001_pain_10,0\nflame_sample_0001_pain_3,0\n"
            + "flame_sample_0002_pain_1,2\n");
  }
}
