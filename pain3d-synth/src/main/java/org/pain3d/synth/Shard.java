package org.pain3d.synth;

/**
 * One part of a generation split over several machines (a job array): shard {@code index}
 * of {@code count} (1-based, as written on the command line {@code --shard 2/4}) owns the
 * identities whose id modulo {@code count} equals {@code index - 1}. The parts are disjoint,
 * cover every identity, and interleave so that each does about the same work.
 *
 * @param index 1..count
 * @param count number of shards, at least 1
 */
public record Shard(int index, int count) {
  /** Validates the range. */
  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard must be i/n with 1 <= i <= n, got " + index + "/" + count);
    }
  }

  /** @return the whole dataset as one shard */
  public static Shard all() {
    return new Shard(1, 1);
  }

  /**
   * @param text {@code i/n}
   * @return the shard
   * @throws IllegalArgumentException when malformed or out of range
   */
  public static Shard parse(String text) {
    String[] p = text.trim().split("/");
    if (p.length != 2) {
      throw new IllegalArgumentException("shard must be written i/n (e.g. 2/4), got '" + text + "'");
    }
    try {
      return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("shard must be written i/n (e.g. 2/4), got '" + text + "'", e);
    }
  }

  /**
   * @param identity an identity id
   * @return whether this shard generates it
   */
  public boolean owns(int identity) {
    return identity % count == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
