package org.pain3d.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.PainLevelSampler;
import org.pain3d.au.PainSampler;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Split;
import org.pain3d.dataset.SplitAssigner;
import org.pain3d.dataset.SplitPlan;

/**
 * The plan of every identity of a dataset, derived from the config alone: demographics
 * balanced over all identities, a 70/20/10 identity-disjoint split, and per identity its
 * coefficient seed, pain levels spread over 1..16 with exact AU configurations, and its
 * appearance seed. Seeds come from {@link Seeds#derive}, so the plan of one identity does
 * not depend on which machine, thread or shard generates it.
 */
public final class DatasetPlan {
  private final GeneratorConfig config;
  private final List<IdentityPlan> identities;

  private DatasetPlan(GeneratorConfig config, List<IdentityPlan> identities) {
    this.config = config;
    this.identities = List.copyOf(identities);
  }

  /**
   * @param config the dataset config
   * @return the plan of every identity
   */
  public static DatasetPlan create(GeneratorConfig config) {
    int n = config.identities();
    long seed = config.seed();
    List<Demographics> demo = DemographicsSampler.assign(n, config.balance().marginals(), Seeds.derive(seed, "demographics", 0));
    Map<Integer, Split> splits = SplitAssigner.assign(
        IntStream.range(0, n).boxed().toList(), SplitPlan.standard(), Seeds.derive(seed, "split", 0));
    PainLevelSampler levels = PainLevelSampler.fullRange();
    List<IdentityPlan> plans = new ArrayList<>(n);
    for (int id = 0; id < n; id++) {
      SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, "pain", id));
      int[] pspi = levels.sample(config.painSets(), rng);
      List<AuIntensities> aus = new ArrayList<>(pspi.length);
      for (int p : pspi) {
        aus.add(PainSampler.sample(p, rng));
      }
      plans.add(new IdentityPlan(id, Seeds.derive(seed, "identity", id), demo.get(id), splits.get(id), pspi, aus,
          Seeds.derive(seed, "appearance", id)));
    }
    return new DatasetPlan(config, plans);
  }

  /** @return the config */
  public GeneratorConfig config() {
    return config;
  }

  /** @return every identity's plan, by id */
  public List<IdentityPlan> identities() {
    return identities;
  }

  /** @return the split of every identity, by id */
  public Map<Integer, Split> splits() {
    Map<Integer, Split> m = new java.util.TreeMap<>();
    for (IdentityPlan p : identities) {
      m.put(p.id(), p.split());
    }
    return m;
  }
}
