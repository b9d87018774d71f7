package org.pain3d.au;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.pain3d.pspi.Pspi;

/**
 * Draws configurations of the six pain AUs whose PSPI equals a target exactly.
 *
 * <p>A PSPI value decomposes into four parts: {@code AU4}, {@code max(AU6, AU7)}, {@code
 * max(AU9, AU10)} and {@code AU43}. Sampling first picks one of the target's decompositions
 * uniformly (so every structurally different way of reaching the score is equally likely,
 * rather than favouring the parts that have many AU pairs), then, for each max part {@code
 * m > 0}, one of the {@code 2m + 1} pairs whose maximum is {@code m} uniformly. Non-pain AUs
 * stay 0. {@link #enumerate} lists every configuration for tests and exhaustive use.
 */
public final class PainSampler {
  /**
   * One decomposition of a PSPI value.
   *
   * @param au4 brow lowerer, 0..5
   * @param cheekOrLid {@code max(AU6, AU7)}, 0..5
   * @param noseOrLip {@code max(AU9, AU10)}, 0..5
   * @param eyesClosed AU43, 0 or 1
   */
  public record Parts(int au4, int cheekOrLid, int noseOrLip, int eyesClosed) {
    /** @return the PSPI these parts sum to */
    public int pspi() {
      return au4 + cheekOrLid + noseOrLip + eyesClosed;
    }
  }

  private PainSampler() {}

  /**
   * @param pspi target, 0..16
   * @return every decomposition of the target, in lexicographic order
   */
  public static List<Parts> decompositions(int pspi) {
    Pspi.checkRange(pspi);
    List<Parts> out = new ArrayList<>();
    for (int a = 0; a <= 5; a++) {
      for (int b = 0; b <= 5; b++) {
        for (int c = 0; c <= 5; c++) {
          int e = pspi - a - b - c;
          if (e == 0 || e == 1) {
            out.add(new Parts(a, b, c, e));
          }
        }
      }
    }
    return out;
  }

  /**
   * @param pspi target, 0..16
   * @return every configuration of the six pain AUs with this PSPI (other AUs 0)
   */
  public static List<AuIntensities> enumerate(int pspi) {
    List<AuIntensities> out = new ArrayList<>();
    for (Parts p : decompositions(pspi)) {
      for (int[] cl : pairsWithMax(p.cheekOrLid())) {
        for (int[] nl : pairsWithMax(p.noseOrLip())) {
          out.add(configuration(p.au4(), cl, nl, p.eyesClosed()));
        }
      }
    }
    return out;
  }

  /**
   * Draws one configuration.
   *
   * @param pspi target, 0..16
   * @param rng the random source
   * @return a configuration whose {@link AuIntensities#pspi()} equals {@code pspi}
   */
  public static AuIntensities sample(int pspi, RandomGenerator rng) {
    List<Parts> parts = decompositions(pspi);
    Parts p = parts.get(rng.nextInt(parts.size()));
    return configuration(p.au4(), pickPair(p.cheekOrLid(), rng), pickPair(p.noseOrLip(), rng), p.eyesClosed());
  }

  private static AuIntensities configuration(int au4, int[] cheekLid, int[] noseLip, int eyes) {
    return AuIntensities.none()
        .with(ActionUnit.AU4, au4)
        .with(ActionUnit.AU6, cheekLid[0])
        .with(ActionUnit.AU7, cheekLid[1])
        .with(ActionUnit.AU9, noseLip[0])
        .with(ActionUnit.AU10, noseLip[1])
        .with(ActionUnit.AU43, eyes);
  }

  /** The 2m + 1 pairs (x, y) with max(x, y) = m: (m, 0..m) then (0..m-1, m). */
  private static List<int[]> pairsWithMax(int m) {
    List<int[]> out = new ArrayList<>();
    for (int y = 0; y <= m; y++) {
      out.add(new int[] {m, y});
    }
    for (int x = 0; x < m; x++) {
      out.add(new int[] {x, m});
    }
    return out;
  }

  private static int[] pickPair(int m, RandomGenerator rng) {
    int k = rng.nextInt(2 * m + 1);
    return k <= m ? new int[] {m, k} : new int[] {k - m - 1, m};
  }
}
