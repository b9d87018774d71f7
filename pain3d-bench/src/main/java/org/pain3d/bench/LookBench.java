package org.pain3d.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.au.PainSampler;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.HeatmapScale;
import org.pain3d.render.PainHeatmap;
import org.pain3d.render.PngWriter;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;
import org.pain3d.synth.GeneratorConfig;
import org.pain3d.synth.IdentitySampler;
import org.pain3d.synth.IdentityScene;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;

/**
 * The generator's work for whole identities, without file I/O: put the identity on stage,
 * render and PNG-encode its 3 neutral views, then 10 pain sets (expression, frontal image
 * with its heatmap, two side views, the colourised and 16-bit heatmaps), 33 images per
 * operation, cycling through 8 identities of mixed demographics. {@code look} plain with
 * the zlib writer is the pipeline before the look features; full with the run-length
 * writer is the pipeline after. Divide the median by 33 for the cost per image.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class LookBench {
  @Param({"plain", "full"})
  String look;

  @Param({"zlib", "rle"})
  String png;

  private FaceModel model;
  private IdentityScene scene;
  private LookSampler sampler;
  private AuRig rig;
  private PngWriter writer;
  private final List<View> views = GeneratorConfig.paperViews(3);
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 20);
  private final HeatmapScale scale = HeatmapScale.defaults();
  private int[] heatRgb;
  private short[] heat16;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    model = BenchFace.load();
    scene = new IdentityScene(model, 512, 1);
    sampler = new LookSampler(model, "full".equals(look) ? LookOptions.full() : LookOptions.plain());
    rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    writer = "rle".equals(png) ? PngWriter.rle() : PngWriter.fast();
    heatRgb = new int[512 * 512];
    heat16 = new short[512 * 512];
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    writer.close();
  }

  /** One identity: 3 neutral images, 10 pain sets of 3 images and 2 heatmaps, all encoded. */
  @Benchmark
  public int identity() throws IOException {
    int i = next++ % 8;
    Demographics d = new Demographics(i % 2 == 0 ? AgeGroup.YOUNG : AgeGroup.ELDERLY,
        i % 4 < 2 ? Gender.WOMAN : Gender.MAN, Ethnicity.values()[i % 6]);
    SplittableRandom rnd = new SplittableRandom(i);
    Appearance app = Appearance.random(SkinTone.MEDIUM, rnd);
    LookSampler.Sampled s = sampler.sample(d, new IdentitySampler(model.identityCount(), 1).sample(i), i, app);
    scene.setIdentity(s.weights(), s.appearance(), s.look());
    List<Camera> cameras = new ArrayList<>();
    for (View v : views) {
      cameras.add(scene.camera(v));
    }
    int bytes = 0;
    for (Camera c : cameras) {
      bytes += encode(scene.renderNeutral(c));
    }
    for (int k = 1; k <= 10; k++) {
      scene.setExpression(rig.weights(PainSampler.sample(1 + (k * 3 + i) % 16, rnd)));
      RenderTarget heat = scene.renderFrontalWithHeatmap();
      PainHeatmap.colourise(heat.heatmapMm, heat.mask, scale, 0, heatRgb);
      sink.reset();
      writer.writeRgb(heatRgb, 512, 512, sink);
      PainHeatmap.toRaw16(heat.heatmapMm, scale, heat16);
      writer.writeGray16(heat16, 512, 512, sink);
      bytes += sink.size() + encode(heat);
      for (int v = 1; v < cameras.size(); v++) {
        bytes += encode(scene.renderExpression(cameras.get(v)));
      }
    }
    return bytes;
  }

  private int encode(RenderTarget t) throws IOException {
    sink.reset();
    writer.writeRgb(t.shaded, t.width, t.height, sink);
    return sink.size();
  }
}
