package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.ClipFrameTable;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.ClipManifest;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.io.Json;
import org.pain3d.io.TempOwner;
import org.pain3d.io.WriterLocks;
import org.pain3d.dataset.PainClass;
import org.pain3d.dataset.Sha256;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.motion.CapturedMotion;
import org.pain3d.motion.EpisodeConfig;
import org.pain3d.motion.MotionSpec;
import org.pain3d.motion.OpenFaceCsv;
import org.pain3d.motion.Range;
import org.pain3d.testing.FileTrees;
import org.pain3d.testing.OpenFaceFixture;
import org.pain3d.testing.RawClipEncoder;
import org.pain3d.testing.TinyFaceModel;

class ClipGeneratorTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static FaceModel tiny;

  /** The tiny model has no eye-turn shapes and no 68 landmarks: no gaze, no head sway. */
  static final EpisodeConfig STILL = new EpisodeConfig(new Range(0.2, 0.4), new Range(0.3, 0.5), new Range(0.2, 0.4),
      0.1, 0.1, 1, 16, 0.25, new Range(10, 24), 0, false);
  static final ClipConfig CONFIG = new ClipConfig(ClipConfig.look(4, 64, 1, 5, Balance.PAPER), 3, 1.6, 10, 20,
      new MotionSpec.Episodes(STILL));

  @BeforeAll
  static void loadTiny() throws IOException {
    tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(shared.resolve("model")));
  }

  private static ClipGenerator.Result run(ClipConfig config, Path out, GenerationOptions options) throws IOException {
    return new ClipGenerator(tiny, new RawClipEncoder()).run(config, options, out, ClipProgress.NONE);
  }

  private static GenerationOptions threads(int n) {
    return new GenerationOptions(n, Shard.all(), false, false);
  }

  @Test
  void writesEveryFileOfTheClipFormat() throws Exception {
    Path out = tmp.resolve("clips");
    ClipGenerator.Result r = run(CONFIG, out, threads(2));
    assertThat(r.clips()).isEqualTo(12);
    assertThat(r.frames()).isEqualTo(12 * 16);
    assertThat(r.finalized()).isTrue();
    List<String> index = Files.readAllLines(out.resolve("clips.jsonl"));
    assertThat(index).hasSize(12);
    assertThat(Files.readAllLines(out.resolve("splits/clips_70_20_10_split.csv"))).hasSize(13)
        .first().isEqualTo("annotation_base_name,split");
    for (String line : index) {
      ClipInfo c = ClipInfo.parse(line);
      assertThat(c).isEqualTo(ClipInfo.parse(Files.readString(out.resolve("clips/" + c.baseName() + ".json"))));
      assertThat(Files.size(out.resolve(c.files().video()))).isGreaterThan(16L * 64 * 64 * 4);
      ClipFrameTable t = ClipFrameTable.read(out.resolve(c.files().frames()));
      assertThat(t.frames()).isEqualTo(16).isEqualTo(c.video().frames());
      assertThat(t.auNames()).contains("AU4", "AU43", "AU45", "AU64");
      double apex = 0;
      for (int k = 0; k < t.frames(); k++) {
        apex = Math.max(apex, t.get(k, "pspi"));
        assertThat(t.get(k, "time_s")).isCloseTo(k / 10.0, within(1e-9));
      }
      assertThat(apex).isCloseTo(c.label().apexPspi(), within(1e-4));
      assertThat(c.label().painClass()).isEqualTo(PainClass.ofApexPspi(apex));
      if (c.label().targetPspi() > 0) {
        assertThat(c.label().apexPspi()).isEqualTo(c.label().targetPspi().doubleValue());
        assertThat(c.label().apexStartS()).isLessThan(c.label().apexEndS());
      } else {
        assertThat(c.label().painClass()).isEqualTo(PainClass.BL1);
      }
    }
    ClipManifest m = Json.datasetReader().forType(ClipManifest.class).readValue(out.resolve("manifest.json").toFile());
    assertThat(m.counts().clips()).isEqualTo(12);
    assertThat(m.checksums()).hasSize(12 * 3 + 2);
    for (Map.Entry<String, String> e : m.checksums().entrySet()) {
      assertThat(Sha256.hex(Files.readAllBytes(out.resolve(e.getKey())))).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(m.config().path("motion").path("source").asText()).isEqualTo("episode");
    assertThat(noTemporaryFiles(out)).isTrue();
  }

  @Test
  void identitiesAreDisjointAcrossSplits() throws Exception {
    Path out = tmp.resolve("clips");
    run(new ClipConfig(ClipConfig.look(10, 64, 1, 3, Balance.PAPER), 2, 1.6, 10, 20, new MotionSpec.Episodes(STILL)),
        out, threads(2));
    Map<String, Integer> splitOfIdentity = new java.util.HashMap<>();
    for (String line : Files.readAllLines(out.resolve("splits/clips_70_20_10_split.csv")).subList(1, 21)) {
      String[] f = line.split(",");
      String subject = f[0].substring(0, f[0].indexOf("_clip_"));
      Integer before = splitOfIdentity.putIfAbsent(subject, Integer.parseInt(f[1]));
      assertThat(before == null || before == Integer.parseInt(f[1])).isTrue();
    }
    assertThat(splitOfIdentity.values()).containsOnly(0, 1, 2);
  }

  @Test
  void sameArgumentsGiveByteIdenticalFilesWhateverThreadsOrShards() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Path sharded = tmp.resolve("sharded");
    run(CONFIG, one, threads(1));
    run(CONFIG, two, threads(3));
    assertThat(run(CONFIG, sharded, new GenerationOptions(2, new Shard(1, 3), false, false)).finalized()).isFalse();
    assertThat(run(CONFIG, sharded, new GenerationOptions(1, new Shard(3, 3), false, false)).finalized()).isFalse();
    assertThat(run(CONFIG, sharded, new GenerationOptions(2, new Shard(2, 3), false, false)).finalized()).isTrue();
    Map<String, String> reference = FileTrees.sha256(one);
    assertThat(FileTrees.sha256(two)).isEqualTo(reference);
    assertThat(FileTrees.sha256(sharded)).isEqualTo(reference);
  }

  /** Runs {@code config} into {@code tmp/name} with an encoder that fails at its 70th frame. */
  private Path interruptedRun(ClipConfig config, String name) {
    Path out = tmp.resolve(name);
    assertThatThrownBy(() -> new ClipGenerator(tiny, new RawClipEncoder(70)).run(config, threads(1), out,
        ClipProgress.NONE)).hasMessageContaining("simulated encoder failure");
    return out;
  }

  private static Path configFile(Path out) {
    return out.resolve(GenerationState.DIR).resolve("config.json");
  }

  private static ObjectNode readConfig(Path out) throws IOException {
    return (ObjectNode) Json.datasetReader().readTree(Files.readAllBytes(configFile(out)));
  }

  private static void writeConfig(Path out, ObjectNode config) throws IOException {
    Files.write(configFile(out), Json.datasetPretty().writeValueAsBytes(config));
  }

  @Test
  void aFailedRunLeavesCompleteFilesAndResumesToTheSameDataset() throws Exception {
    Path out = interruptedRun(CONFIG, "ds");
    assertThat(Files.exists(out.resolve("manifest.json"))).isFalse();
    assertThat(noTemporaryFiles(out)).isTrue();
    assertThatThrownBy(() -> run(CONFIG, out, threads(1))).isInstanceOf(GenerationException.class)
        .hasMessageContaining("--resume");
    ClipGenerator.Result r = run(CONFIG, out, new GenerationOptions(2, Shard.all(), true, false));
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.finalized()).isTrue();
    Path clean = tmp.resolve("clean");
    run(CONFIG, clean, threads(2));
    assertThat(FileTrees.sha256(out)).isEqualTo(FileTrees.sha256(clean));
  }

  /**
   * A clip folder made before {@code mesh_detail} was recorded (its frames all on the full mesh)
   * resumes with {@code --mesh-detail full} to the same files as a fresh full-mesh run; a run
   * asking for the LOD is refused, naming the key, before anything is written.
   */
  @Test
  void aFolderMadeBeforeMeshDetailWasRecordedResumesWithTheFullMesh() throws Exception {
    ClipConfig full = new ClipConfig(CONFIG.look(), 3, 1.6, 10, 20, CONFIG.motion(), MeshDetail.FULL);
    Path out = interruptedRun(full, "old");
    // What a build before mesh_detail wrote: the same config without the key.
    ObjectNode old = readConfig(out);
    assertThat(old.remove("mesh_detail").asText()).isEqualTo("full");
    writeConfig(out, old);
    Map<String, String> before = FileTrees.sha256(out);

    ClipConfig lod = new ClipConfig(CONFIG.look(), 3, 1.6, 10, 20, CONFIG.motion(), MeshDetail.AUTO);
    assertThat(lod.usesLod()).isTrue();
    assertThatThrownBy(() -> run(lod, out, new GenerationOptions(2, Shard.all(), true, false)))
        .isInstanceOf(GenerationException.class).hasMessageContaining("another config")
        .hasMessageContaining("mesh_detail: folder none (made before it existed: \"full\"), this run \"auto\"");
    assertThat(FileTrees.sha256(out)).isEqualTo(before);

    ClipGenerator.Result r = run(full, out, new GenerationOptions(2, Shard.all(), true, false));
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.finalized()).isTrue();
    Path clean = tmp.resolve("clean");
    run(full, clean, threads(2));
    Map<String, String> resumed = FileTrees.sha256(out);
    Map<String, String> fresh = FileTrees.sha256(clean);
    String config = GenerationState.DIR + "/config.json";
    assertThat(resumed.remove(config)).isNotEqualTo(fresh.remove(config));
    assertThat(resumed).isEqualTo(fresh);
  }

  /**
   * A folder begun by a build of another {@link RendererVersion} is refused whatever the arguments,
   * with a message that says so (not "use --resume") and nothing written; a folder begun before
   * the version was recorded counts as version 1.
   */
  @Test
  void aFolderOfAnotherRendererVersionIsRefusedAndOneWithoutTheKeyCountsAsVersionOne() throws Exception {
    Path out = interruptedRun(CONFIG, "other");
    ObjectNode config = readConfig(out);
    assertThat(config.get(RendererVersion.KEY).asInt()).isEqualTo(RendererVersion.CLIPS);

    config.put(RendererVersion.KEY, RendererVersion.CLIPS + 1);
    writeConfig(out, config);
    Map<String, String> before = FileTrees.sha256(out);
    assertThatThrownBy(() -> run(CONFIG, out, new GenerationOptions(2, Shard.all(), true, false)))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining(RendererVersion.KEY + ": folder " + (RendererVersion.CLIPS + 1) + ", this run "
            + RendererVersion.CLIPS)
        .hasMessageContaining("another pain3d build drew it")
        .hasMessageNotContaining("--resume");
    assertThat(FileTrees.sha256(out)).isEqualTo(before);

    // What a build before the key wrote: version 1, the same as this build while CLIPS is 1.
    config.remove(RendererVersion.KEY);
    writeConfig(out, config);
    boolean resumes = RendererVersion.CLIPS == 1;
    if (resumes) {
      assertThat(run(CONFIG, out, new GenerationOptions(2, Shard.all(), true, false)).finalized()).isTrue();
    } else {
      assertThatThrownBy(() -> run(CONFIG, out, new GenerationOptions(2, Shard.all(), true, false)))
          .hasMessageContaining(RendererVersion.KEY + ": folder none (made before it existed: 1)");
    }
  }

  /** Issue 11, finding 5, for clips: --resume made nothing again when a finished clip was gone. */
  @Test
  void resumeMakesAgainTheClipsWhoseFilesAreMissingOrChanged() throws Exception {
    Path out = tmp.resolve("ds");
    run(CONFIG, out, threads(2));
    Map<String, String> reference = FileTrees.sha256(out);
    String video = "clips/sample_00002_clip_02.mp4";
    Files.delete(out.resolve(video));
    String table = "clips/sample_00001_clip_01_frames.csv";
    byte[] t = Files.readAllBytes(out.resolve(table));
    t[t.length / 2] ^= 1;
    Files.write(out.resolve(table), t);

    ClipGenerator.Result r = run(CONFIG, out, new GenerationOptions(2, Shard.all(), true, false));
    assertThat(r.repaired()).as("the identity with the missing video").isEqualTo(1);
    assertThat(r.skipped()).isEqualTo(3);
    assertThat(r.clips()).isEqualTo(3);
    assertThat(r.finalized()).isTrue();
    Map<String, String> after = FileTrees.sha256(out);
    assertThat(after.get(video)).isEqualTo(reference.get(video));
    assertThat(after.get(table)).as("same size: only --verify sees it").isNotEqualTo(reference.get(table));

    ClipGenerator.Result v = run(CONFIG, out, new GenerationOptions(1, Shard.all(), true, false, true));
    assertThat(v.repaired()).isEqualTo(1);
    assertThat(FileTrees.sha256(out)).isEqualTo(reference);
  }

  /** Issue 11, finding 3, for clips: a second writer of the same shard, or an --overwrite, beside a live run. */
  @Test
  void aSecondWriterOfAClipFolderIsRefused() throws Exception {
    Path out = tmp.resolve("busy");
    try (WriterLocks.Writer live = new WriterLocks(out.resolve(FileTrees.LOCKS)).join("shard-1-of-1", "test")) {
      assertThatThrownBy(() -> run(CONFIG, out, threads(1)))
          .isInstanceOfSatisfying(Pain3dException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUSY))
          .hasMessageContaining("is being written by another pain3d video run of shard 1/1");
      assertThatThrownBy(() -> run(CONFIG, out, new GenerationOptions(1, Shard.all(), false, true)))
          .isInstanceOfSatisfying(Pain3dException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUSY))
          .hasMessageContaining("--overwrite would delete what a running pain3d video writes");
      assertThat(Files.exists(out.resolve(".pain3d/config.json"))).as("nothing written").isFalse();
    }
    assertThat(run(CONFIG, out, threads(1)).finalized()).isTrue();
  }

  /**
   * Issue 11, finding 4, for clips: a shard's start-up cleanup removes the temporary files of
   * dead runs only, and its own videos are written under its shard's name.
   */
  @Test
  void aShardsCleanupSparesTheTemporaryFilesOfALiveShard() throws Exception {
    Path reference = tmp.resolve("reference");
    run(CONFIG, reference, threads(2));
    Path out = tmp.resolve("shards");
    run(CONFIG, out, new GenerationOptions(2, new Shard(2, 2), false, false));
    Path clips = out.resolve("clips");
    Path alive = Files.writeString(clips.resolve(".sample_00001_clip_01.mp4.shard-2-of-2-9.tmp"), "writing");
    Path dead = Files.writeString(clips.resolve(".sample_00001_clip_02.mp4.shard-1-of-2-3.tmp"), "left over");
    List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    ClipEncoder raw = new RawClipEncoder();
    ClipEncoder watched = new ClipEncoder() {
      @Override
      public Video open(Path file, int width, int height, int fps, int qp) throws IOException {
        opened.add(file.getFileName().toString());
        return raw.open(file, width, height, fps, qp);
      }

      @Override
      public String describe() {
        return raw.describe();
      }
    };
    try (WriterLocks.Writer live = new WriterLocks(out.resolve(FileTrees.LOCKS)).join("shard-2-of-2", "test")) {
      ClipGenerator.Result r = new ClipGenerator(tiny, watched).run(CONFIG,
          new GenerationOptions(2, new Shard(1, 2), false, false), out, ClipProgress.NONE);
      assertThat(r.finalized()).isTrue();
      assertThat(alive).exists();
      assertThat(dead).doesNotExist();
    }
    assertThat(opened).hasSize(6).allSatisfy(name -> assertThat(TempOwner.ofTemporary(name))
        .contains(TempOwner.named("shard-1-of-2")));
    run(CONFIG, out, new GenerationOptions(1, new Shard(1, 2), false, false));
    assertThat(alive).as("its owner is gone").doesNotExist();
    assertThat(FileTrees.sha256(out)).isEqualTo(FileTrees.sha256(reference));
  }

  @Test
  void oneRecordingDrivesEveryAvatar() throws Exception {
    CapturedMotion rec = OpenFaceCsv.read(OpenFaceFixture.write(tmp.resolve("rec.csv"), false));
    ClipConfig config = new ClipConfig(ClipConfig.look(3, 64, 1, 5, Balance.PAPER), 2, 2.0, 25, 20,
        new MotionSpec.Recordings(List.of(rec), STILL));
    Path out = tmp.resolve("captured");
    run(config, out, threads(2));
    List<String> index = Files.readAllLines(out.resolve("clips.jsonl"));
    assertThat(index).hasSize(6);
    for (String line : index) {
      ClipInfo c = ClipInfo.parse(line);
      assertThat(c.motion().recording()).isEqualTo("rec.csv");
      assertThat(c.motion().source().label()).isEqualTo("openface");
      assertThat(c.label().targetPspi()).isNull();
      JsonNode p = c.motion().parameters();
      assertThat(p.path("unmapped").toString()).contains("AU25_r");
      assertThat(p.path("head_pose").asText()).isEqualTo("synthetic");
      assertThat(p.path("blinks").asText()).isEqualTo("recording");
      // Every avatar shows the recording's AU4 curve from its window start on.
      ClipFrameTable t = ClipFrameTable.read(out.resolve(c.files().frames()));
      double start = c.motion().windowStartS();
      for (int k = 0; k < t.frames(); k++) {
        double src = Math.max(3 / OpenFaceFixture.FPS, Math.min(87 / OpenFaceFixture.FPS, start + k / 25.0));
        assertThat(t.get(k, "AU4")).isCloseTo(OpenFaceFixture.au4(src), within(2e-3));
      }
    }
    ClipManifest m = Json.datasetReader().forType(ClipManifest.class).readValue(out.resolve("manifest.json").toFile());
    assertThat(m.config().path("motion").path("recordings").get(0).path("sha256").asText()).hasSize(64);
  }

  @Test
  void nonsenseSettingsAreRefusedBeforeAnythingIsWritten() {
    EpisodeConfig longEpisode = new EpisodeConfig(new Range(1, 2), new Range(2, 3), new Range(1, 2), 0.2, 0.3, 1, 16,
        0.2, new Range(10, 24), 0, false);
    assertThatThrownBy(() -> new ClipConfig(ClipConfig.look(2, 64, 1, 5, Balance.PAPER), 2, 3.0, 25, 20,
        new MotionSpec.Episodes(longEpisode))).hasMessageContaining("needs at least 4.70 s");
    assertThatThrownBy(() -> new ClipConfig(ClipConfig.look(2, 66, 1, 5, Balance.PAPER), 2, 0, 25, 20,
        new MotionSpec.Episodes(STILL))).hasMessageContaining("clip length");
    assertThatThrownBy(() -> new ClipConfig(ClipConfig.look(2, 65, 1, 5, Balance.PAPER), 2, 3, 25, 20,
        new MotionSpec.Episodes(STILL))).hasMessageContaining("even size");
  }

  static boolean noTemporaryFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }
  }
}
