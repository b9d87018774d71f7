package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.io.Json;
import org.pain3d.render.View;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;
import org.pain3d.testing.FileTrees;
import org.pain3d.testing.RealFaceModel;
import org.pain3d.testing.TinyFaceModel;

/**
 * {@code pain3d generate --mesh-detail}: scene images drawn with the {@link FaceLod} mesh
 * ({@link FaceLod#IMAGE_TARGET_FRACTION}) under {@code auto}, the full mesh's bytes under {@code
 * full} and in the studio.
 */
class GenerateLodTest {
  @TempDir Path tmp;

  private static void run(FaceModel model, GeneratorConfig c, Path out, int threads, Shard shard) throws IOException {
    new DatasetGenerator(model).run(c, new GenerationOptions(threads, shard, false, false), out,
        GenerationProgress.NONE);
  }

  private static GeneratorConfig config(int identities, int painSets, List<View> views, int size, long seed,
      SceneConfig scene, MeshDetail detail) {
    return new GeneratorConfig(identities, painSets, views, size, 1, seed, ImageFormat.PNG, Balance.PAPER,
        LookOptions.full(), scene, detail);
  }

  private FaceModel tiny() throws IOException {
    return new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(tmp.resolve("model")));
  }

  @Test
  void lodImagesAreTheSameWhateverTheThreadsOrShards() throws IOException {
    FaceModel tiny = tiny();
    List<View> views = List.of(View.frontal(), View.yaw(30));
    GeneratorConfig auto = config(5, 2, views, 64, 11, SceneConfig.of(ScenePreset.VARIED), MeshDetail.AUTO);
    assertThat(auto.usesLod()).isTrue();
    run(tiny, auto, tmp.resolve("one"), 1, Shard.all());
    run(tiny, auto, tmp.resolve("three"), 3, Shard.all());
    run(tiny, auto, tmp.resolve("sharded"), 2, new Shard(2, 2));
    run(tiny, auto, tmp.resolve("sharded"), 1, new Shard(1, 2));
    Map<String, String> ref = FileTrees.sha256(tmp.resolve("one"));
    assertThat(FileTrees.sha256(tmp.resolve("three"))).isEqualTo(ref);
    assertThat(FileTrees.sha256(tmp.resolve("sharded"))).isEqualTo(ref);
    JsonNode manifest = Json.mapper().readTree(tmp.resolve("one/manifest.json").toFile());
    assertThat(manifest.get("config").get("mesh_detail").asText()).isEqualTo("auto");

    // The full mesh's manifest has no mesh_detail (the tiny model's mesh has nothing to collapse,
    // so its images are the same; the real-model test below sees the LOD's pixels).
    GeneratorConfig full = config(5, 2, views, 64, 11, SceneConfig.of(ScenePreset.VARIED), MeshDetail.FULL);
    assertThat(full.usesLod()).isFalse();
    run(tiny, full, tmp.resolve("full"), 2, Shard.all());
    assertThat(Json.mapper().readTree(tmp.resolve("full/manifest.json").toFile()).get("config").has("mesh_detail"))
        .isFalse();
  }

  /** The full mesh is the old path: a config without the option, and the studio look under auto, write its bytes. */
  @Test
  void fullMeshAndStudioWriteTheBytesOfTheConfigWithoutTheOption() throws IOException {
    FaceModel tiny = tiny();
    List<View> views = List.of(View.frontal(), View.yaw(30));
    for (SceneConfig scene : List.of(SceneConfig.of(ScenePreset.VARIED), SceneConfig.studio())) {
      String name = scene.isStudio() ? "studio" : "varied";
      GeneratorConfig old = new GeneratorConfig(3, 2, views, 64, 1, 7, ImageFormat.PNG, Balance.PAPER,
          LookOptions.full(), scene);
      run(tiny, old, tmp.resolve(name + "-old"), 2, Shard.all());
      MeshDetail same = scene.isStudio() ? MeshDetail.AUTO : MeshDetail.FULL;
      run(tiny, config(3, 2, views, 64, 7, scene, same), tmp.resolve(name + "-new"), 2, Shard.all());
      assertThat(FileTrees.sha256(tmp.resolve(name + "-new"))).as(name)
          .isEqualTo(FileTrees.sha256(tmp.resolve(name + "-old")));
    }
    // Images larger than the LOD's limit keep the full mesh under auto.
    assertThat(config(1, 1, views, MeshDetail.MAX_IMAGE_LOD_SIZE_PX + 2, 7, SceneConfig.of(ScenePreset.VARIED),
        MeshDetail.AUTO).usesLod()).isFalse();
  }

  /**
   * On the real model at 512 px, every varied scene image drawn with the LOD stays close to the
   * full mesh's: PSNR and the share of strongly changed pixels per image; landmark positions
   * equal (the LOD keeps their vertices) and their visibility nearly so; one and two threads
   * write the same bytes.
   */
  @Test
  @Tag("slow")
  @Tag("realmodel")
  void realModelLodImagesAt512AreCloseToTheFullMeshes() throws IOException {
    FaceModel m = RealFaceModel.get();
    List<View> views = GeneratorConfig.paperViews(3);
    Path full = tmp.resolve("full");
    Path lod = tmp.resolve("lod");
    run(m, config(3, 2, views, 512, 1, SceneConfig.of(ScenePreset.VARIED), MeshDetail.FULL), full, 2, Shard.all());
    GeneratorConfig auto = config(3, 2, views, 512, 1, SceneConfig.of(ScenePreset.VARIED), MeshDetail.AUTO);
    run(m, auto, lod, 2, Shard.all());
    run(m, auto, tmp.resolve("lod-one-thread"), 1, Shard.all());
    assertThat(FileTrees.sha256(tmp.resolve("lod-one-thread"))).isEqualTo(FileTrees.sha256(lod));
    double worstPsnr = Double.POSITIVE_INFINITY;
    int changed = 0;
    int images = 0;
    try (var files = Files.list(full.resolve("images"))) {
      for (Path f : files.sorted().toList()) {
        int[] a = pixels(f);
        int[] b = pixels(lod.resolve("images").resolve(f.getFileName()));
        double psnr = FaceLodTest.psnr(a, b);
        int strong = 0;
        for (int i = 0; i < a.length; i++) {
          for (int s = 0; s <= 16; s += 8) {
            if (Math.abs((a[i] >> s & 255) - (b[i] >> s & 255)) > 32) {
              strong++;
              break;
            }
          }
        }
        System.out.printf("%s: PSNR %.2f dB, %d pixels off by more than 32%n", f.getFileName(), psnr, strong);
        assertThat(psnr).as("%s PSNR", f.getFileName()).isGreaterThanOrEqualTo(36);
        assertThat(strong).as("%s pixels off by more than 32", f.getFileName()).isLessThanOrEqualTo(a.length / 200);
        worstPsnr = Math.min(worstPsnr, psnr);
        changed += psnr < Double.POSITIVE_INFINITY ? 1 : 0;
        images++;
      }
    }
    System.out.printf("worst PSNR %.2f dB; %d of %d images drawn differently%n", worstPsnr, changed, images);
    assertThat(images).isEqualTo(3 * 3 * 3);
    assertThat(changed).as("images drawn with the LOD").isGreaterThanOrEqualTo(images / 2);
    int landmarks = 0;
    int agree = 0;
    try (var files = Files.walk(full.resolve("annotations"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode a = Json.mapper().readTree(f.toFile());
        JsonNode b = Json.mapper().readTree(lod.resolve(full.relativize(f)).toFile());
        for (int v = 0; v < a.get("views").size(); v++) {
          JsonNode la = a.get("views").get(v).get("landmarks");
          JsonNode lb = b.get("views").get(v).get("landmarks");
          for (int k = 0; k < la.size(); k++) {
            assertThat(lb.get(k).get(0).asDouble()).isEqualTo(la.get(k).get(0).asDouble());
            assertThat(lb.get(k).get(1).asDouble()).isEqualTo(la.get(k).get(1).asDouble());
            agree += lb.get(k).get(2).asInt() == la.get(k).get(2).asInt() ? 1 : 0;
            landmarks++;
          }
        }
      }
    }
    System.out.printf("landmark visibility agrees for %d of %d%n", agree, landmarks);
    assertThat(agree).isGreaterThanOrEqualTo(landmarks * 97 / 100);
  }

  private static int[] pixels(Path png) throws IOException {
    BufferedImage im = ImageIO.read(png.toFile());
    return im.getRGB(0, 0, im.getWidth(), im.getHeight(), null, 0, im.getWidth());
  }
}
