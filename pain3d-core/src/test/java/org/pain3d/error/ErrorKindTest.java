package org.pain3d.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorKindTest {
  @Test
  void exitCodesAreDistinctNonZeroAndAvoidInspectsFive() {
    int[] codes = Arrays.stream(ErrorKind.values()).mapToInt(ErrorKind::exitCode).toArray();
    assertThat(codes).doesNotHaveDuplicates().doesNotContain(0, 5);
  }

  @Test
  void httpStatusesAreClientOrServerErrors() {
    assertThat(ErrorKind.USAGE.httpStatus()).isEqualTo(400);
    assertThat(ErrorKind.BAD_INPUT.httpStatus()).isEqualTo(422);
    assertThat(ErrorKind.DIVERGED.httpStatus()).isEqualTo(422);
    assertThat(ErrorKind.IO.httpStatus()).isEqualTo(500);
    assertThat(ErrorKind.INTERNAL.httpStatus()).isEqualTo(500);
  }

  @Test
  void classifiesOursByKindAndTheJdksByType() {
    IOException cause = new IOException("io");
    Pain3dException e = new Pain3dException(ErrorKind.DIVERGED, "training diverged", cause);
    assertThat(ErrorKind.of(e)).isEqualTo(ErrorKind.DIVERGED);
    assertThat(e).hasCause(cause).hasMessage("training diverged");
    assertThat(ErrorKind.of(new UncheckedIOException(new IOException(e)))).isEqualTo(ErrorKind.IO);
    assertThat(ErrorKind.of(new UncheckedIOException(new NoSuchFileException("f"))))
        .isEqualTo(ErrorKind.BAD_INPUT);
    assertThat(ErrorKind.of(new IllegalArgumentException())).isEqualTo(ErrorKind.USAGE);
    assertThat(ErrorKind.of(new NullPointerException())).isEqualTo(ErrorKind.INTERNAL);
  }
}
