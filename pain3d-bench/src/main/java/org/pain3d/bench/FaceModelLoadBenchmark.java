package org.pain3d.bench;

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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;

/**
 * Loading the full ICT-FaceKit model: cold (parse every OBJ) from the directory and from the
 * .tar.xz archive, and from the binary cache. Baseline in the same run: only reading the
 * directory's bytes (the I/O floor of a cold directory load). Single-shot times, each
 * iteration a fresh load; the loader uses all cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class FaceModelLoadBenchmark {
  private Path cacheDir;
  private FaceModelLoader cached;
  private FaceModelLoader uncached;

  /** Prepares loaders and fills the cache once. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    cacheDir = Files.createTempDirectory("pain3d-bench-cache");
    cached = new FaceModelLoader(FaceModelLoader.Options.withCache(cacheDir));
    uncached = new FaceModelLoader(FaceModelLoader.Options.withCache(null));
    cached.load(BenchModels.directory());
  }

  /** @return the model parsed from the directory */
  @Benchmark
  public FaceModel coldLoadDirectory() throws Exception {
    return uncached.loadUncached(BenchModels.directory());
  }

  /** @return the model parsed from the .tar.xz archive */
  @Benchmark
  public FaceModel coldLoadArchive() throws Exception {
    return uncached.loadUncached(BenchModels.archive());
  }

  /** @return the model read from the binary cache */
  @Benchmark
  public FaceModel cachedLoad() throws Exception {
    return cached.load(BenchModels.directory());
  }

  /** @return total bytes of the model directory's files, read without parsing (baseline) */
  @Benchmark
  public long baselineReadDirectoryBytes() throws Exception {
    Path dir = BenchModels.directory();
    Path model = Files.isDirectory(dir.resolve("FaceXModel")) ? dir.resolve("FaceXModel") : dir;
    long n = 0;
    try (var files = Files.list(model)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        n += Files.readAllBytes(p).length;
      }
    }
    return n;
  }
}
