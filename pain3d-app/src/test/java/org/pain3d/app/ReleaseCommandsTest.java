package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.ReleaseFixture;

/**
 * {@code inspect} and {@code train} on a tiny dataset in the 3DPain release's layout and names,
 * as downloaded (tar.gz shards) and extracted.
 */
class ReleaseCommandsTest {
  @TempDir Path tmp;

  @Test
  void inspectReadsTheShards() throws IOException {
    Path root = ReleaseFixture.standard().writeShards(tmp.resolve("3dpain"));
    CliRun r = CliRun.of("inspect", root.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("read from its tar.gz shards",
        "Shards: annotations 2, images 2, heatmaps 1, textured_meshes 1",
        "Images: 7 (3 neutral, 4 pain)", "Annotations: 3, heatmaps: 3, textured-mesh files: 2",
        "{TRAIN=2, TEST=1}", "Problems: 0");
    Path bad = ReleaseFixture.standard().add("images/images_00001.tar.gz",
        "flame_sample_0003_pain_2_textured_view_000_inpainted.jpg", "x")
        .writeShards(tmp.resolve("bad"));
    r = CliRun.of("inspect", bad.toString());
    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.out()).contains("Problems: 1",
        "1 pain image base names without annotation, first flame_sample_0003_pain_2");
  }

  @Test
  void trainReadsTheShardsAsTheExtractedFolders() throws IOException {
    Path shards = ReleaseFixture.withImages(32).writeShards(tmp.resolve("download"));
    Path extracted = ReleaseFixture.withImages(32).writeExtracted(tmp.resolve("extracted"));
    String[] common = {"--backbone", "random:tiny_patch16_dinov3:5", "--image-size", "32",
        "--epochs", "2", "--batch", "2", "--frozen"};
    Path a = tmp.resolve("run-shards");
    Path b = tmp.resolve("run-extracted");
    CliRun r = CliRun.of(concat(new String[] {"train", "--data", shards.toString(), "--out",
        a.toString()}, common));
    assertThat(r.exitCode()).as(r.err()).isZero();
    r = CliRun.of(concat(new String[] {"train", "--data", extracted.toString(), "--out",
        b.toString()}, common));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(withoutTimes(a.resolve("metrics.jsonl")))
        .isEqualTo(withoutTimes(b.resolve("metrics.jsonl"))).contains("\"epoch\":2");
    assertThat(Files.readAllBytes(a.resolve("best-heads.safetensors")))
        .isEqualTo(Files.readAllBytes(b.resolve("best-heads.safetensors")));
  }

  private static String withoutTimes(Path metrics) throws IOException {
    return Files.readString(metrics).replaceAll("\"seconds\":[0-9.E-]+", "");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
