package org.pain3d.vitpain;

/** How the backbones of a ViTPain model take part in training. */
public enum BackboneMode {
  /**
   * The paper's setting: pretrained base weights frozen, one set of LoRA adapters per branch
   * (pain and neutral) trains with the heads.
   */
  LORA,
  /**
   * Frozen base weights without adapters: one backbone serves both branches, its tokens are
   * computed once and cached, only the heads train (fast on a CPU; no image augmentation).
   */
  FROZEN,
  /**
   * Every backbone weight trains, at the heads' learning rate; one shared (siamese) backbone
   * serves both branches and is saved with the run. Meant for random-init backbones (training
   * from scratch), where frozen random features or low-rank adapters on them carry too little.
   */
  TRAINED
}
