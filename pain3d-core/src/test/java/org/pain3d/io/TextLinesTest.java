package org.pain3d.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.error.ErrorKind;

class TextLinesTest {
  @TempDir Path dir;

  @Test
  void readsLinesAndNamesTheFirstLineThatIsNotText() throws Exception {
    Path ok = Files.writeString(dir.resolve("a.csv"), "h\u00e9ader\nrow\n");
    try (TextLines t = TextLines.open(ok, "a CSV")) {
      assertThat(t.readLine()).isEqualTo("h\u00e9ader");
      assertThat(t.readLine()).isEqualTo("row");
      assertThat(t.lineNumber()).isEqualTo(2);
      assertThat(t.readLine()).isNull();
    }
    Path bin = Files.write(dir.resolve("b.csv"), new byte[] {'o', 'k', '\n', (byte) 0xff, (byte) 0xfe, 0, 1});
    try (TextLines t = TextLines.open(bin, "a predictions CSV")) {
      assertThat(t.readLine()).isEqualTo("ok");
      assertThatThrownBy(t::readLine)
          .isInstanceOfSatisfying(TextLines.NotTextException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
            assertThat(e.line()).isEqualTo(2);
          })
          .hasMessage(bin + ": line 2 is not UTF-8 text (a binary file?); expected a predictions CSV");
    }
  }
}
