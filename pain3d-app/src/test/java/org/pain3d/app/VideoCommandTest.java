package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.unbc.UnbcFixture;
import org.pain3d.dataset.ClipFrameTable;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.io.Json;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.HeadPose;
import org.pain3d.render.View;
import org.pain3d.synth.Balance;
import org.pain3d.synth.ClipConfig;
import org.pain3d.synth.DatasetPlan;
import org.pain3d.synth.IdentityPlan;
import org.pain3d.synth.IdentityScene;
import org.pain3d.testing.FileTrees;
import org.pain3d.testing.OpenFaceFixture;
import org.pain3d.testing.RealFaceModel;
import org.pain3d.testing.TinyFaceModel;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.video.DebianFfmpeg;
import org.pain3d.video.Mp4Reader;

class VideoCommandTest {
  @TempDir Path tmp;

  /** The tiny model has no eye-turn shapes and no 68 landmarks: no gaze shifts, no head sway. */
  private static List<String> tiny(Path model, Path out, String... more) {
    java.util.LinkedHashMap<String, String> opt = new java.util.LinkedHashMap<>();
    String[] base = {"--face-model", model.toString(), "--out", out.toString(), "--identities", "3", "--clips", "2",
        "--seconds", "1.6", "--fps", "10", "--size", "64", "--seed", "4", "--onset", "0.2:0.4", "--apex", "0.3:0.5",
        "--offset", "0.2:0.4", "--lead-in", "0.1", "--max-lag", "0.1", "--head-motion", "0", "--no-gaze"};
    for (String[] a : new String[][] {base, more}) {
      for (int i = 0; i < a.length; i++) {
        boolean flag = i + 1 >= a.length || a[i + 1].startsWith("--");
        opt.put(a[i], flag ? "" : a[++i]);
      }
    }
    List<String> args = new ArrayList<>(List.of("video"));
    opt.forEach((k, v) -> {
      args.add(k);
      if (!v.isEmpty()) {
        args.add(v);
      }
    });
    return args;
  }

  private static CliRun run(List<String> args) {
    return CliRun.of(args.toArray(new String[0]));
  }

