/**
 * Tensor file formats shared by the renderer and the learner: safetensors (read and write,
 * F32 / F16 / BF16 / F64 converted to F32 in Java) and NumPy {@code .npy} (float32, C order).
 *
 * <p>All tensors cross this package as {@link org.pain3d.tensor.HostTensor}: a shape and a flat
 * row-major (C order) {@code float[]}. Pure Java, no DJL (pain3d-core).
 */
package org.pain3d.tensor;
