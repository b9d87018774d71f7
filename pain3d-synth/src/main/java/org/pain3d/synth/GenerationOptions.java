package org.pain3d.synth;

/**
 * How a generation runs, without changing what it writes.
 *
 * @param threads worker threads, at least 1
 * @param shard the part of the identities this run generates
 * @param resume skip identities already finished in the output folder
 * @param overwrite replace an existing pain3d dataset made with another config
 * @param verify also compare the SHA-256 of finished identities' files with their records
 *     before skipping them (reads every file); existence and size are always checked
 */
public record GenerationOptions(int threads, Shard shard, boolean resume, boolean overwrite, boolean verify) {
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
    if (verify && overwrite) {
      throw new IllegalArgumentException("--verify checks finished files; --overwrite deletes them");
    }
  }

  /**
   * Options without {@code --verify}.
   *
   * @param threads worker threads
   * @param shard the part of the identities
   * @param resume skip finished identities
   * @param overwrite replace another dataset
   */
  public GenerationOptions(int threads, Shard shard, boolean resume, boolean overwrite) {
    this(threads, shard, resume, overwrite, false);
  }

  /** @return all cores, the whole dataset, fresh output */
  public static GenerationOptions defaults() {
    return new GenerationOptions(Runtime.getRuntime().availableProcessors(), Shard.all(), false, false);
  }
}
