package org.pain3d.unbc;

import java.nio.file.Path;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * A user's copy of the UNBC-McMaster archive (or a folds file for it) is missing something or
 * holds something malformed. The message names the file (and the line, when there is one) so
 * that the CLI can print it as one line; {@link #path()} gives the file to callers.
 */
public final class UnbcDataException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  /** The file or folder at fault, or {@code null} when none applies. */
  private final transient Path path;

  /**
   * Creates an error about one file or folder.
   *
   * @param path the file or folder at fault, or {@code null}
   * @param message what is wrong, without the path
   */
  public UnbcDataException(Path path, String message) {
    this(path, message, null);
  }

  /**
   * Creates an error about one file or folder, with its cause.
   *
   * @param path the file or folder at fault, or {@code null}
   * @param message what is wrong, without the path
   * @param cause the underlying error, or {@code null}
   */
  public UnbcDataException(Path path, String message, Throwable cause) {
    this(path == null ? message : path + ": " + message, cause, path);
  }

  /**
   * Creates an error about one line of a text file.
   *
   * @param path the file
   * @param line the 1-based line number
   * @param message what is wrong
   * @return the exception, message {@code <path>:<line>: <message>}
   */
  public static UnbcDataException atLine(Path path, int line, String message) {
    return new UnbcDataException(path + ":" + line + ": " + message, null, path);
  }

  private UnbcDataException(String fullMessage, Throwable cause, Path path) {
    super(ErrorKind.BAD_INPUT, fullMessage, cause);
    this.path = path;
  }

  /**
   * The file or folder at fault.
   *
   * @return the path, or {@code null} when the error concerns no single file
   */
  public Path path() {
    return path;
  }
}
