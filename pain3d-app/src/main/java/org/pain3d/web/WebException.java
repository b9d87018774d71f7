package org.pain3d.web;

import java.util.Objects;

/**
 * A failure of the web layer with its {@link WebErrorKind}; the message is one line for the
 * user (it goes into the JSON error body as is).
 */
public final class WebException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final WebErrorKind kind;

  /**
   * Creates the error.
   *
   * @param kind what kind of failure
   * @param message one line, naming what to fix
   */
  public WebException(WebErrorKind kind, String message) {
    super(message, null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * The kind of failure.
   *
   * @return the kind
   */
  public WebErrorKind kind() {
    return kind;
  }
}
