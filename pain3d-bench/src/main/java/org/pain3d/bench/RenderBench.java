package org.pain3d.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
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
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.CameraTone;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.FaceRenderer;
import org.pain3d.render.FrameBuffer;
import org.pain3d.render.Framing;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.Pass;
import org.pain3d.render.PngWriter;
import org.pain3d.render.Rasterizer;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.Shader;
import org.pain3d.render.SkinLayout;
import org.pain3d.render.SkinRelief;
import org.pain3d.render.SkinTone;
import org.pain3d.render.SkinTexture;
import org.pain3d.render.VertexNormals;
import org.pain3d.render.View;
import org.pain3d.render.look.PoreRelief;
import org.pain3d.render.look.SkinLook;

/**
 * The renderer on the full ICT-FaceKit mesh (26,719 vertices, ~52k triangles), one thread:
 * a shaded 512x512 frontal view (rasterise + normals + shading), the bare rasterisation,
 * the bare shading of a rasterised frame (smooth, and with the skin's pore relief), building one
 * identity's pore relief,
 * one heatmap (rasterise + displacement + interpolation), the studio's tone curve over a shaded
 * image, and PNG encoding of a shaded
 * 512x512 image with the fast writer settings. Reports sample-time percentiles (p0.50 is
 * the median).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class RenderBench {
  @Param({"512"})
  int size;

  private RenderMesh pain;
  private float[] neutral;
  private Camera camera;
  private Shader shader;
  private Shader reliefShader;
  private SkinLayout layout;
  private SkinLook skinLook;
  private RenderMesh neutralMesh;
  private FaceRenderer renderer;
  private RenderTarget shadedTarget;
  private RenderTarget shadedTarget2x;
  private RenderTarget heatTarget;
  private FrameBuffer frame;
  private final Rasterizer rasterizer = new Rasterizer();
  private PngWriter png;
  private float[] normals;
  private int[] shadeOut;
  private int[] toneOut;
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 20);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    FaceModel model = BenchFace.load();
    neutral = model.neutral();
    pain = RenderMesh.fromTopology(model.topology(), BenchFace.posed(model, "AU4=3,AU6=2,AU7=3,AU9=2,AU10=2"));
    camera = Framing.defaults().camera(neutral, FaceLandmarks.ict68(), View.frontal(), size, size);
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    neutralMesh = RenderMesh.fromTopology(model.topology(), neutral);
    boolean[] skin = new boolean[neutralMesh.groupNames().size()];
    for (int g = 0; g < skin.length; g++) {
      skin[g] = MaterialKind.ofGroup(neutralMesh.groupNames().get(g)) == MaterialKind.SKIN;
    }
    layout = SkinLayout.of(neutralMesh, skin, 512);
    SkinTexture texture = SkinTexture.bake(neutralMesh, layout, app);
    shader = new Shader(neutralMesh, app, texture);
    skinLook = SkinLook.plain(app.skinTone().rgb(), app.hairRgb(), 1);
    reliefShader = new Shader(neutralMesh, app, texture, null, PoreRelief.of(skinLook, layout, neutralMesh));
    renderer = new FaceRenderer();
    shadedTarget = new RenderTarget(size, size, 1, EnumSet.of(Pass.SHADED));
    shadedTarget2x = new RenderTarget(size, size, 2, EnumSet.of(Pass.SHADED));
    heatTarget = new RenderTarget(size, size, 1, EnumSet.of(Pass.HEATMAP));
    frame = new FrameBuffer(size, size);
    png = PngWriter.fast();
    renderer.render(pain, camera, shader, neutral, shadedTarget);
    normals = new float[pain.positions().length];
    VertexNormals.compute(pain.positions(), pain.triangles(), normals);
    shadeOut = new int[size * size];
    toneOut = shadedTarget.shaded.clone();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    png.close();
  }

  /**
   * Shaded colour only: the dataset's per-image render cost. The pose does not change
   * between calls, so the vertex normals are computed once (as for the views of one pose in
   * the generator); {@code shadeOnly} and {@code rasterizeOnly} give the two other parts.
   */
  @Benchmark
  public int shaded() {
    renderer.render(pain, camera, shader, null, shadedTarget);
    return shadedTarget.shaded[size * size / 2 + size / 2];
  }

  /** Shaded colour with 2x2 supersampling (four times the samples). */
  @Benchmark
  public int shadedSupersampled2() {
    renderer.render(pain, camera, shader, null, shadedTarget2x);
    return shadedTarget2x.shaded[size * size / 2 + size / 2];
  }

  /** The rasteriser alone (clear + visibility buffer). */
  @Benchmark
  public int rasterizeOnly() {
    frame.clear();
    rasterizer.rasterize(pain, camera, FaceRenderer.faceOptions(pain), frame);
    return frame.triangle[size * size / 2 + size / 2];
  }

  /** The shading alone: resolving a rasterised frame buffer into colour (no supersampling). */
  @Benchmark
  public int shadeOnly() {
    shader.resolve(shadedTarget.frame, 1, pain, normals, camera, shadeOut);
    return shadeOut[size * size / 2 + size / 2];
  }

  /** The shading alone with the skin's pore relief ({@link PoreRelief}): the normal tilted per skin sample. */
  @Benchmark
  public int shadeOnlyPoreRelief() {
    reliefShader.resolve(shadedTarget.frame, 1, pain, normals, camera, shadeOut);
    return shadeOut[size * size / 2 + size / 2];
  }

  /** Building one identity's pore relief on the 512-texel layout (once per identity). */
  @Benchmark
  public SkinRelief poreRelief() {
    return PoreRelief.of(skinLook, layout, neutralMesh);
  }

  /**
   * The studio camera's tone curve ({@link CameraTone}) over a shaded image, in place (the
   * lookups cost the same whatever the values, so toning the same buffer again is the cost).
   */
  @Benchmark
  public int toneCurve() {
    CameraTone.apply(toneOut, size * size);
    return toneOut[size * size / 2 + size / 2];
  }

  /** One pain-region heatmap in the frontal view. */
  @Benchmark
  public float heatmap() {
    renderer.render(pain, camera, null, neutral, heatTarget);
    return heatTarget.heatmapMm[size * size / 2 + size / 2];
  }

  /** PNG encoding of the shaded image with {@link PngWriter#fast()}. */
  @Benchmark
  public int encodePng() throws IOException {
    sink.reset();
    png.writeRgb(shadedTarget.shaded, size, size, sink);
    return sink.size();
  }
}
