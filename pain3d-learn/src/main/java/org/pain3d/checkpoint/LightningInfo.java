package org.pain3d.checkpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What PyTorch Lightning stores beside the weights of a {@code .ckpt}.
 *
 * @param version {@code pytorch-lightning_version}, e.g. {@code 2.5.1}
 * @param epoch {@code epoch} (0-based epoch the checkpoint was saved in), -1 when absent
 * @param globalStep {@code global_step} (optimizer steps so far), -1 when absent
 * @param hparamsName {@code hparams_name} (e.g. {@code kwargs}), or null
 * @param hyperParameters {@code hyper_parameters}: the LightningModule's {@code __init__}
 *     arguments saved by {@code save_hyperparameters()} (Java values as {@link TorchCheckpoint}
 *     describes them; empty when absent)
 */
public record LightningInfo(String version, long epoch, long globalStep, String hparamsName,
    Map<String, Object> hyperParameters) {

  /** Checks and freezes the values. */
  public LightningInfo {
    Objects.requireNonNull(version, "version");
    hyperParameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperParameters));
  }

  /**
   * Reads the Lightning keys of a checkpoint's root dict.
   *
   * @param root the root
   * @return present when {@code pytorch-lightning_version} is a string
   */
  static Optional<LightningInfo> of(Map<?, ?> root) {
    if (!(root.get("pytorch-lightning_version") instanceof String v)) {
      return Optional.empty();
    }
    Object hp = root.get("hyper_parameters");
    if (hp instanceof PickledObject p) { // e.g. an AttributeDict: a dict subclass
      hp = p.dictItems();
    }
    Map<String, Object> params = new LinkedHashMap<>();
    if (hp instanceof Map<?, ?> m) {
      m.forEach((k, val) -> params.put(String.valueOf(k), val));
    }
    Object name = root.get("hparams_name");
    return Optional.of(new LightningInfo(v, number(root.get("epoch")),
        number(root.get("global_step")), name instanceof String s ? s : null, params));
  }

  private static long number(Object o) {
    return o instanceof Number n ? n.longValue() : -1;
  }
}
