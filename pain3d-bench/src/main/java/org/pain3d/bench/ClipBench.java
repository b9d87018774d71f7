package org.pain3d.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.pain3d.video.Mp4Writer;
import org.pain3d.video.VideoFormat;

/**
 * The per-frame cost of a clip, one thread, real model at 256 px, in the studio and the
 * default varied scene: {@code frame} poses the next frame of a pain episode (rig,
 * expression, head on the neck) and renders it as {@code pain3d video} does ({@link
 * org.pain3d.synth.FaceStage#clipFrame}); {@code encode} adds one rendered frame to an open MP4
 * (RGB to YUV, OpenH264); {@code baselineRenderStill} renders an unchanged pose (the image
 * generator's per-view render, the baseline to quote against). A clip frame costs {@code
 * frame + encode}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ClipBench {
  @Param({"256"})
  int size;

  @Param({"studio", "varied"})
  String scene;

  /** {@code pain3d video --mesh-detail}: {@code auto} (the default: the LOD at 256 px) or {@code full}. */
  @Param({"auto", "full"})
  String meshDetail;

  private BenchClip clip;
  private int next;
  private int[][] frames;
  private Path file;
  private Mp4Writer mp4;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    clip = new BenchClip(size, scene, meshDetail);
    frames = new int[clip.track.frames()][];
    for (int k = 0; k < frames.length; k++) {
      frames[k] = clip.render(k).clone();
    }
    file = Files.createTempFile("pain3d-clipbench", ".mp4");
  }

  @Setup(Level.Iteration)
  public void open() throws IOException {
    mp4 = Mp4Writer.create(file, VideoFormat.square(size, 25));
  }

  @TearDown(Level.Iteration)
  public void close() throws IOException {
    mp4.close();
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Pose and render the next frame of the episode. */
  @Benchmark
  public int frame() {
    return clip.render(next++)[size * size / 2];
  }

  /** Encode the next pre-rendered frame. */
  @Benchmark
  public int encode() throws IOException {
    mp4.write(frames[next++ % frames.length]);
    return mp4.frames();
  }

  /** Render the same pose again as an image (no expression or pose change). */
  @Benchmark
  public int baselineRenderStill() {
    return clip.stage.pain(0, null, 0).shaded[size * size / 2];
  }
}
