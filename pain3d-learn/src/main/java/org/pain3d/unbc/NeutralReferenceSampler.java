package org.pain3d.unbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Draws neutral references for ViTPain: for a frame, a random frame of the same subject with
 * PSPI 0, drawn anew on every call (as the reference code does on every access). The frame
 * itself can be drawn when it is neutral.
 *
 * <p>Not thread-safe when drawing from the sampler's own generator; give each worker its own
 * sampler or pass a generator to {@link #sample(String, RandomGenerator)}.
 */
public final class NeutralReferenceSampler {

  private final Map<String, List<UnbcFrame>> neutralBySubject;
  private final RandomGenerator rng;

  /**
   * Indexes the PSPI-0 frames of a frame collection.
   *
   * @param frames the frames to draw from (e.g. {@link UnbcArchive#frames()}), in a stable
   *     order: the draws depend on it
   * @param rng the generator used by {@link #sample(UnbcFrame)}
   */
  public NeutralReferenceSampler(Collection<UnbcFrame> frames, RandomGenerator rng) {
    this.rng = Objects.requireNonNull(rng, "rng");
    Map<String, List<UnbcFrame>> m = new HashMap<>();
    for (UnbcFrame f : frames) {
      if (f.neutral()) {
        m.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f);
      }
    }
    m.replaceAll((s, l) -> List.copyOf(l));
    this.neutralBySubject = Map.copyOf(m);
  }

  /**
   * A sampler driven by {@code new SplittableRandom(seed)}.
   *
   * @param frames the frames to draw from, in a stable order
   * @param seed the seed
   * @return the sampler
   */
  public static NeutralReferenceSampler seeded(Collection<UnbcFrame> frames, long seed) {
    return new NeutralReferenceSampler(frames, new SplittableRandom(seed));
  }

  /**
   * Draws a neutral reference for a frame from the sampler's generator.
   *
   * @param frame the (pain) frame
   * @return a PSPI-0 frame of the same subject
   * @throws UnbcDataException when the subject has no PSPI-0 frame
   */
  public UnbcFrame sample(UnbcFrame frame) {
    return sample(frame.subject(), rng);
  }

  /**
   * Draws a neutral frame of a subject.
   *
   * @param subject subject folder name
   * @param rng the generator
   * @return a PSPI-0 frame of that subject, uniformly at random
   * @throws UnbcDataException when the subject has no PSPI-0 frame
   */
  public UnbcFrame sample(String subject, RandomGenerator rng) {
    List<UnbcFrame> pool = pool(subject);
    return pool.get(rng.nextInt(pool.size()));
  }

  /**
   * Draws k neutral frames of a subject for multi-shot inference: distinct frames while the
   * subject has at least k, otherwise every neutral frame once and the rest drawn again.
   *
   * @param subject subject folder name
   * @param k how many, at least 1
   * @param rng the generator
   * @return k PSPI-0 frames of that subject
   * @throws UnbcDataException when the subject has no PSPI-0 frame
   */
  public List<UnbcFrame> sample(String subject, int k, RandomGenerator rng) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    List<UnbcFrame> pool = new ArrayList<>(pool(subject));
    List<UnbcFrame> out = new ArrayList<>(k);
    while (out.size() < k) {
      int n = pool.size();
      for (int i = 0; i < n && out.size() < k; i++) {
        int j = i + rng.nextInt(n - i);
        UnbcFrame t = pool.get(i);
        pool.set(i, pool.get(j));
        pool.set(j, t);
        out.add(pool.get(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The number of PSPI-0 frames of a subject.
   *
   * @param subject subject folder name
   * @return the count, 0 when none
   */
  public int neutralCount(String subject) {
    return neutralBySubject.getOrDefault(subject, List.of()).size();
  }

  /**
   * Checks up front that subjects have neutral frames.
   *
   * @param subjects subject folder names
   * @throws UnbcDataException naming the first subject without a PSPI-0 frame
   */
  public void requireNeutralFrames(Collection<String> subjects) {
    for (String s : subjects.stream().sorted().toList()) {
      pool(s);
    }
  }

  private List<UnbcFrame> pool(String subject) {
    List<UnbcFrame> pool = neutralBySubject.get(subject);
    if (pool == null) {
      throw new UnbcDataException(
          null, "subject " + subject + " has no PSPI-0 frame to serve as a neutral reference");
    }
    return pool;
  }
}
