/**
 * Vision Transformer backbones on DJL: DINOv2 and DINOv3, pretrained weights from safetensors
 * (Hugging Face directories or timm files), and LoRA adapters.
 *
 * <p>Entry points: {@link org.pain3d.vit.VitLoader} (pretrained weights), {@link
 * org.pain3d.vit.VitModel} (the block; {@code tokens(ps, pixels, training)} gives {@code (N, T,
 * D)} tokens {@code [CLS, registers, patches]} for {@code (N, 3, H, W)} pixels), {@link
 * org.pain3d.vit.LoraConfig} / {@link org.pain3d.vit.LoraAdapters} (adapters: freeze the base,
 * train, save and load only the adapters), {@link org.pain3d.vit.ForwardMode} (the ViTPain
 * authors' forward without registers and RoPE) and {@link org.pain3d.vit.PeftBackbone} (a
 * peft-wrapped timm DINOv3 from the authors' checkpoints). See docs/vit.md for the architectures,
 * key mappings and how to run on CUDA, docs/checkpoint-import.md for the authors' checkpoints.
 */
package org.pain3d.vit;
