package org.pain3d.dataset.check;

/**
 * The size of one split.
 *
 * @param identities subjects in the split
 * @param painSets annotations in the split
 * @param images images (pain and neutral) in the split
 */
public record SplitSize(int identities, int painSets, int images) {}
