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
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.FaceRenderer;
import org.pain3d.render.Framing;
import org.pain3d.render.Pass;
import org.pain3d.render.PngFilter;
import org.pain3d.render.PngWriter;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.Shader;
import org.pain3d.render.SkinTone;
import org.pain3d.render.SkinTexture;
import org.pain3d.render.View;

/**
 * PNG encoding settings compared on a real shaded 512x512 face: deflate level and row
 * filter. Prints the encoded size once per setting (stderr) so speed and size can be
 * weighed together.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class PngBench {
  @Param({"1", "3", "6"})
  int level;

  @Param({"NONE", "SUB", "UP"})
  PngFilter filter;

  private int[] image;
  private PngWriter png;
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 20);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    FaceModel model = BenchFace.load();
    RenderMesh mesh = RenderMesh.fromTopology(model.topology(), model.neutral());
    Appearance app = Appearance.defaults(SkinTone.LIGHT);
    boolean[] skin = new boolean[mesh.groupNames().size()];
    java.util.Arrays.fill(skin, true);
    RenderTarget t = new RenderTarget(512, 512, 1, EnumSet.of(Pass.SHADED));
    new FaceRenderer().render(mesh,
        Framing.defaults().camera(mesh.positions(), FaceLandmarks.ict68(), View.frontal(), 512, 512),
        new Shader(mesh, app, SkinTexture.bake(mesh, skin, app, 256)), null, t);
    image = t.shaded;
    png = new PngWriter(level, filter);
    sink.reset();
    png.writeRgb(image, 512, 512, sink);
    System.err.printf("PNG level %d filter %s: %d bytes%n", level, filter, sink.size());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    png.close();
  }

  @Benchmark
  public int encode() throws IOException {
    sink.reset();
    png.writeRgb(image, 512, 512, sink);
    return sink.size();
  }
}
