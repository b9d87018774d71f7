package org.pain3d.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in a child JVM (own JVM options, e.g. a halt point or one PyTorch thread). */
final class ChildCli {
  /**
   * JVM options for a child whose PyTorch arithmetic must repeat bit for bit across JVMs: one
   * intra-op thread (no work split that a busy machine could change). Pair it with
   * {@link #REPRODUCIBLE_MKL} in the environment.
   */
  static final List<String> ONE_TORCH_THREAD = List.of("-Dai.djl.pytorch.num_threads=1");

  /**
   * Environment for the same: MKL (libtorch's BLAS) on one thread, in its conditional
   * numerical reproducibility mode, strict (the same code path and summation order whatever
   * the memory alignment of the buffers, which differs between JVMs).
   */
  static final Map<String, String> REPRODUCIBLE_MKL = Map.of("MKL_NUM_THREADS", "1",
      "OMP_NUM_THREADS", "1", "MKL_CBWR", "COMPATIBLE,STRICT");

  private ChildCli() {}

  /**
   * Runs {@code pain3d ARGS} in a child JVM with a 1 GB heap, DJL offline.
   *
   * @param log where stdout and stderr go
   * @param props extra JVM options ({@code -Dname=value})
   * @param args the command line
   * @param minutes how long it may take
   * @return the exit code
   * @throws AssertionError with the log when it takes longer
   */
  static int run(Path log, List<String> props, List<String> args, int minutes) throws Exception {
    return run(log, props, Map.of(), args, minutes);
  }

  /**
   * Runs {@code pain3d ARGS} in a child JVM with a 1 GB heap, DJL offline, and extra
   * environment variables.
   *
   * @param log where stdout and stderr go
   * @param props extra JVM options ({@code -Dname=value})
   * @param env set in the child's environment (over the inherited ones)
   * @param args the command line
   * @param minutes how long it may take
   * @return the exit code
   * @throws AssertionError with the log when it takes longer
   */
  static int run(Path log, List<String> props, Map<String, String> env, List<String> args,
      int minutes) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
        "-Dai.djl.offline=true"));
    cmd.addAll(props);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Pain3dCli.class.getName()));
    cmd.addAll(args);
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    b.environment().putAll(env);
    Process p = b.start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("child did not finish: " + Files.readString(log));
    }
    return p.exitValue();
  }
}
