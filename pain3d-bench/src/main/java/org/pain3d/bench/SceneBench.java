package org.pain3d.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.io.Json;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.Pass;
import org.pain3d.render.PngWriter;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;
import org.pain3d.render.scene.BackdropKind;
import org.pain3d.render.scene.BackdropSpec;
import org.pain3d.render.scene.Backdrop;
import org.pain3d.render.scene.CameraEffects;
import org.pain3d.synth.FaceStage;
import org.pain3d.synth.look.IdentityLook;
import org.pain3d.synth.GeneratorConfig;
import org.pain3d.synth.FaceLod;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;

/**
 * The scene renderer ({@code --scene varied}) against the studio look, one thread, 512 px,
 * the paper's +30 degree view of a pain expression: one image in each look (the
 * generator's per-image render cost; {@code scene} selects a typical varied scene, or one
 * with every prop on), the per-identity set-up (skin, props, shadow map, three painted
 * backgrounds), one background, the camera degradations and PNG encoding of a scene image.
 * Reports sample-time percentiles (p0.50 is the median).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SceneBench {
  /** "typical": the varied preset's draw for seed 11; "loaded": glasses, cap, cannula, mask, tape, earrings. */
  @Param({"typical", "loaded"})
  String scene;

  private static final int SIZE = 512;
  private FaceStage studio;
  private FaceStage varied;
  /** The varied stage drawing the face with generate's image LOD ({@code --mesh-detail auto}). */
  private FaceStage variedLod;
  private float[] identity;
  private Appearance app;
  private RenderTarget painTarget;
  private final int[] background = new int[SIZE * SIZE];
  private final int[] scratch = new int[SIZE * SIZE];
  private PngWriter png;
  private PngWriter pngRle;
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 20);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    FaceModel model = BenchFace.load();
    List<View> views = GeneratorConfig.paperViews(3);
    SceneConfig config = SceneConfig.of(ScenePreset.VARIED);
    if (scene.equals("loaded")) {
      JsonNode all = Json.mapper().readTree("{\"accessories\": {\"glasses_rate\": 1, \"earrings_rate\": 1,"
          + " \"headwear_rate\": 1, \"headwear\": {\"cap\": 1, \"headscarf\": 0, \"hospital_cap\": 0},"
          + " \"nasal_cannula_rate\": 1, \"oxygen_mask_rate\": 0, \"face_mask_rate\": 0, \"medical_tape_rate\": 1},"
          + " \"camera\": {\"noise_rate\": 0, \"jpeg_rate\": 0, \"motion_blur_rate\": 0, \"defocus_rate\": 0}}");
      config = new SceneConfig(ScenePreset.VARIED, java.util.Optional.of(ScenePreset.VARIED.ranges().withOverrides(all)));
    }
    studio = FaceStage.create(model, SIZE, 1, EnumSet.of(Pass.SHADED), SceneConfig.studio(), views);
    varied = FaceStage.create(model, SIZE, 1, EnumSet.of(Pass.SHADED), config, views);
    variedLod = FaceStage.create(model, SIZE, 1, EnumSet.of(Pass.SHADED), config, views,
        FaceLod.of(model, FaceLod.IMAGE_TARGET_FRACTION));
    identity = new float[model.identityCount()];
    app = Appearance.defaults(SkinTone.MEDIUM);
    float[] pain = new AuRig(model.expressionNames(), IntensityCurve.facs())
        .weights(AuIntensities.parse("AU4=3,AU6=2,AU7=3,AU9=2,AU10=2"));
    studio.setIdentity(identity, app, IdentityLook.plain(), null, 11);
    studio.setExpression(pain);
    varied.setIdentity(identity, app, IdentityLook.plain(), null, 11);
    varied.setExpression(pain);
    variedLod.setIdentity(identity, app, IdentityLook.plain(), null, 11);
    variedLod.setExpression(pain);
    painTarget = varied.pain(1, null, 100);
    png = PngWriter.fast();
    pngRle = PngWriter.rle();
    Backdrop.paint(new BackdropSpec(BackdropKind.WARD, 0xD9CFBF, 0x6F8FA8, 0.01, 3), View.yaw(30), SIZE, SIZE, 1,
        background);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    png.close();
  }

  /** One studio image (the original look): rasterise, shade. */
  @Benchmark
  public int studioImage() {
    return studio.pain(1, null, 3).shaded[SIZE * SIZE / 2];
  }

  /** One scene image: rasterise face and props, per-view specular, composite over the background. */
  @Benchmark
  public int sceneImage() {
    return varied.pain(1, null, 3).shaded[SIZE * SIZE / 2];
  }

  /**
   * The same scene image with the face drawn on the image LOD (40 % of the triangles; the
   * {@code generate} default for scene images up to 512 px, docs/scenes.md "Eighth session").
   */
  @Benchmark
  public int sceneImageLod() {
    return variedLod.pain(1, null, 3).shaded[SIZE * SIZE / 2];
  }

  /** The per-identity set-up of a scene: skin bake, scene draw, props, shadow map, three backgrounds. */
  @Benchmark
  public int sceneIdentity() {
    varied.setIdentity(identity, app, IdentityLook.plain(), null, 11);
    return varied.camera(0).width();
  }

  /** One painted ward background. */
  @Benchmark
  public int backdrop() {
    Backdrop.paint(new BackdropSpec(BackdropKind.WARD, 0xD9CFBF, 0x6F8FA8, 0.01, 3), View.yaw(30), SIZE, SIZE, 1,
        scratch);
    return scratch[SIZE * SIZE / 2];
  }

  /** Sensor noise on one image. */
  @Benchmark
  public int noise() {
    System.arraycopy(background, 0, scratch, 0, scratch.length);
    new CameraEffects(0, 0, 0, 3, 0, 5).apply(scratch, SIZE, SIZE);
    return scratch[SIZE * SIZE / 2];
  }

  /** Defocus (radius 1.5 px) on one image. */
  @Benchmark
  public int defocus() {
    System.arraycopy(background, 0, scratch, 0, scratch.length);
    new CameraEffects(1.5, 0, 0, 0, 0, 5).apply(scratch, SIZE, SIZE);
    return scratch[SIZE * SIZE / 2];
  }

  /** Motion blur (4 px) on one image. */
  @Benchmark
  public int motionBlur() {
    System.arraycopy(background, 0, scratch, 0, scratch.length);
    new CameraEffects(0, 4, 30, 0, 0, 5).apply(scratch, SIZE, SIZE);
    return scratch[SIZE * SIZE / 2];
  }

  /** JPEG round trip (quality 80) of one image. */
  @Benchmark
  public int jpeg() {
    System.arraycopy(background, 0, scratch, 0, scratch.length);
    new CameraEffects(0, 0, 0, 0, 80, 5).apply(scratch, SIZE, SIZE);
    return scratch[SIZE * SIZE / 2];
  }

  /** PNG encoding of a scene image with zlib level 1 (the studio look's writer). */
  @Benchmark
  public int encodePng() throws IOException {
    sink.reset();
    png.writeRgb(painTarget.shaded, SIZE, SIZE, sink);
    return sink.size();
  }

  /** PNG encoding of a scene image with the run-length deflater (the scenes' writer). */
  @Benchmark
  public int encodePngRle() throws IOException {
    sink.reset();
    pngRle.writeRgb(painTarget.shaded, SIZE, SIZE, sink);
    return sink.size();
  }
}
