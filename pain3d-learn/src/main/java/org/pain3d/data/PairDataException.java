package org.pain3d.data;

/** A data set that cannot be paired or trained on (no neutral reference, no samples). */
public final class PairDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong */
  public PairDataException(String message) {
    super(message);
  }
}
