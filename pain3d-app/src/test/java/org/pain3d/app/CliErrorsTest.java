package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.DatasetDataException;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.eval.PredictionFormatException;
import org.pain3d.face.FaceModelFormatException;
import org.pain3d.pairs.ImageDataException;
import org.pain3d.synth.GenerationException;
import org.pain3d.tensor.TensorFormatException;
import org.pain3d.train.RunFormatException;
import org.pain3d.unbc.UnbcDataException;
import org.pain3d.vit.CheckpointDataException;

class CliErrorsTest {
  private static final Path F = Path.of("x");

  @Test
  void theExitCodeIsTheKindsWhateverTheClass() {
    assertThat(CliErrors.exitCode(new Pain3dException(ErrorKind.USAGE, "m"))).isEqualTo(2);
    assertThat(CliErrors.exitCode(new Pain3dException(ErrorKind.BAD_INPUT, "m"))).isEqualTo(3);
    assertThat(CliErrors.exitCode(new Pain3dException(ErrorKind.IO, "m"))).isEqualTo(4);
    assertThat(CliErrors.exitCode(new Pain3dException(ErrorKind.DIVERGED, "m"))).isEqualTo(6);
    assertThat(CliErrors.exitCode(new Pain3dException(ErrorKind.INTERNAL, "m"))).isEqualTo(1);
    assertThat(CliErrors.DIVERGED).isEqualTo(6);
  }

  @Test
  void everyDomainErrorHasItsKind() {
    assertThat(CliErrors.exitCode(new GenerationException("another config"))).isEqualTo(CliErrors.USAGE);
    for (Pain3dException e : new Pain3dException[] {
        new DatasetDataException(F, "m"), new TensorFormatException("m"),
        new FaceModelFormatException("m"), new CheckpointDataException("m"),
        new RunFormatException(F, "m", null), new UnbcDataException(F, "m"),
        new ImageDataException(F, "m"), new PredictionFormatException(F, 1, "m", null)}) {
      assertThat(e.kind()).as(e.getClass().getSimpleName()).isEqualTo(ErrorKind.BAD_INPUT);
      assertThat(CliErrors.exitCode(e)).isEqualTo(CliErrors.BAD_INPUT);
    }
  }

  @Test
  void jdkErrorsKeepTheirCodes() {
    assertThat(CliErrors.exitCode(new IllegalArgumentException("bad"))).isEqualTo(2);
    assertThat(CliErrors.exitCode(new NoSuchFileException("x"))).isEqualTo(3);
    assertThat(CliErrors.exitCode(new UncheckedIOException(new NoSuchFileException("x")))).isEqualTo(3);
    assertThat(CliErrors.exitCode(new IOException("disk full"))).isEqualTo(4);
    assertThat(CliErrors.exitCode(new IllegalStateException("bug"))).isEqualTo(1);
    assertThat(CliErrors.message(new UncheckedIOException(new NoSuchFileException("a.png"))))
        .isEqualTo("no such file: a.png");
  }
}
