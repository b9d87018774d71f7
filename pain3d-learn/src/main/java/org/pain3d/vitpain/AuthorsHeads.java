package org.pain3d.vitpain;

import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pain3d.tensor.HostTensor;

/**
 * The ViTPain authors' head keys ({@code lib/models/vitpain.py} of TaatiTeam/Pain-in-3D, as
 * read for names and shapes) and where each lands in {@link VitPainHeads}:
 *
 * <ul>
 *   <li>{@code neutral_cross_attn.in_proj_weight} ({@code 3D x D}, rows q, k, v) and {@code
 *       in_proj_bias} ({@code 3D}) split into {@code cross.q}, {@code cross.k}, {@code cross.v};
 *       {@code out_proj} is {@code cross.out}, {@code neutral_norm} is {@code cross.norm};
 *   <li>{@code pspi_head.0} (LayerNorm) is {@code pspi.norm}; its Linears {@code .2}, {@code
 *       .5}, {@code .8}, {@code .11} are {@code pspi.fc0} .. {@code fc3};
 *   <li>{@code pspi_binary_heads.1/2/3} ({@code .0} LayerNorm, {@code .2} Linear) are {@code
 *       binary0/1/2} ({@code norm}, {@code fc});
 *   <li>{@code au_queries} is {@code au.queries}; {@code au_shared_features.0} / {@code .2} are
 *       {@code au.norm} / {@code au.fc}; the one {@code au_head} Linear(512, 1) that the authors
 *       share among the six AUs becomes each row of {@code au.out} (six identical rows, the same
 *       outputs; fine-tuning then unties them).
 * </ul>
 */
final class AuthorsHeads {
  private static final String[] PSPI_LINEARS = {"2", "5", "8", "11"};

  private AuthorsHeads() {}

  /**
   * One source tensor and how it fills our parameters.
   *
   * @param key the authors' key
   * @param targets our paths, filled in order by equal row blocks (one for a plain copy)
   * @param copies how many times the whole tensor is stacked into the one target (the shared
   *     AU head), else 1
   */
  record Entry(String key, List<String> targets, int copies) {}

  /**
   * The head keys of a model.
   *
   * @param reference whether the model has the neutral branch (cross-attention)
   * @return the entries in the authors' state-dict order
   */
  static List<Entry> entries(boolean reference) {
    List<Entry> out = new ArrayList<>();
    out.add(plain("au_queries", "au.queries"));
    if (reference) {
      for (String wb : new String[] {"weight", "bias"}) {
        out.add(new Entry("neutral_cross_attn.in_proj_" + wb,
            List.of("cross.q." + wb, "cross.k." + wb, "cross.v." + wb), 1));
      }
      pair(out, "neutral_cross_attn.out_proj", "cross.out");
      pair(out, "neutral_norm", "cross.norm");
    }
    pair(out, "pspi_head.0", "pspi.norm");
    for (int i = 0; i < PSPI_LINEARS.length; i++) {
      pair(out, "pspi_head." + PSPI_LINEARS[i], "pspi.fc" + i);
    }
    for (int t = 0; t < HeadsConfig.THRESHOLDS; t++) {
      pair(out, "pspi_binary_heads." + (t + 1) + ".0", "binary" + t + ".norm");
      pair(out, "pspi_binary_heads." + (t + 1) + ".2", "binary" + t + ".fc");
    }
    pair(out, "au_shared_features.0", "au.norm");
    pair(out, "au_shared_features.2", "au.fc");
    out.add(new Entry("au_head.weight", List.of("au.out.weight"), HeadsConfig.AUS));
    out.add(new Entry("au_head.bias", List.of("au.out.bias"), HeadsConfig.AUS));
    return out;
  }

  private static Entry plain(String key, String target) {
    return new Entry(key, List.of(target), 1);
  }

  private static void pair(List<Entry> out, String module, String ours) {
    out.add(plain(module + ".weight", ours + ".weight"));
    out.add(plain(module + ".bias", ours + ".bias"));
  }

  /**
   * Maps the authors' head tensors onto our head parameters.
   *
   * @param src the checkpoint's tensors (all of them; head keys are picked)
   * @param reference whether the model has the cross-attention
   * @param target our heads' parameters by path (for the shapes)
   * @param used receives every source key consumed
   * @param problems receives missing keys and shape mismatches
   * @return our values by path (complete only when no problem was added)
   */
  static Map<String, HostTensor> map(Map<String, HostTensor> src, boolean reference,
      Map<String, Parameter> target, Set<String> used, List<String> problems) {
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (Entry e : entries(reference)) {
      HostTensor t = src.get(e.key());
      long[] want = sourceShape(e, target);
      if (t == null) {
        problems.add("missing " + e.key() + " " + Arrays.toString(want));
        continue;
      }
      used.add(e.key());
      if (!Arrays.equals(t.shape(), want)) {
        problems.add(e.key() + " has shape " + t.shapeString() + ", expected "
            + Arrays.toString(want));
        continue;
      }
      int blocks = e.targets().size();
      int per = t.data().length / blocks;
      for (int b = 0; b < blocks; b++) {
        String path = e.targets().get(b);
        long[] shape = target.get(path).getShape().getShape();
        float[] v = new float[per * e.copies()];
        for (int c = 0; c < e.copies(); c++) {
          System.arraycopy(t.data(), b * per, v, c * per, per);
        }
        out.put(path, new HostTensor(shape, v));
      }
    }
    return out;
  }

  /** The shape the authors' tensor must have for our parameters. */
  private static long[] sourceShape(Entry e, Map<String, Parameter> target) {
    long[] first = target.get(e.targets().get(0)).getShape().getShape().clone();
    first[0] = first[0] * e.targets().size() / e.copies();
    return first;
  }
}
