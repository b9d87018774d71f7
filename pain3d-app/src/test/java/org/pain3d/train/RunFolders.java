package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;

/** Comparisons of run folders for the training tests. */
public final class RunFolders {
  private RunFolders() {}

  /**
   * Asserts that two runs hold the same weight files, equal up to a tolerance (training through
   * a backbone is reproducible up to float rounding only).
   *
   * @param run one run folder
   * @param other the other
   * @param files safetensors files in both
   * @param tolerance largest absolute difference per value
   * @throws IOException if a file cannot be read
   */
  public static void assertWeightsClose(Path run, Path other, List<String> files,
      float tolerance) throws IOException {
    for (String f : files) {
      Map<String, HostTensor> a = Safetensors.read(run.resolve(f)).tensors();
      Map<String, HostTensor> b = Safetensors.read(other.resolve(f)).tensors();
      assertThat(a.keySet()).isEqualTo(b.keySet());
      for (String k : a.keySet()) {
        float[] x = a.get(k).data();
        float[] y = b.get(k).data();
        for (int i = 0; i < x.length; i++) {
          assertThat(x[i]).as("%s %s[%d]", f, k, i).isCloseTo(y[i], within(tolerance));
        }
      }
    }
  }
}
