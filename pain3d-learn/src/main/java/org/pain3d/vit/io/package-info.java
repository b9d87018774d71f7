/**
 * Tensor file formats for the ViT backbones: safetensors (read and write, F32 / F16 / BF16 / F64
 * converted to F32 in Java) and NumPy {@code .npy} (float32, C order).
 *
 * <p>All tensors cross this package as {@link org.pain3d.vit.io.HostTensor}: a shape and a flat
 * row-major (C order) {@code float[]}.
 */
package org.pain3d.vit.io;
