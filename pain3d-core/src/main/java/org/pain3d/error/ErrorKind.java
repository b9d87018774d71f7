package org.pain3d.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * What kind of failure an error is, and how the CLI and the web layer report it: one exit code
 * and one HTTP status per kind, defined here and nowhere else.
 *
 * <table>
 *   <caption>Kinds</caption>
 *   <tr><th>kind</th><th>exit code</th><th>HTTP</th><th>meaning</th></tr>
 *   <tr><td>{@link #USAGE}</td><td>2</td><td>400</td><td>bad arguments; an output folder that
 *       may not be used as asked</td></tr>
 *   <tr><td>{@link #BAD_INPUT}</td><td>3</td><td>422</td><td>missing or malformed input files
 *       (dataset, model, checkpoint, images, CSV)</td></tr>
 *   <tr><td>{@link #IO}</td><td>4</td><td>500</td><td>other I/O failures (unwritable output,
 *       full disk)</td></tr>
 *   <tr><td>{@link #DIVERGED}</td><td>6</td><td>422</td><td>training diverged (non-finite loss);
 *       lower the learning rate</td></tr>
 *   <tr><td>{@link #BUSY}</td><td>7</td><td>409</td><td>the output is in use by another
 *       pain3d process (a held {@code org.pain3d.io.FolderLock})</td></tr>
 *   <tr><td>{@link #INTERNAL}</td><td>1</td><td>500</td><td>anything unexpected (a bug)</td></tr>
 * </table>
 *
 * <p>Exit code 5 is not an error: {@code pain3d inspect} returns it for a dataset with problems.
 */
public enum ErrorKind {
  /** Bad arguments, or an output folder that may not be used as asked. */
  USAGE(2, 400),
  /** Missing or malformed input data. */
  BAD_INPUT(3, 422),
  /** Other I/O failures: unwritable output, full disk. */
  IO(4, 500),
  /** Training diverged: the loss stayed non-finite. */
  DIVERGED(6, 422),
  /** The output is locked by another live pain3d process; retry when it has finished. */
  BUSY(7, 409),
  /** Anything unexpected. */
  INTERNAL(1, 500);

  private final int exitCode;
  private final int httpStatus;

  ErrorKind(int exitCode, int httpStatus) {
    this.exitCode = exitCode;
    this.httpStatus = httpStatus;
  }

  /**
   * The process exit code of the CLI for this kind.
   *
   * @return 1..7, never 0 (5 is reserved for {@code inspect}: problems found)
   */
  public int exitCode() {
    return exitCode;
  }

  /**
   * The HTTP status of the web layer for this kind.
   *
   * @return a 4xx or 5xx status
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Classifies any throwable: a {@link Pain3dException} by its kind, then (after unwrapping
   * {@link UncheckedIOException}) {@link IllegalArgumentException} as usage, {@link
   * NoSuchFileException} as bad input, other {@link IOException}s as I/O, the rest internal.
   *
   * @param error a failure
   * @return its kind
   */
  public static ErrorKind of(Throwable error) {
    Throwable t = unwrap(error);
    if (t instanceof Pain3dException p) {
      return p.kind();
    }
    if (t instanceof IllegalArgumentException) {
      return USAGE;
    }
    if (t instanceof NoSuchFileException) {
      return BAD_INPUT;
    }
    if (t instanceof IOException) {
      return IO;
    }
    return INTERNAL;
  }

  /**
   * Removes {@link UncheckedIOException} wrappers.
   *
   * @param error a failure
   * @return the first cause that is not an {@link UncheckedIOException} with a cause
   */
  public static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
