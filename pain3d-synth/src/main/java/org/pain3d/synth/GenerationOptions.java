package org.pain3d.synth;

/**
 * How a generation runs, without changing what it writes.
 *
 * @param threads worker threads, at least 1
 * @param shard the part of the identities this run generates
 * @param resume skip identities already finished in the output folder
 * @param overwrite replace an existing pain3d dataset made with another config
 */
public record GenerationOptions(int threads, Shard shard, boolean resume, boolean overwrite) {
  /** Validates. */
  public GenerationOptions {
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads must be in 1..1024, got " + threads);
    }
    if (shard == null) {
      throw new IllegalArgumentException("shard must be given");
    }
    if (resume && overwrite) {
      throw new IllegalArgumentException("--resume and --overwrite exclude each other");
    }
  }

  /** @return all cores, the whole dataset, fresh output */
  public static GenerationOptions defaults() {
    return new GenerationOptions(Runtime.getRuntime().availableProcessors(), Shard.all(), false, false);
  }
}
