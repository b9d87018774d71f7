package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.AnnotationCodec;
import org.pain3d.dataset.check.DatasetChecker;
import org.pain3d.dataset.DatasetIndex;
import org.pain3d.io.Json;
import org.pain3d.dataset.DatasetManifest;
import org.pain3d.dataset.DatasetReader;
import org.pain3d.dataset.check.InspectionReport;
import org.pain3d.dataset.PainAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.View;
import org.pain3d.testing.FileTrees;
import org.pain3d.testing.TinyFaceModel;

class DatasetGeneratorTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static FaceModel tiny;

  static final GeneratorConfig CONFIG = new GeneratorConfig(
      5, 3, List.of(View.frontal(), View.yaw(30)), 64, 1, 11, ImageFormat.PNG, Balance.PAPER);

  @BeforeAll
  static void loadTiny() throws IOException {
    tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(shared.resolve("model")));
  }

  private static DatasetGenerator.Result generate(Path out, GenerationOptions options) throws IOException {
    return new DatasetGenerator(tiny).run(CONFIG, options, out, GenerationProgress.NONE);
  }

  private static GenerationOptions threads(int n) {
    return new GenerationOptions(n, Shard.all(), false, false);
  }

  @Test
  void writesEveryFileOfTheFormat() throws Exception {
    Path out = tmp.resolve("ds");
    DatasetGenerator.Result r = generate(out, threads(2));
    assertThat(r.generated()).isEqualTo(5);
    assertThat(r.finalized()).isTrue();
    for (int id = 0; id < 5; id++) {
      for (int v = 0; v < 2; v++) {
        assertPng(out.resolve(String.format("images/sample_%05d_neutral_view_%d.png", id, v)), BufferedImage.TYPE_3BYTE_BGR);
      }
      for (int k = 1; k <= 3; k++) {
        String base = String.format("sample_%05d_pain_%d", id, k);
        for (int v = 0; v < 2; v++) {
          assertPng(out.resolve("images/" + base + "_view_" + v + ".png"), BufferedImage.TYPE_3BYTE_BGR);
        }
        assertPng(out.resolve("heatmaps/" + base + "_heatmap.png"), BufferedImage.TYPE_3BYTE_BGR);
        assertPng(out.resolve("heatmaps/" + base + "_heatmap16.png"), BufferedImage.TYPE_USHORT_GRAY);
        PainAnnotation a = AnnotationCodec.read(out.resolve("annotations/" + base + "_annotations.json"));
        assertThat(a.labels().pspi()).isEqualTo(a.labels().au4() + Math.max(a.labels().au6(), a.labels().au7())
            + Math.max(a.labels().au9(), a.labels().au10()) + a.labels().au43());
        assertThat(a.extras().views()).hasSize(2);
        assertThat(a.extras().identity().id()).isEqualTo(id);
      }
    }
    assertThat(Files.readAllLines(out.resolve("splits/uniform_data_70_20_10_split.csv")))
        .hasSize(1 + 5 * 3).first().isEqualTo("annotation_base_name,split");
    assertThat(Files.readAllLines(out.resolve("metadata.jsonl"))).hasSize(5 * 4 * 2);
    DatasetManifest m = Json.datasetReader().readValue(out.resolve("manifest.json").toFile(), DatasetManifest.class);
    assertThat(m.counts().images()).isEqualTo(40);
    Map<String, String> files = FileTrees.sha256(out);
    m.checksums().forEach((rel, sha) -> assertThat(files.get(rel)).as(rel).isEqualTo(sha));
    assertThat(m.checksums()).hasSize(40 + 30 + 15 + 2);
    InspectionReport report = DatasetChecker.check(out);
    assertThat(report.problems()).isEmpty();
    DatasetIndex index = DatasetReader.read(out);
    assertThat(index.samples()).hasSize(40);
    assertThat(index.neutralReferences(index.samples().stream().filter(s -> !s.neutral()).findFirst().orElseThrow()))
        .hasSize(1);
  }

  private static void assertPng(Path file, int type) throws IOException {
    BufferedImage img = ImageIO.read(file.toFile());
    assertThat(img).as(file.toString()).isNotNull();
    assertThat(img.getWidth()).isEqualTo(64);
    assertThat(img.getType()).as(file.toString()).isEqualTo(type);
  }

  @Test
  void sameArgumentsGiveByteIdenticalFilesWhateverThreadsOrShards() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Path sharded = tmp.resolve("sharded");
    generate(one, threads(1));
    generate(two, threads(3));
    DatasetGenerator.Result first = generate(sharded, new GenerationOptions(2, new Shard(2, 2), false, false));
    assertThat(first.finalized()).isFalse();
    assertThat(first.generated()).isEqualTo(2);
    assertThat(Files.exists(sharded.resolve("manifest.json"))).isFalse();
    DatasetGenerator.Result last = generate(sharded, new GenerationOptions(1, new Shard(1, 2), false, false));
    assertThat(last.finalized()).isTrue();
    assertThat(last.generated()).isEqualTo(3);
    Map<String, String> reference = FileTrees.sha256(one);
    assertThat(FileTrees.sha256(two)).isEqualTo(reference);
    assertThat(FileTrees.sha256(sharded)).isEqualTo(reference);
  }

  @Test
  void anInterruptedRunResumesToTheSameDataset() throws Exception {
    Path out = tmp.resolve("ds");
    GenerationProgress crash = new GenerationProgress() {
      int done;

      @Override
      public void started(int toDo, int skipped) {}

      @Override
      public synchronized void identityFinished(int identity, int images) {
        if (++done == 2) {
          throw new IllegalStateException("simulated crash");
        }
      }
    };
    assertThatThrownBy(() -> new DatasetGenerator(tiny).run(CONFIG, threads(1), out, crash))
        .hasMessageContaining("simulated crash");
    assertThat(Files.exists(out.resolve("manifest.json"))).isFalse();
    Files.writeString(out.resolve("images/.sample_00004_pain_1_view_0.png.123.tmp"), "half");
    assertThatThrownBy(() -> generate(out, threads(1))).isInstanceOf(GenerationException.class)
        .hasMessageContaining("--resume");
    DatasetGenerator.Result r = generate(out, new GenerationOptions(2, Shard.all(), true, false));
    assertThat(r.skipped()).isBetween(2, 4);
    assertThat(r.generated()).isEqualTo(5 - r.skipped());
    assertThat(r.finalized()).isTrue();
    Path clean = tmp.resolve("clean");
    generate(clean, threads(2));
    assertThat(FileTrees.sha256(out)).isEqualTo(FileTrees.sha256(clean));
  }

  /** Finding 5 of issue 11: --resume trusted .pain3d/done/ and never made a deleted image again. */
  @Test
  void resumeMakesAgainTheFinishedIdentitiesWhoseFilesAreMissingOrChanged() throws Exception {
    Path out = tmp.resolve("ds");
    generate(out, threads(2));
    Map<String, String> reference = FileTrees.sha256(out);
    Files.delete(out.resolve("images/sample_00003_pain_2_view_1.png"));
    Path heat = out.resolve("heatmaps/sample_00004_pain_1_heatmap16.png");
    Files.write(heat, java.util.Arrays.copyOf(Files.readAllBytes(heat), 100));
    Path note = out.resolve("annotations/sample_00001_pain_3_annotations.json");
    byte[] n = Files.readAllBytes(note);
    n[n.length / 2] ^= 1;
    Files.write(note, n);
    Files.delete(out.resolve("manifest.json"));

    DatasetGenerator.Result r = generate(out, new GenerationOptions(2, Shard.all(), true, false));
    assertThat(r.repaired()).as("missing file, wrong size").isEqualTo(2);
    assertThat(r.generated()).isEqualTo(2);
    assertThat(r.skipped()).isEqualTo(3);
    assertThat(r.finalized()).isTrue();
    Map<String, String> after = FileTrees.sha256(out);
    assertThat(after).containsAllEntriesOf(Map.of("images/sample_00003_pain_2_view_1.png",
        reference.get("images/sample_00003_pain_2_view_1.png"), "heatmaps/sample_00004_pain_1_heatmap16.png",
        reference.get("heatmaps/sample_00004_pain_1_heatmap16.png"), "manifest.json", reference.get("manifest.json")));
    assertThat(after.get("annotations/sample_00001_pain_3_annotations.json")).as("same size: only --verify sees it")
        .isNotEqualTo(reference.get("annotations/sample_00001_pain_3_annotations.json"));

    DatasetGenerator.Result v = generate(out, new GenerationOptions(1, Shard.all(), true, false, true));
    assertThat(v.repaired()).isEqualTo(1);
    assertThat(v.skipped()).isEqualTo(4);
    assertThat(FileTrees.sha256(out)).isEqualTo(reference);
    assertThatThrownBy(() -> new GenerationOptions(1, Shard.all(), false, true, true))
        .hasMessageContaining("--verify");
  }

  @Test
  void refusesFoldersItMayNotUse() throws Exception {
    Path out = tmp.resolve("ds");
    generate(out, threads(2));
    GeneratorConfig other = new GeneratorConfig(5, 2, CONFIG.views(), 64, 1, 11, ImageFormat.PNG, Balance.PAPER);
    assertThatThrownBy(() -> new DatasetGenerator(tiny).run(other, threads(1), out, GenerationProgress.NONE))
        .isInstanceOf(GenerationException.class).hasMessageContaining("another config");
    assertThatThrownBy(() -> new DatasetGenerator(tiny).run(other, new GenerationOptions(1, Shard.all(), true, false),
        out, GenerationProgress.NONE)).hasMessageContaining("another config");
    Map<String, String> before = FileTrees.sha256(out);
    DatasetGenerator.Result again = generate(out, new GenerationOptions(1, Shard.all(), true, false));
    assertThat(again.generated()).isZero();
    assertThat(FileTrees.sha256(out)).isEqualTo(before);
    new DatasetGenerator(tiny).run(other, new GenerationOptions(1, Shard.all(), false, true), out,
        GenerationProgress.NONE);
    assertThat(Files.readAllLines(out.resolve("metadata.jsonl"))).hasSize(5 * 3 * 2);
    assertThat(Files.exists(out.resolve("images/sample_00000_pain_3_view_0.png"))).isFalse();

    Path foreign = tmp.resolve("foreign");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> new DatasetGenerator(tiny).run(CONFIG, new GenerationOptions(1, Shard.all(), false, true),
        foreign, GenerationProgress.NONE)).hasMessageContaining("holds no pain3d dataset");
    assertThat(Files.readString(foreign.resolve("notes.txt"))).isEqualTo("mine");

    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    assertThatThrownBy(() -> generate(file, threads(1))).hasMessageContaining("not a folder");
    assertThatThrownBy(() -> generate(file.resolve("sub"), threads(1))).isInstanceOf(IOException.class);
  }

  @Test
  void planIsExactAndSeeded() {
    DatasetPlan a = DatasetPlan.create(CONFIG);
    DatasetPlan b = DatasetPlan.create(CONFIG);
    assertThat(a.identities()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      IdentityPlan p = a.identities().get(i);
      assertThat(p.painLevels()).containsExactly(b.identities().get(i).painLevels());
      assertThat(p.painAus()).isEqualTo(b.identities().get(i).painAus());
      assertThat(p.painLevels()).isSorted().doesNotHaveDuplicates();
      for (int k = 0; k < p.painLevels().length; k++) {
        assertThat(p.painAus().get(k).pspi()).isEqualTo(p.painLevels()[k]);
      }
    }
    assertThat(a.splits().values()).hasSize(5);
    assertThatThrownBy(() -> new GeneratorConfig(0, 3, CONFIG.views(), 64, 1, 1, ImageFormat.PNG, Balance.PAPER))
        .hasMessageContaining("identities");
    assertThatThrownBy(() -> new GeneratorConfig(1, 3, CONFIG.views(), 32, 1, 1, ImageFormat.PNG, Balance.PAPER))
        .hasMessageContaining("64..1024");
    assertThatThrownBy(() -> Shard.parse("3/2")).hasMessageContaining("1 <= i <= n");
    assertThatThrownBy(() -> Shard.parse("x")).hasMessageContaining("i/n");
  }
}
