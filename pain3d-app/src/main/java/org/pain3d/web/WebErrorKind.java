package org.pain3d.web;

/**
 * Failures that belong to the web layer only (the library's failures keep their {@link
 * org.pain3d.error.ErrorKind}): each with its HTTP status and the {@code kind} string of the
 * JSON error body.
 */
public enum WebErrorKind {
  /** No such dataset, run, sample or file. */
  NOT_FOUND(404, "not_found"),
  /** A path outside the served folder, a hidden file, or a file type that is not served. */
  FORBIDDEN(403, "forbidden"),
  /** An upload or body over its size limit. */
  TOO_LARGE(413, "too_large"),
  /** An upload that is not a PNG or JPEG image. */
  UNSUPPORTED_MEDIA(415, "unsupported_media"),
  /** A queued render replaced by a newer request of the same client before it started. */
  SUPERSEDED(409, "superseded"),
  /** The render or prediction queue is full; retry shortly. */
  OVERLOADED(503, "overloaded"),
  /** The server was started without what the request needs (a face model). */
  UNAVAILABLE(503, "unavailable");

  private final int status;
  private final String label;

  WebErrorKind(int status, String label) {
    this.status = status;
    this.label = label;
  }

  /**
   * The HTTP status.
   *
   * @return a 4xx or 5xx status
   */
  public int status() {
    return status;
  }

  /**
   * The {@code kind} written in the JSON error body.
   *
   * @return lower-case label
   */
  public String label() {
    return label;
  }
}
