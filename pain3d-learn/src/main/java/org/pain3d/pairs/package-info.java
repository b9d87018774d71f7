/**
 * ViTPain's inputs, whatever the data set: a {@link org.pain3d.pairs.PairSource} of labelled
 * pain images, each paired with a neutral reference of the same identity ({@link
 * org.pain3d.pairs.ImageRef}s loaded on demand); the 3DPain pairs ({@link
 * org.pain3d.pairs.SyntheticPairs}); face-framed image files as network input ({@link
 * org.pain3d.pairs.FramedImages}, {@link org.pain3d.pairs.ImageFiles}) and the ImageNet
 * normalisation ({@link org.pain3d.pairs.ImageNet}). UNBC-McMaster pairs are in {@code
 * org.pain3d.unbc}. Pure Java: images are {@code float[]} arrays in CHW order.
 */
package org.pain3d.pairs;

