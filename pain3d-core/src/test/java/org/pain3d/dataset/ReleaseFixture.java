package org.pain3d.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * A tiny dataset in the 3DPain release's layout and names (SPEC.md section 3), written both as
 * downloaded ({@code tar.gz} shards and a README per folder) and as extracted (each shard
 * unpacked into its folder). Members are given as shard -> (name inside the shard -> bytes);
 * the split CSV lies at the root.
 */
public final class ReleaseFixture {
  /** The shards: folder/shard name -> members. */
  private final Map<String, Map<String, byte[]>> shards = new LinkedHashMap<>();
  private String split = "annotation_base_name,split\nflame_sample_0001_pain_10,0\n"
      + "flame_sample_0001_pain_3,0\nflame_sample_0002_pain_1,2\n";

  /**
   * The standard fixture with decodable images: each a seeded colour pattern, JPEG.
   *
   * @param size image side in pixels
   * @return the fixture
   * @throws IOException when an image cannot be encoded
   */
  public static ReleaseFixture withImages(int size) throws IOException {
    ReleaseFixture f = standard();
    for (Map.Entry<String, Map<String, byte[]>> s : f.shards.entrySet()) {
      if (s.getKey().startsWith("images/")) {
        for (Map.Entry<String, byte[]> m : s.getValue().entrySet()) {
          m.setValue(jpeg(size, m.getKey().hashCode()));
        }
      }
    }
    return f;
  }

  private static byte[] jpeg(int size, long seed) throws IOException {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
    int base = rng.nextInt(1 << 24);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        img.setRGB(x, y, base ^ (rng.nextInt(64) * 0x010101));
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  /** @return the standard fixture: 2 subjects, 7 images in 2 shards, 3 annotations */
  public static ReleaseFixture standard() {
    ReleaseFixture f = new ReleaseFixture();
    f.add("annotations/annotations_00000.tar.gz",
        "flame_sample_0001_pain_3_annotations.json",
        PublishedFixture.annotationJson(2, 3, 1, 0, 2, 1, 8));
    f.add("annotations/annotations_00000.tar.gz",
        "flame_sample_0001_pain_10_annotations.json",
        PublishedFixture.annotationJson(5, 5, 5, 5, 5, 1, 16));
    f.add("annotations/annotations_00001.tar.gz",
        "flame_sample_0002_pain_1_annotations.json",
        PublishedFixture.annotationJson(1, 0, 0, 0, 0, 0, 1));
    for (String n : List.of("flame_sample_0001_neutral_textured_view_000_inpainted.jpg",
        "flame_sample_0001_neutral_textured_view_002_inpainted.jpg",
        "flame_sample_0001_pain_10_textured_view_000_inpainted.jpg",
        "flame_sample_0001_pain_3_textured_view_000_inpainted.jpg")) {
      f.add("images/images_00000.tar.gz", n, n);
    }
    for (String n : List.of("flame_sample_0001_pain_3_textured_view_001_inpainted.jpg",
        "flame_sample_0002_neutral_textured_view_000_inpainted.jpg",
        "flame_sample_0002_pain_1_textured_view_000_inpainted.jpg")) {
      f.add("images/images_00001.tar.gz", "images/" + n, n);
    }
    for (String b : List.of("flame_sample_0001_pain_3", "flame_sample_0001_pain_10",
        "flame_sample_0002_pain_1")) {
      f.add("heatmaps/heatmaps_00000.tar.gz", b + "_heatmap.png", b);
    }
    f.add("textured_meshes/textured_meshes_00000.tar.gz", "flame_sample_0001/mesh.obj", "v");
    f.add("textured_meshes/textured_meshes_00000.tar.gz", "flame_sample_0002/mesh.obj", "v");
    return f;
  }

  /**
   * Adds a member.
   *
   * @param shard folder and shard name
   * @param name the member's path inside the shard
   * @param content its text
   * @return this
   */
  public ReleaseFixture add(String shard, String name, String content) {
    return add(shard, name, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a member.
   *
   * @param shard folder and shard name
   * @param name the member's path inside the shard
   * @param content its bytes
   * @return this
   */
  public ReleaseFixture add(String shard, String name, byte[] content) {
    shards.computeIfAbsent(shard, k -> new LinkedHashMap<>()).put(name, content);
    return this;
  }

  /**
   * Replaces the split CSV.
   *
   * @param text its text
   * @return this
   */
  public ReleaseFixture split(String text) {
    this.split = text;
    return this;
  }

  /**
   * Writes the release as downloaded.
   *
   * @param root the folder
   * @return the folder
   * @throws IOException when a file cannot be written
   */
  public Path writeShards(Path root) throws IOException {
    for (Map.Entry<String, Map<String, byte[]>> s : shards.entrySet()) {
      Path shard = root.resolve(s.getKey());
      Files.createDirectories(shard.getParent());
      Files.writeString(shard.getParent().resolve("README.txt"), "3DPain release folder");
      try (OutputStream out = Files.newOutputStream(shard);
          TarArchiveOutputStream tar = new TarArchiveOutputStream(
              new GzipCompressorOutputStream(out))) {
        for (Map.Entry<String, byte[]> m : s.getValue().entrySet()) {
          TarArchiveEntry e = new TarArchiveEntry(m.getKey());
          e.setSize(m.getValue().length);
          tar.putArchiveEntry(e);
          tar.write(m.getValue());
          tar.closeArchiveEntry();
        }
      }
    }
    Files.writeString(root.resolve(DatasetNaming.SPLIT_CSV_NAME), split);
    return root;
  }

  /**
   * Writes the release with every shard extracted into its folder (no shards).
   *
   * @param root the folder
   * @return the folder
   * @throws IOException when a file cannot be written
   */
  public Path writeExtracted(Path root) throws IOException {
    for (Map.Entry<String, Map<String, byte[]>> s : shards.entrySet()) {
      Path folder = root.resolve(s.getKey()).getParent();
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("README.txt"), "3DPain release folder");
      for (Map.Entry<String, byte[]> m : s.getValue().entrySet()) {
        Path f = folder.resolve(m.getKey());
        Files.createDirectories(f.getParent());
        Files.write(f, m.getValue());
      }
    }
    Files.writeString(root.resolve(DatasetNaming.SPLIT_CSV_NAME), split);
    return root;
  }
}
