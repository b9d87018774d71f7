package org.pain3d.error;

import java.util.Objects;

/**
 * The base of pain3d's own errors: unchecked, with a {@link ErrorKind} that the CLI maps to an
 * exit code and the web layer to an HTTP status, and the cause attached. The message is one
 * line that names what to fix (usually the file first), fit to print as is.
 *
 * <p>Domain errors subclass it when callers or tests need to tell them apart (a dataset file,
 * a checkpoint, an UNBC archive); otherwise it is thrown directly with its kind.
 */
public class Pain3dException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  /**
   * Creates the error.
   *
   * @param kind what kind of failure
   * @param message one line, naming what to fix
   */
  public Pain3dException(ErrorKind kind, String message) {
    this(kind, message, null);
  }

  /**
   * Creates the error with its cause.
   *
   * @param kind what kind of failure
   * @param message one line, naming what to fix
   * @param cause the underlying failure, or {@code null}
   */
  public Pain3dException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * The kind of failure.
   *
   * @return the kind
   */
  public ErrorKind kind() {
    return kind;
  }
}
