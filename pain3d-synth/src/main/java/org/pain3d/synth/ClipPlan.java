package org.pain3d.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.au.PainLevelSampler;
import org.pain3d.dataset.ClipNaming;
import org.pain3d.motion.EpisodeConfig;
import org.pain3d.motion.MotionSpec;

/**
 * One clip to make, derived from the config and the identity alone (so any shard can make
 * it).
 *
 * @param identity the identity's plan
 * @param clipIndex k, 1-based
 * @param baseName {@code sample_<id5>_clip_<kk>}
 * @param seed the clip's seed (episode or window and background draws)
 * @param targetPspi the episode's apex PSPI, 0 for a no-pain clip; -1 for captured motion
 * @param recording the recording's index for captured motion, -1 for an episode
 * @param sceneSeed the seed of the clip's scene draw, from the master seed, the identity and
 *     the clip index alone ({@code derive(derive(seed, "scene", id), "clip", k)}: the same
 *     whatever the number of clips per identity)
 */
public record ClipPlan(IdentityPlan identity, int clipIndex, String baseName, long seed, int targetPspi,
    int recording, long sceneSeed) {

  /**
   * Plans an identity's clips. Episodes: each clip is a no-pain clip with the config's
   * probability, the others get PSPI levels spread over the config's range by stratified
   * sampling (as the image generator spreads its pain sets). Recordings: clip {@code g} (over
   * all identities) takes recording {@code g mod R}.
   *
   * @param config the clip config
   * @param identity the identity
   * @return its clips in order
   */
  public static List<ClipPlan> of(ClipConfig config, IdentityPlan identity) {
    int k = config.clipsPerIdentity();
    long seed = config.look().seed();
    int id = identity.id();
    List<ClipPlan> out = new ArrayList<>(k);
    int[] targets = new int[k];
    if (config.motion() instanceof MotionSpec.Episodes) {
      EpisodeConfig e = config.motion().episode();
      SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, "clip-levels", id));
      boolean[] noPain = new boolean[k];
      int pain = 0;
      for (int i = 0; i < k; i++) {
        noPain[i] = rng.nextDouble() < e.noPainFraction();
        pain += noPain[i] ? 0 : 1;
      }
      int[] levels = pain > 0 ? new PainLevelSampler(e.minPspi(), e.maxPspi()).sample(pain, rng) : new int[0];
      for (int i = 0, j = 0; i < k; i++) {
        targets[i] = noPain[i] ? 0 : levels[j++];
      }
    }
    for (int i = 0; i < k; i++) {
      long g = (long) id * k + i;
      int recording = -1;
      int target = targets[i];
      if (config.motion() instanceof MotionSpec.Recordings r) {
        recording = (int) (g % r.recordings().size());
        target = -1;
      }
      out.add(new ClipPlan(identity, i + 1, ClipNaming.base(id, i + 1), Seeds.derive(seed, "clip", g), target,
          recording, Seeds.derive(Seeds.derive(seed, "scene", id), "clip", i + 1)));
    }
    return out;
  }
}
