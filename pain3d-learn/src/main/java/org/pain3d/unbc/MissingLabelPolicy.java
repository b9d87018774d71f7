package org.pain3d.unbc;


/** What the UNBC scan does with a frame image whose PSPI, FACS or landmark file is missing. */
public enum MissingLabelPolicy {
  /** Stop with a {@link UnbcDataException} naming the missing file (the default). */
  ERROR,
  /** Leave the frame out, count it in {@link UnbcScanSummary} and log the count. */
  SKIP
}
