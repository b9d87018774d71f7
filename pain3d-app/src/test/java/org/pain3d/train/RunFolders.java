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
   * Asserts that two runs hold the same weight files, equal up to float rounding (training
   * through a backbone is reproducible up to rounding only: backward passes differ in the last
   * bits between processes, and Adam turns a last-bit difference of a near-zero gradient into
   * up to one step of the learning rate for that one value). Per tensor, the root-mean-square
   * difference must be within {@code tolerance} and every value within {@code 5 x tolerance}:
   * rounding moves a few values by about the learning rate. An epoch lost or run twice moves
   * the median tensor of the tiny test runs by only 1.5-2.2e-3 RMS, as much as the rounding can
   * grow to, so check {@link #assertSameAdamSteps} for that.
   *
   * @param run one run folder
   * @param other the other
   * @param files safetensors files in both
   * @param tolerance largest root-mean-square difference per tensor (a fifth of the largest
   *     difference of one value)
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
        assertThat(x.length).as("%s %s size", f, k).isEqualTo(y.length);
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
          assertThat(x[i]).as("%s %s[%d]", f, k, i).isCloseTo(y[i], within(5 * tolerance));
          squares += (double) (x[i] - y[i]) * (x[i] - y[i]);
        }
        double rms = x.length == 0 ? 0 : Math.sqrt(squares / x.length);
        assertThat(rms).as("%s %s root-mean-square difference", f, k).isLessThanOrEqualTo(tolerance);
      }
    }
  }

  /**
   * Asserts that two runs' last optimizer states counted the same Adam steps: exact, whatever
   * the rounding, and off by a whole epoch's steps when a resume lost or repeated an epoch.
   *
   * @param run one run folder
   * @param other the other
   * @throws IOException if a file cannot be read
   */
  public static void assertSameAdamSteps(Path run, Path other) throws IOException {
    assertThat(adamSteps(run)).as("Adam steps of %s", run).isEqualTo(adamSteps(other));
  }

  private static float adamSteps(Path run) throws IOException {
    return Safetensors.read(run.resolve(RunFiles.LAST + Checkpoints.OPTIMIZER)).tensors()
        .get("step").data()[0];
  }
}
