package org.pain3d.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * Reads a UTF-8 text file (a CSV, JSON Lines) line by line, decoding each line strictly on its
 * own, so that a file that is not text at all (a binary file given by mistake) fails with one
 * clear {@link ErrorKind#BAD_INPUT} error naming the file and the line instead of the JDK's
 * "Input length = 1".
 */
public final class TextLines implements Closeable {
  private final Path file;
  private final String expected;
  private final InputStream in;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private byte[] lineBytes = new byte[256];
  private long line;

  private TextLines(Path file, String expected, InputStream in) {
    this.file = file;
    this.expected = expected;
    this.in = in;
  }

  /**
   * Opens a file.
   *
   * @param file the file
   * @param expected what it should be, for the error message (e.g. "a predictions CSV")
   * @return the reader; close it
   * @throws java.nio.file.NoSuchFileException when the file does not exist
   * @throws IOException when it cannot be opened
   */
  public static TextLines open(Path file, String expected) throws IOException {
    return new TextLines(file, expected, Files.newInputStream(file));
  }

  /**
   * Reads the next line (ended by LF or CRLF).
   *
   * @return the line without its end, or {@code null} at the end of the file
   * @throws NotTextException (kind {@link ErrorKind#BAD_INPUT}) when the line is not UTF-8
   * @throws IOException when reading fails
   */
  public String readLine() throws IOException {
    int n = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf);
        pos = 0;
        if (end <= 0) {
          end = 0;
          break;
        }
      }
      any = true;
      byte b = buf[pos++];
      if (b == '\n') {
        break;
      }
      if (n == lineBytes.length) {
        lineBytes = Arrays.copyOf(lineBytes, 2 * n);
      }
      lineBytes[n++] = b;
    }
    if (!any) {
      return null;
    }
    line++;
    int len = n > 0 && lineBytes[n - 1] == '\r' ? n - 1 : n;
    try {
      return utf8.decode(ByteBuffer.wrap(lineBytes, 0, len)).toString();
    } catch (CharacterCodingException e) {
      throw new NotTextException(file, line, "line " + line
          + " is not UTF-8 text (a binary file?); expected " + expected, e);
    }
  }

  /**
   * The number of the line last read (1-based; 0 before the first).
   *
   * @return the line number
   */
  public long lineNumber() {
    return line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** A file that is not UTF-8 text; {@link #reason()} says where, without the file name. */
  public static final class NotTextException extends Pain3dException {
    private static final long serialVersionUID = 1L;
    private final transient long line;
    private final String reason;

    NotTextException(Path file, long line, String reason, Throwable cause) {
      super(ErrorKind.BAD_INPUT, file + ": " + reason, cause);
      this.line = line;
      this.reason = reason;
    }

    /**
     * The first line that is not text.
     *
     * @return its number, 1-based
     */
    public long line() {
      return line;
    }

    /**
     * What is wrong, without the file name.
     *
     * @return the reason
     */
    public String reason() {
      return reason;
    }
  }
}
