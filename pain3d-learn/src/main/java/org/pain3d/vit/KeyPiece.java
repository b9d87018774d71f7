package org.pain3d.vit;

/**
 * Copies {@code rows} leading-axis slices of a source tensor, starting at {@code srcRow}, into a
 * canonical tensor at {@code dstRow}. A whole-tensor copy is {@code srcRow = dstRow = 0} and
 * {@code rows = shape[0]}; fused qkv gathers q, k, v at rows 0, D, 2D.
 *
 * @param source key in the checkpoint
 * @param sourceShape expected shape in the checkpoint
 * @param srcRow first source row
 * @param target canonical key
 * @param dstRow first target row
 * @param rows number of rows
 */
record KeyPiece(String source, long[] sourceShape, long srcRow, String target, long dstRow, long rows) {}
