package org.pain3d.unbc;


/**
 * A frame whose PSPI label differs from the PSPI computed from its FACS rows.
 *
 * @param frameKey {@code subject/sequence/frameId}
 * @param labelled the value in {@code Frame_Labels/PSPI}
 * @param computed AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43 from {@code Frame_Labels/FACS}
 */
public record PspiMismatch(String frameKey, float labelled, float computed) {}
