package org.pain3d.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in a child JVM (own JVM options, e.g. a halt point or one PyTorch thread). */
final class ChildCli {
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
    List<String> cmd = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
        "-Dai.djl.offline=true"));
    cmd.addAll(props);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Pain3dCli.class.getName()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("child did not finish: " + Files.readString(log));
    }
    return p.exitValue();
  }
}
