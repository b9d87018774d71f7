package org.pain3d.app;

import org.pain3d.synth.GenerationOptions;
import org.pain3d.synth.Shard;
import picocli.CommandLine.Option;

/**
 * How a generation runs without changing what it writes: threads, shard, resume, overwrite,
 * verify. Shared by {@code generate} and {@code video} as a picocli mixin.
 */
final class RunOptions {
  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--shard", paramLabel = "i/n", description = "Generate only part i of n (1-based) into the same folder.")
  String shard;

  @Option(names = "--resume", description = "Continue an interrupted run with the same arguments.")
  boolean resume;

  @Option(names = "--overwrite", description = "Replace a pain3d dataset made with other arguments.")
  boolean overwrite;

  @Option(names = "--verify", description = "With --resume: also compare the SHA-256 of finished files with"
      + " what was written (reads them all); missing or changed files are made again.")
  boolean verify;

  /** @return the validated options */
  GenerationOptions toOptions() {
    return new GenerationOptions(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        shard == null ? Shard.all() : Shard.parse(shard), resume, overwrite, verify);
  }
}
