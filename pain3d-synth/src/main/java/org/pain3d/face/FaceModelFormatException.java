package org.pain3d.face;

import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;

/**
 * A face-model source that cannot be read as ICT-FaceKit: a malformed OBJ line, a vertex
 * count that differs between OBJs, a missing file in the layout, a broken archive.
 *
 * <p>The message names the file and, where there is one, the 1-based line.
 */
public class FaceModelFormatException extends Pain3dException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, naming the file (and line)
   */
  public FaceModelFormatException(String message) {
    super(ErrorKind.BAD_INPUT, message);
  }

  /**
   * @param message what is wrong, naming the file (and line)
   * @param cause the underlying failure
   */
  public FaceModelFormatException(String message, Throwable cause) {
    super(ErrorKind.BAD_INPUT, message, cause);
  }

  /**
   * An error at one line of one file.
   *
   * @param file the file name as the user knows it
   * @param line the 1-based line number
   * @param what what is wrong
   * @return the exception, message {@code "file:line: what"}
   */
  public static FaceModelFormatException at(String file, int line, String what) {
    return new FaceModelFormatException(file + ":" + line + ": " + what);
  }
}