  static List<ClipInfo> clips(Path out) throws IOException {
    List<ClipInfo> c = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("clips.jsonl"))) {
      c.add(ClipInfo.parse(line));
    }
    return c;
  }

  @Test
  void clipsAreByteIdenticalWhateverThreadsOrShards() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    CliRun one = run(tiny(model, tmp.resolve("one"), "--threads", "1"));
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.out()).contains("made 6 clips (96 frames)").contains("frames/s").contains("dataset complete");
    assertThat(run(tiny(model, tmp.resolve("two"), "--threads", "2")).exitCode()).isZero();
    Path sharded = tmp.resolve("sharded");
    CliRun first = run(tiny(model, sharded, "--shard", "2/2"));
    assertThat(first.out()).contains("waiting for the other shards");
    assertThat(run(tiny(model, sharded, "--shard", "1/2", "--threads", "2")).exitCode()).isZero();
    Map<String, String> reference = FileTrees.sha256(tmp.resolve("one"));
    assertThat(reference.keySet()).contains("clips/sample_00002_clip_02.mp4", "manifest.json", "clips.jsonl",
        "splits/clips_70_20_10_split.csv");
    assertThat(FileTrees.sha256(tmp.resolve("two"))).isEqualTo(reference);
    assertThat(FileTrees.sha256(sharded)).isEqualTo(reference);
    // The default scene is varied: every clip records its own scene, and inspect finds the dataset consistent.
    List<ClipInfo> all = clips(tmp.resolve("one"));
    assertThat(all).allSatisfy(c -> assertThat(c.scene().preset()).isEqualTo("varied"));
    // Frames of at most 320 px use the LOD face mesh by default (--mesh-detail auto), and say so.
    assertThat(all).allSatisfy(c -> assertThat(c.video().mesh()).isEqualTo("lod"));
    // ... and paint the skin on the small frames' texture tile.
    assertThat(all).allSatisfy(c -> assertThat(c.video().skinTexels()).isEqualTo(256));
    assertThat(Files.readString(tmp.resolve("one/manifest.json"))).contains("\"mesh_detail\" : \"auto\"");
    assertThat(all.get(0).scene()).isNotEqualTo(all.get(1).scene());
    CliRun inspect = CliRun.of("inspect", tmp.resolve("one").toString());
    assertThat(inspect.exitCode()).as(inspect.out() + inspect.err()).isZero();
    assertThat(inspect.out()).contains("scene preset (clips)").contains("varied").contains("scene background (clips)");
    CliRun again = run(tiny(model, tmp.resolve("one")));
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("--resume");
  }

  @Test
  void everyMp4DecodesIndependentlyToTheRenderedFrames() throws Exception {
    DebianFfmpeg.assumeInstalled();
    Path modelDir = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path out = tmp.resolve("clips");
    // Re-rendered below with the studio look (scenes are checked in ClipSceneTest and by the default runs) and the
    // full mesh (the LOD's frames are compared with the full mesh's in FaceLodTest).
    assertThat(run(tiny(modelDir, out, "--threads", "2", "--scene", "studio", "--mesh-detail", "full")).exitCode())
        .isZero();
    assertThat(clips(out)).allSatisfy(c -> assertThat(c.video().mesh()).isEqualTo("full"));
    assertThat(clips(out)).allSatisfy(c -> assertThat(c.video().skinTexels()).isEqualTo(512));
    FaceModel model = new FaceModelLoader(new FaceModelLoader.Options(null, 1)).load(modelDir);
    checkDecodes(model, ClipConfig.look(3, 64, 1, 4, Balance.PAPER), out, 1);
  }

  @Test
  void realModelClipWithHeadMotionGazeAndBlinksDecodes() throws Exception {
    Path source = RealFaceModel.source();
    DebianFfmpeg.assumeInstalled();
    Path out = tmp.resolve("real");
    CliRun r = CliRun.of("video", "--face-model", source.toString(), "--out", out.toString(), "--identities", "1",
        "--clips", "1", "--seconds", "2.4", "--fps", "25", "--size", "128", "--seed", "3", "--no-pain", "0",
        "--blinks", "40:40", "--scene", "studio", "--mesh-detail", "full");
    assertThat(r.exitCode()).as(r.err()).isZero();
    ClipInfo c = clips(out).get(0);
    assertThat(c.label().targetPspi()).isPositive();
    ClipFrameTable t = ClipFrameTable.read(out.resolve(c.files().frames()));
    assertThat(java.util.Arrays.stream(t.column("yaw_deg")).map(Math::abs).max().orElse(0)).isGreaterThan(0.1);
    assertThat(java.util.Arrays.stream(t.column("AU61")).max().orElse(0)
        + java.util.Arrays.stream(t.column("AU62")).max().orElse(0)).isPositive();
    assertThat(java.util.Arrays.stream(t.column("blink")).max().orElse(0)).isEqualTo(1.0);
    checkDecodes(RealFaceModel.get(), ClipConfig.look(1, 128, 1, 3, Balance.PAPER), out, 1);
  }

  /**
   * Every clip: ffprobe sees H.264 yuv420p at the right size, rate and frame count; every
   * {@code step}-th decoded frame is within 30 dB PSNR of the frame re-rendered from the
   * clip's label table (so the labels also describe the pixels).
   */
  private static void checkDecodes(FaceModel model, org.pain3d.synth.GeneratorConfig look, Path out, int step)
      throws IOException {
    for (ClipInfo c : clips(out)) {
      Path mp4 = out.resolve(c.files().video());
      JsonNode s = DebianFfmpeg.probe(mp4);
      assertThat(s.path("codec_name").asText()).isEqualTo("h264");
      assertThat(s.path("pix_fmt").asText()).isEqualTo("yuv420p");
      assertThat(s.path("width").asInt()).isEqualTo(look.sizePx());
      assertThat(s.path("height").asInt()).isEqualTo(look.sizePx());
      assertThat(s.path("r_frame_rate").asText()).isEqualTo(c.video().fps() + "/1");
      assertThat(s.path("nb_read_frames").asInt()).isEqualTo(c.video().frames());
      List<int[]> decoded = DebianFfmpeg.decode(mp4, look.sizePx(), look.sizePx());
      assertThat(decoded).hasSize(c.video().frames());
      List<int[]> rendered = rerendered(model, look, out, c, step);
      for (int i = 0; i < rendered.size(); i++) {
        assertThat(DebianFfmpeg.psnr(rendered.get(i), decoded.get(i * step)))
            .as("%s frame %d", c.baseName(), i * step).isGreaterThanOrEqualTo(30.0);
      }
    }
  }

  /**
   * Every {@code step}-th frame of a clip re-rendered from its label table with the studio look of {@code look}
   * (the identity's plan, AUs and head pose), independently of the clip generator.
   */
  private static List<int[]> rerendered(FaceModel model, org.pain3d.synth.GeneratorConfig look, Path out,
      ClipInfo c, int step) throws IOException {
    IdentityScene scene = new IdentityScene(model, look.sizePx(), look.superSample());
    AuRig rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    float[] aus = new float[ActionUnit.values().length];
    float[] w = new float[model.expressionCount()];
    ClipFrameTable t = ClipFrameTable.read(out.resolve(c.files().frames()));
    scene.setIdentity(DatasetPlan.create(look).identities().get(c.identity().id()), look);
    var camera = scene.camera(View.frontal());
    List<int[]> frames = new ArrayList<>();
    for (int k = 0; k < t.frames(); k += step) {
      for (ActionUnit au : ActionUnit.values()) {
        aus[au.ordinal()] = (float) t.get(k, au.name());
      }
      rig.weights(aus, w);
      scene.setExpression(w, new HeadPose(t.get(k, "yaw_deg"), t.get(k, "pitch_deg"), t.get(k, "roll_deg")));
      frames.add(scene.renderExpression(camera).shaded.clone());
    }
    return frames;
  }

  /** Every frame of an MP4, decoded by pain3d-video's reader (packed RGB). */
  private static List<int[]> decodeAll(Path mp4) throws IOException {
    List<int[]> frames = new ArrayList<>();
    Mp4Reader.decode(mp4, (k, rgb, width, height) -> frames.add(rgb.clone()));
    return frames;
  }

  /**
   * The look flags of {@code generate} apply to clips through the same mixin (real face model: the tiny one has
   * no look regions, so it is always plain): {@code --look plain} frames are the plain look's re-render (>= 30 dB
   * PSNR after H.264) and far from the full look's, so they differ from the default video; the plain look records
   * no appearance (as {@code generate}'s annotations), the full look its features; {@code --look-off} and the
   * rates reach the manifest and every clip's appearance record.
   */
  @Test
  void lookFlagsApplyToClipFrames() throws Exception {
    Path source = RealFaceModel.source();
    FaceModel model = RealFaceModel.get();
    Path plain = tmp.resolve("plain");
    Path full = tmp.resolve("full");
    String[] small = {"--identities", "2", "--clips", "1", "--scene", "studio", "--mesh-detail", "full"};
    CliRun p = run(tiny(source, plain, concat(small, "--look", "plain")));
    assertThat(p.exitCode()).as(p.err()).isZero();
    CliRun f = run(tiny(source, full, small));
    assertThat(f.exitCode()).as(f.err()).isZero();
    var plainLook = ClipConfig.look(2, 64, 1, 4, Balance.PAPER, SceneConfig.studio(), LookOptions.plain());
    var fullLook = ClipConfig.look(2, 64, 1, 4, Balance.PAPER);
    for (ClipInfo c : clips(plain)) {
      String mp4 = c.files().video();
      List<int[]> decoded = decodeAll(plain.resolve(mp4));
      List<int[]> asPlain = rerendered(model, plainLook, plain, c, 1);
      List<int[]> asFull = rerendered(model, fullLook, plain, c, 1);
      assertThat(decoded).hasSameSizeAs(asPlain);
      for (int k = 0; k < decoded.size(); k++) {
        double toPlain = DebianFfmpeg.psnr(asPlain.get(k), decoded.get(k));
        double toFull = DebianFfmpeg.psnr(asFull.get(k), decoded.get(k));
        assertThat(toPlain).as("%s frame %d against the plain look", c.baseName(), k).isGreaterThanOrEqualTo(30.0);
        assertThat(toFull).as("%s frame %d against the full look", c.baseName(), k).isLessThan(toPlain - 5);
      }
      assertThat(Files.readAllBytes(plain.resolve(mp4))).isNotEqualTo(Files.readAllBytes(full.resolve(mp4)));
      assertThat(c.appearance()).isNull();
    }
    assertThat(clips(full)).allSatisfy(c -> assertThat(c.appearance().lookFeatures()).contains("hair", "skin-tone"));
    JsonNode manifestLook = Json.mapper().readTree(plain.resolve("manifest.json").toFile()).at("/config/look");
    assertThat(manifestLook).isEqualTo(LookOptions.plain().toJson());
    // single features off and the rates: recorded in the manifest and in each clip's appearance
    Path some = tmp.resolve("some");
    CliRun o = run(tiny(source, some, concat(small, "--look-off", "hair,makeup", "--facial-hair-rate", "0",
        "--makeup-rate", "1")));
    assertThat(o.exitCode()).as(o.err()).isZero();
    JsonNode look = Json.mapper().readTree(some.resolve("manifest.json").toFile()).at("/config/look");
    assertThat(look.toString()).contains("\"facial_hair_rate\":0.0", "\"makeup_rate\":1.0").doesNotContain(
        "\"hair\"", "\"makeup\"");
    assertThat(clips(some)).allSatisfy(c -> {
      assertThat(c.appearance().lookFeatures()).doesNotContain("hair", "makeup").contains("skin-tone");
      assertThat(c.appearance().facialHair()).isEqualTo("none");
    });
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void anOpenFaceRecordingDrivesEveryAvatar() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path csv = OpenFaceFixture.write(Files.createDirectories(tmp.resolve("motion")).resolve("patient.csv"), false);
    Path out = tmp.resolve("captured");
    CliRun r = run(tiny(model, out, "--motion", csv.getParent().toString(), "--seconds", "2"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (ClipInfo c : clips(out)) {
      assertThat(c.motion().source().label()).isEqualTo("openface");
      assertThat(c.motion().recording()).isEqualTo("patient.csv");
      ClipFrameTable t = ClipFrameTable.read(out.resolve(c.files().frames()));
      double start = c.motion().windowStartS();
      for (int k = 0; k < t.frames(); k++) {
        double src = Math.max(3 / OpenFaceFixture.FPS, Math.min(87 / OpenFaceFixture.FPS, start + k / 10.0));
        assertThat(t.get(k, "AU4")).isCloseTo(OpenFaceFixture.au4(src), within(2e-3));
      }
    }
  }

  @Test
  void unbcSequencesDriveClipsAtTheirFrameRate() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    int[] pspi = new int[60];
    for (int f = 0; f < pspi.length; f++) {
      pspi[f] = f < 15 ? 0 : Math.min(8, (f - 15) / 3);
    }
    UnbcFixture.Archive archive = UnbcFixture.builder().sequence("064-ak064", "ak064t9aaaff", pspi).write(tmp.resolve("unbc"));
    Path out = tmp.resolve("unbc-clips");
    CliRun r = run(tiny(model, out, "--motion", archive.root().toString(), "--seconds", "2", "--identities", "5",
        "--clips", "1"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Five sequences (the fixture's four short ones and ours), used in turn in name order.
    List<ClipInfo> all = clips(out);
    assertThat(all).extracting(c -> c.motion().recording()).containsExactly("064-ak064/ak064t1aaaff",
        "064-ak064/ak064t2aaaff", "064-ak064/ak064t9aaaff", "121-vw121/vw121t1aaaff", "121-vw121/vw121t2aaaff");
    for (ClipInfo c : all.subList(2, 3)) {
      assertThat(c.motion().source().label()).isEqualTo("unbc");
      ClipFrameTable t = ClipFrameTable.read(out.resolve(c.files().frames()));
      double start = c.motion().windowStartS();
      for (int k = 0; k < t.frames(); k++) {
        double src = (start + k / 10.0) * 30;
        if (Math.abs(src - Math.rint(src)) < 1e-6) {
          int f = (int) Math.rint(src);
          float[] expected = UnbcFixture.ausFor(pspi[f]);
          assertThat(t.get(k, "AU4")).isCloseTo(expected[org.pain3d.unbc.UnbcActionUnit.AU4.ordinal()], within(1e-4));
        }
      }
      assertThat(c.label().apexPspi()).isPositive();
    }
  }

  @Test
  void badInputIsOneClearErrorAndWritesNothing() throws Exception {
    Path model = new TinyFaceModel(2).writeDirectory(tmp.resolve("model"));
    Path noAu = Files.writeString(tmp.resolve("noau.csv"), "frame, timestamp, confidence, success, pose_Rx\n1, 0, 1, 1, 0\n");
    Path failed = Files.writeString(tmp.resolve("failed.csv"),
        "frame, timestamp, confidence, success, AU04_r\n1, 0.0, 0, 0, 0\n2, 0.033, 0, 0, 0\n");
    Path binary = Files.write(tmp.resolve("video.csv"), new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'});
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path typo = Files.writeString(tmp.resolve("typo.json"), "{\"camera\": {\"fov_dg\": [15, 30]}}");
    Path impossible = Files.writeString(tmp.resolve("impossible.json"), "{\"camera\": {\"fov_deg\": [40, 20]}}");
    Object[][] cases = {
      {3, "no AU intensity columns", new String[] {"--motion", noAu.toString()}},
      {3, "no frame was tracked", new String[] {"--motion", failed.toString()}},
      {3, "not a text file", new String[] {"--motion", binary.toString()}},
      {3, "no such motion file", new String[] {"--motion", tmp.resolve("missing.csv").toString()}},
      {3, "holds no OpenFace CSV", new String[] {"--motion", empty.toString()}},
      {2, "--onset", new String[] {"--onset", "2:1"}},
      {2, "apex must last more than 0 s", new String[] {"--apex", "0:1"}},
      {2, "needs at least", new String[] {"--seconds", "0.8"}},
      {2, "clip length", new String[] {"--seconds", "0"}},
      {2, "even size", new String[] {"--size", "65"}},
      {2, "--pspi", new String[] {"--pspi", "0.5:16"}},
      {2, "no-pain fraction", new String[] {"--no-pain", "2"}},
      {2, "quantiser", new String[] {"--quality", "60"}},
      {2, "unknown scene preset 'ward'", new String[] {"--scene", "ward"}},
      {2, "unknown key 'camera.fov_dg' (did you mean 'fov_deg'?)", new String[] {"--scene-ranges", typo.toString()}},
      {2, "min > max", new String[] {"--scene", "bedside", "--scene-ranges", impossible.toString()}},
      {2, "does not apply to --scene studio", new String[] {"--scene", "studio", "--scene-ranges", typo.toString()}},
      {2, "--look: unknown value 'fancy'", new String[] {"--look", "fancy"}},
      {2, "tail", new String[] {"--look-off", "hair,tail"}},
      {2, "--facial-hair-rate must be in 0..1", new String[] {"--facial-hair-rate", "1.5"}},
      {2, "--makeup-rate must be in 0..1", new String[] {"--makeup-rate", "-0.1"}},
      {2, "--mesh-detail: unknown value 'coarse'", new String[] {"--mesh-detail", "coarse"}},
    };
    for (Object[] c : cases) {
      Path out = tmp.resolve("out");
      CliRun r = run(tiny(model, out, (String[]) c[2]));
      String what = String.join(" ", (String[]) c[2]) + ": " + r.err();
      assertThat(r.exitCode()).as(what).isEqualTo((int) c[0]);
      assertThat(r.err().lines().filter(l -> l.startsWith("pain3d: error:")).count()).as(what).isEqualTo(1);
      assertThat(r.err()).as(what).contains((String) c[1]);
      assertThat(Files.exists(out)).as(what).isFalse();
    }
  }
}
