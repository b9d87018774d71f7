package org.pain3d.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {
  @TempDir Path tmp;

  @Test
  void roundTripsShapesOfEveryRank() throws IOException {
    for (long[] shape : new long[][] {{}, {5}, {2, 3}, {1, 3, 2, 2}}) {
      HostTensor t = HostTensor.zeros(shape);
      for (int i = 0; i < t.data().length; i++) {
        t.data()[i] = i * 0.5f - 1;
      }
      Path f = tmp.resolve("t" + shape.length + ".npy");
      Npy.write(f, t);
      assertThat(Npy.read(f)).isEqualTo(t);
      assertThat((Files.size(f) - 4L * t.data().length) % 64).isZero();
      String head = new String(Files.readAllBytes(f), 0, 128, StandardCharsets.ISO_8859_1);
      assertThat(head).contains("'shape': " + pyTuple(shape));
    }
  }

  private static String pyTuple(long[] s) {
    if (s.length == 1) {
      return "(" + s[0] + ",)";
    }
    String inner = Arrays.toString(s);
    return "(" + inner.substring(1, inner.length() - 1) + ")";
  }

  @Test
  /** A file written by numpy (copied from the ViT parity fixtures, made by src/test/python in pain3d-learn). */
  void readsFilesWrittenByNumpy() throws IOException {
    Path px = Path.of(
        java.util.Objects.requireNonNull(getClass().getResource("/org/pain3d/tensor/numpy_pixels.npy")).getPath());
    HostTensor t = Npy.read(px);
    assertThat(t.shape()).containsExactly(1, 3, 42, 35);
  }

  @Test
  void rejectsOtherTypesFortranOrderAndTruncation() throws IOException {
    Path f = tmp.resolve("a.npy");
    Npy.write(f, new HostTensor(new long[] {4}, new float[] {1, 2, 3, 4}));
    byte[] b = Files.readAllBytes(f);
    String s = new String(b, StandardCharsets.ISO_8859_1);
    Files.write(f, s.replace("<f4", "<i4").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Npy.read(f)).isInstanceOf(TensorFormatException.class)
        .hasMessageContaining("'<i4'");
    Files.write(f, s.replace("False", "True ").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Npy.read(f)).isInstanceOf(TensorFormatException.class)
        .hasMessageContaining("Fortran");
    Files.write(f, Arrays.copyOf(b, b.length - 3));
    assertThatThrownBy(() -> Npy.read(f)).isInstanceOf(TensorFormatException.class)
        .hasMessageContaining("truncated");
    Files.write(f, "hello".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Npy.read(f)).isInstanceOf(TensorFormatException.class)
        .hasMessageContaining("bad magic");
  }
}
