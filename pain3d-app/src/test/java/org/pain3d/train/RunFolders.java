package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Safetensors;

/** Comparisons of run folders for the training tests. */
public final class RunFolders {
  private RunFolders() {}

  /**
   * Asserts that two runs hold the same weight files, byte for byte. Training through a
   * backbone repeats bit for bit (in one JVM and across JVMs run alike); it did not while
   * DJL's scalar operands were freed under autograd's feet (see {@code Scalars} in pain3d-learn),
   * which moved resumed runs by up to 1e-3 RMS. On a mismatch the message names each differing
   * tensor and its largest difference.
   *
   * @param run one run folder
   * @param other the other
   * @param files safetensors files in both
   * @throws IOException if a file cannot be read
   */
  public static void assertSameWeights(Path run, Path other, List<String> files)
      throws IOException {
    for (String f : files) {
      byte[] mine = Files.readAllBytes(run.resolve(f));
      byte[] theirs = Files.readAllBytes(other.resolve(f));
      if (Arrays.equals(mine, theirs)) {
        continue;
      }
      Map<String, HostTensor> a = Safetensors.read(run.resolve(f)).tensors();
      Map<String, HostTensor> b = Safetensors.read(other.resolve(f)).tensors();
      assertThat(a.keySet()).as("%s tensors", f).isEqualTo(b.keySet());
      List<String> differing = new ArrayList<>();
      for (String k : a.keySet()) {
        if (!Arrays.equals(a.get(k).shape(), b.get(k).shape())) {
          differing.add(k + " (shapes differ)");
          continue;
        }
        float[] x = a.get(k).data();
        float[] y = b.get(k).data();
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
          worst = Math.max(worst, Math.abs((double) x[i] - y[i]));
        }
        if (worst != 0) {
          differing.add(k + " (largest difference " + worst + ")");
        }
      }
      assertThat(differing).as("%s: tensors that differ (else the header differs)", f).isEmpty();
      assertThat(mine).as(f).isEqualTo(theirs);
    }
  }

  /**
   * Asserts that two runs' last optimizer states counted the same Adam steps (off by a whole
   * epoch's steps when a resume lost or repeated an epoch: the clearest message for that).
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
