/**
 * Reading PyTorch {@code torch.save} files (PyTorch Lightning {@code .ckpt}, {@code .pt}) in
 * Java, without Python: the zip and the pre-1.6 formats, the pickle subset PyTorch writes
 * (through razorvine's pickle machine, with an allow-list of globals and inert placeholders for
 * the rest), and tensors rebuilt from their storages with dtype, shape, strides and offset.
 *
 * <p>Entry point: {@link org.pain3d.checkpoint.TorchCheckpoint#open}; then {@code stateDict()}
 * ({@link org.pain3d.checkpoint.TorchTensor} views, values read on demand), {@code
 * readStateDict()} (float32 {@code HostTensor}s) and {@code lightning()} (epoch, step,
 * hyper-parameters). See docs/checkpoint-import.md.
 */
package org.pain3d.checkpoint;
