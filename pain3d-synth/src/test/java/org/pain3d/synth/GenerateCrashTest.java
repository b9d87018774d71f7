package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.io.CrashPoints;
import org.pain3d.io.TempOwner;
import org.pain3d.testing.FileTrees;
import org.pain3d.testing.TinyFaceModel;

/**
 * The crash harness of {@code pain3d generate} (issue 11): child JVMs ({@link CrashChild})
 * halted like {@code kill -9} at every file boundary of the identities and of the dataset-level
 * files, and at every step of an {@code --overwrite} wipe, then resumed: the folder must equal
 * an uninterrupted run's byte for byte (the README's promise) or the run must refuse with a
 * clear error. And the concurrency cases: two writers on one folder, shards with slow renames.
 */
@Tag("crash")
class GenerateCrashTest {
  private static final int IDENTITIES = 2;
  private static final long SEED = 5;
  private static final long OTHER_SEED = 6;
  @TempDir static Path shared;
  @TempDir Path tmp;
  static Path modelDir;
  static FaceModel tiny;
  private final List<Process> children = new ArrayList<>();

  @BeforeAll
  static void model() throws IOException {
    modelDir = new TinyFaceModel(21).writeDirectory(shared.resolve("model"));
    tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1)).load(modelDir);
  }

  @AfterEach
  void killChildren() throws InterruptedException {
    for (Process p : children) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    CrashPoints.setListener(null);
  }

  private static DatasetGenerator.Result run(Path out, String mode, long seed, String shard) throws IOException {
    return run(out, mode, IDENTITIES, seed, shard);
  }

  private static DatasetGenerator.Result run(Path out, String mode, int identities, long seed, String shard)
      throws IOException {
    return new DatasetGenerator(tiny).run(CrashChild.config(identities, seed), CrashChild.options(mode, shard),
        out, GenerationProgress.NONE);
  }

  /** Runs in this JVM and returns the crash points reached, in order. */
  private static List<String> points(Path out, String mode, int identities, long seed) throws IOException {
    List<String> points = Collections.synchronizedList(new ArrayList<>());
    CrashPoints.setListener((point, detail) -> points.add(point + " " + detail));
    try {
      run(out, mode, identities, seed, "1/1");
    } finally {
      CrashPoints.setListener(null);
    }
    return points;
  }

  private Process child(Path out, String mode, long seed, String shard, String... props) throws IOException {
    return child(out, mode, IDENTITIES, seed, shard, props);
  }

  private Process child(Path out, String mode, int identities, long seed, String shard, String... props)
      throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    for (String p : props) {
      cmd.add("-D" + p);
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
        modelDir.toString(), out.toString(), mode, Integer.toString(identities), Long.toString(seed), shard));
    Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("child-" + children.size() + ".err").toFile())
        .start();
    children.add(p);
    return p;
  }

  private static int exit(Process p) throws InterruptedException {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
    return p.exitValue();
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void awaitLine(Process p, String line) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      if (l.equals(line)) {
        return;
      }
    }
    throw new AssertionError("child ended without printing " + line);
  }

  @Test
  void everyFileBoundaryOfAGenerationResumesByteForByte() throws Exception {
    Path ref = tmp.resolve("reference");
    List<String> points = points(ref, "fresh", IDENTITIES, SEED);
    Map<String, String> expected = FileTrees.sha256(ref);
    // config; per identity a neutral and a pain image, their two annotations, two heatmaps and
    // the done record; split, metadata, manifest
    int files = 1 + IDENTITIES * 7 + 3;
    assertThat(points).as("a rename and its synced temporary file per file").hasSize(2 * files);
    for (int n = 1; n <= points.size(); n++) {
      Path out = tmp.resolve("crash-" + n);
      Process p = child(out, "fresh", SEED, "1/1", CrashPoints.HALT_PROPERTY + "=" + n);
      assertThat(exit(p)).as("halted at " + points.get(n - 1)).isEqualTo(CrashPoints.HALT_EXIT_CODE);
      run(out, "resume", SEED, "1/1");
      assertThat(FileTrees.sha256(out)).as("resumed after a kill at " + points.get(n - 1))
          .isEqualTo(expected);
    }
  }

  @Test
  void everyStepOfAnOverwriteWipeRecovers() throws Exception {
    // One identity: every kind of wipe step, fewer of each (the harness must stay quick).
    Path old = tmp.resolve("old");
    run(old, "fresh", 1, SEED, "1/1");
    Path ref = tmp.resolve("reference");
    run(ref, "fresh", 1, OTHER_SEED, "1/1");
    Map<String, String> expected = FileTrees.sha256(ref);
    Path probe = copy(old, tmp.resolve("probe"));
    List<String> points = points(probe, "overwrite", 1, OTHER_SEED);
    int wipe = 0;
    for (int i = 0; i < points.size(); i++) {
      wipe = points.get(i).startsWith("wipe.") ? i + 1 : wipe;
    }
    assertThat(wipe).as("marker, each deletion, marker removed").isGreaterThan(15);
    for (int n = 1; n <= wipe; n++) {
      Path out = copy(old, tmp.resolve("wipe-" + n));
      Process p = child(out, "overwrite", 1, OTHER_SEED, "1/1", CrashPoints.HALT_PROPERTY + "=" + n);
      assertThat(exit(p)).as("halted at " + points.get(n - 1)).isEqualTo(CrashPoints.HALT_EXIT_CODE);
      String at = points.get(n - 1);
      if (n % 2 == 0) {
        // The same config as the interrupted --overwrite, with --resume: it finishes the wipe,
        // or (killed before anything was deleted) finds the old dataset and says so.
        try {
          run(out, "resume", 1, OTHER_SEED, "1/1");
        } catch (GenerationException e) {
          assertThat(e.getMessage()).as(at).contains("another config");
          run(out, "overwrite", 1, OTHER_SEED, "1/1");
        }
      } else {
        if (Files.exists(out.resolve(".pain3d/wiping.json"))) {
          assertThatThrownBy(() -> run(out, "resume", 1, SEED, "1/1")).as(at)
              .isInstanceOf(GenerationException.class)
              .hasMessageContaining("was interrupted while it removed the old dataset; run again with --overwrite");
        }
        run(out, "overwrite", 1, OTHER_SEED, "1/1");
      }
      assertThat(FileTrees.sha256(out)).as("after a kill at " + at).isEqualTo(expected);
    }
  }

  @Test
  void aSecondWriterAndAnOverwriteBesideALiveRunAreRefused() throws Exception {
    Path ref = tmp.resolve("reference");
    run(ref, "fresh", SEED, "1/1");
    Path out = tmp.resolve("busy");
    Process first = child(out, "fresh", SEED, "1/1", CrashPoints.SLOW_PROPERTY + "=" + CrashPoints.FILE_WRITTEN + ":250");
    awaitLine(first, "started");
    assertBusy(out, "resume", SEED, "1/1", "is being written by another pain3d generate run of shard 1/1",
        "pid " + first.pid());
    assertBusy(out, "overwrite", OTHER_SEED, "1/1", "--overwrite would delete what a running pain3d generate writes");
    assertBusy(out, "resume", SEED, "1/3", "another shard count");
    assertThat(exit(first)).as(output(first)).isZero();
    assertThat(FileTrees.sha256(out)).isEqualTo(FileTrees.sha256(ref));
    DatasetGenerator.Result again = run(out, "resume", SEED, "1/1");
    assertThat(again.skipped()).isEqualTo(IDENTITIES);
    assertThat(again.finalized()).isTrue();
  }

  @Test
  void aShardStartingBesideASlowShardLeavesItsTemporaryFilesAlone() throws Exception {
    Path ref = tmp.resolve("reference");
    run(ref, "fresh", SEED, "1/1");
    Path out = tmp.resolve("shards");
    Process slow = child(out, "fresh", SEED, "1/2", CrashPoints.SLOW_PROPERTY + "=" + CrashPoints.FILE_WRITTEN + ":800");
    awaitLine(slow, "started");
    Path images = out.resolve("images");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (ownTemporaries(images, "shard-1-of-2").isEmpty()) {
      assertThat(System.nanoTime()).as("shard 1/2 writes a temporary file").isLessThan(deadline);
      Thread.sleep(20);
    }
    // Shard 2/2 starts while shard 1/2 waits to rename a file: its start-up cleanup must leave
    // that file alone (before issue 11 it deleted it, and shard 1/2 failed on the rename).
    DatasetGenerator.Result second = run(out, "fresh", SEED, "2/2");
    assertThat(second.generated()).isEqualTo(1);
    assertThat(exit(slow)).as(output(slow)).isZero();
    if (!Files.exists(out.resolve("manifest.json"))) {
      assertThat(run(out, "resume", SEED, "2/2").finalized()).isTrue();
    }
    assertThat(FileTrees.sha256(out)).isEqualTo(FileTrees.sha256(ref));
  }

  private static void assertBusy(Path out, String mode, long seed, String shard, String... message) {
    assertThatThrownBy(() -> run(out, mode, seed, shard))
        .isInstanceOfSatisfying(Pain3dException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUSY))
        .hasMessageContainingAll(message);
  }

  private static List<Path> ownTemporaries(Path dir, String owner) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> TempOwner.ofTemporary(p.getFileName().toString())
          .map(o -> o.tag().equals(owner)).orElse(false)).toList();
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          Files.createSymbolicLink(q, Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
    return to;
  }
}
