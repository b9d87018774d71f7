/** The learning side of pain3d: ViT backbones, ViTPain, training and evaluation. */
package org.pain3d.learn;
