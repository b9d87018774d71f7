package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.ClipIndex;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.SceneAnnotation;
import org.pain3d.dataset.check.ClipChecker;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.io.Json;
import org.pain3d.motion.MotionSpec;
import org.pain3d.render.Camera;
import org.pain3d.render.View;
import org.pain3d.render.scene.CameraEffects;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.SceneDraw;
import org.pain3d.synth.scene.SceneLabels;
import org.pain3d.synth.scene.ScenePreset;
import org.pain3d.synth.scene.SceneSampler;
import org.pain3d.testing.FileTrees;
import org.pain3d.testing.RawClipEncoder;
import org.pain3d.testing.TinyFaceModel;

/**
 * Clips in scenes ({@code pain3d video --scene}): one scene per clip drawn from (seed,
 * identity, clip), recorded in the clip's JSON, constant over the clip's frames, and the same
 * bytes whatever the threads or shards. The tiny model has lights, backgrounds, cameras and
 * degradations but no props (see {@code PropTurnTest} for props turning with the head).
 */
class ClipSceneTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static FaceModel tiny;

  @BeforeAll
  static void loadTiny() throws IOException {
    tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(shared.resolve("model")));
  }

  /** The varied preset with sensor noise on every clip (or none), so both cases are exercised. */
  private static SceneConfig varied(double noiseRate) {
    return new SceneConfig(ScenePreset.VARIED, Optional.of(ScenePreset.VARIED.ranges().withOverrides(
        Json.mapper().createObjectNode().set("camera", Json.mapper().createObjectNode().put("noise_rate", noiseRate)))));
  }

  private static ClipConfig config(int identities, int clips, SceneConfig scene) {
    return new ClipConfig(ClipConfig.look(identities, 64, 1, 5, Balance.PAPER, scene), clips, 1.6, 10, 20,
        new MotionSpec.Episodes(ClipGeneratorTest.STILL));
  }

  private static ClipGenerator.Result run(ClipConfig config, Path out, int threads, Shard shard) throws IOException {
    return new ClipGenerator(tiny, new RawClipEncoder()).run(config, new GenerationOptions(threads, shard, false,
        false), out, ClipProgress.NONE);
  }

  @Test
  void scenedClipsAreTheSameBytesWhateverThreadsOrShards() throws IOException {
    ClipConfig c = config(4, 2, varied(1));
    run(c, tmp.resolve("one"), 1, Shard.all());
    run(c, tmp.resolve("three"), 3, Shard.all());
    Path sharded = tmp.resolve("sharded");
    run(c, sharded, 2, new Shard(2, 3));
    run(c, sharded, 1, new Shard(3, 3));
    assertThat(run(c, sharded, 1, new Shard(1, 3)).finalized()).isTrue();
    Map<String, String> ref = FileTrees.sha256(tmp.resolve("one"));
    assertThat(FileTrees.sha256(tmp.resolve("three"))).isEqualTo(ref);
    assertThat(FileTrees.sha256(sharded)).isEqualTo(ref);
    assertThat(ClipChecker.check(tmp.resolve("one"), true, null).problems()).isEmpty();
    String manifest = Files.readString(tmp.resolve("one/manifest.json"));
    assertThat(manifest).contains("\"preset\" : \"varied\"").contains("\"noise_rate\" : 1");
  }

  @Test
  void theClipJsonRecordsTheSceneTheSamplerDrew() throws IOException {
    ClipConfig c = config(3, 3, SceneConfig.of(ScenePreset.BEDSIDE));
    Path out = tmp.resolve("clips");
    run(c, out, 2, Shard.all());
    List<IdentityPlan> plans = DatasetPlan.create(c.look()).identities();
    List<ClipInfo> all = ClipIndex.read(out);
    assertThat(all).hasSize(9);
    for (ClipInfo info : all) {
      ClipPlan plan = ClipPlan.of(c, plans.get(info.identity().id())).get(info.clipIndex() - 1);
      SceneDraw d = SceneSampler.draw(ScenePreset.BEDSIDE, ScenePreset.BEDSIDE.ranges(),
          plans.get(info.identity().id()).demographics(), List.of(View.frontal()), 64, plan.sceneSeed());
      View view = d.views().get(0).view();
      Camera camera = new Camera(64, 64, d.views().get(0).fovYDeg(), 0, 0, 0, info.scene().views().get(0).distanceCm(),
          view, 0.1);
      CameraEffects fx = d.clipEffects(0);
      assertThat(fx.jpegQuality()).isZero();
      SceneAnnotation expected = SceneLabels.annotation(d, List.of(camera), List.of(fx));
      assertThat(info.scene()).as(info.baseName()).isEqualTo(expected);
      assertThat(info.camera().yawDeg()).isEqualTo(view.yawDeg());
      assertThat(info.camera().rollDeg()).isEqualTo(view.rollDeg());
      assertThat(info.camera().fovDeg()).isEqualTo(d.views().get(0).fovYDeg());
      assertThat(info).isEqualTo(ClipInfo.parse(Files.readString(out.resolve("clips/" + info.baseName() + ".json"))));
    }
    // One scene per clip: an identity's clips are in different settings.
    assertThat(all.get(0).scene()).isNotEqualTo(all.get(1).scene());
    assertThat(all.get(1).scene()).isNotEqualTo(all.get(2).scene());
  }

  @Test
  void theSceneStaysPutWithinAClipWhileTheFaceMoves() throws IOException {
    ClipConfig c = config(3, 2, varied(0));
    Path out = tmp.resolve("still");
    run(c, out, 2, Shard.all());
    int checked = 0;
    for (ClipInfo info : ClipIndex.read(out)) {
      List<int[]> frames = rawFrames(out.resolve(info.files().video()), 64);
      assertThat(frames).hasSize(16);
      double faceChange = 0;
      for (int k = 1; k < frames.size(); k++) {
        assertThat(cornerChange(frames.get(0), frames.get(k), 64)).as("%s frame %d", info.baseName(), k)
            .isLessThan(1.0);
        faceChange = Math.max(faceChange, centreChange(frames.get(0), frames.get(k), 64));
      }
      if (info.label().targetPspi() > 0) {
        assertThat(faceChange).as(info.baseName()).isGreaterThan(1.0);
        checked++;
      }
    }
    assertThat(checked).isPositive();
    // With sensor noise the background's pixels change from frame to frame (noise drawn per
    // frame) but not its level.
    ClipConfig noisy = config(1, 1, varied(1));
    Path n = tmp.resolve("noisy");
    run(noisy, n, 1, Shard.all());
    List<int[]> frames = rawFrames(n.resolve(ClipIndex.read(n).get(0).files().video()), 64);
    assertThat(cornerChange(frames.get(3), frames.get(4), 64)).isGreaterThan(0.3);
    assertThat(Math.abs(cornerMean(frames.get(3), 64) - cornerMean(frames.get(4), 64))).isLessThan(1.5);
  }

  /** Frames of a {@link RawClipEncoder} file. */
  static List<int[]> rawFrames(Path file, int size) throws IOException {
    List<int[]> out = new ArrayList<>();
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      while (in.read() != '\n') {
        // the header line
      }
      DataInputStream d = new DataInputStream(in);
      while (d.available() > 0) {
        int[] f = new int[size * size];
        for (int i = 0; i < f.length; i++) {
          f[i] = d.readInt();
        }
        out.add(f);
      }
    }
    return out;
  }

  /** Mean absolute channel difference over the four 6 x 6 corners (background, away from the head). */
  private static double cornerChange(int[] a, int[] b, int size) {
    double sum = 0;
    int n = 0;
    for (int i : corners(size)) {
      for (int s = 0; s < 24; s += 8) {
        sum += Math.abs((a[i] >> s & 255) - (b[i] >> s & 255));
        n++;
      }
    }
    return sum / n;
  }

  private static double cornerMean(int[] a, int size) {
    double sum = 0;
    int n = 0;
    for (int i : corners(size)) {
      for (int s = 0; s < 24; s += 8) {
        sum += a[i] >> s & 255;
        n++;
      }
    }
    return sum / n;
  }

  /** Mean absolute channel difference over the central 16 x 16 pixels (the face). */
  private static double centreChange(int[] a, int[] b, int size) {
    double sum = 0;
    int n = 0;
    for (int y = size / 2 - 8; y < size / 2 + 8; y++) {
      for (int x = size / 2 - 8; x < size / 2 + 8; x++) {
        int i = y * size + x;
        for (int s = 0; s < 24; s += 8) {
          sum += Math.abs((a[i] >> s & 255) - (b[i] >> s & 255));
          n++;
        }
      }
    }
    return sum / n;
  }

  private static List<Integer> corners(int size) {
    List<Integer> out = new ArrayList<>();
    for (int y = 0; y < 6; y++) {
      for (int x = 0; x < 6; x++) {
        out.add(y * size + x);
        out.add(y * size + size - 1 - x);
        out.add((size - 1 - y) * size + x);
        out.add((size - 1 - y) * size + size - 1 - x);
      }
    }
    return out;
  }
}
