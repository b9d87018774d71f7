package org.pain3d.vitpain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.tensor.Safetensors;
import org.pain3d.tensor.SafetensorsContent;
import org.pain3d.vit.BaseWeights;
import org.pain3d.vit.CheckpointDataException;
import org.pain3d.vit.ForwardMode;
import org.pain3d.vit.VitModel;

/**
 * A backbone file written by {@link BaseWeights#save} loads as {@code --backbone FILE --arch
 * ARCH} ({@link Backbones#create}) with the same weights, also without the architecture record
 * of older files; a file recording another architecture, or with other shapes, is refused.
 */
class TrainedBackboneFileTest {
  @TempDir Path tmp;

  @Test
  void savedBackboneLoadsWithItsArchitectureOnly() throws Exception {
    try (NDManager m = NDManager.newBaseManager()) {
      VitModel source = Backbones.create(new BackboneSpec.RandomInit(BackboneSpec.TINY, 7), null,
          ForwardMode.STANDARD, m);
      Path file = tmp.resolve("backbone.safetensors");
      BaseWeights.save(source, file, Map.of());
      VitModel loaded = Backbones.create(new BackboneSpec.Pretrained(file, BackboneSpec.TINY),
          null, ForwardMode.STANDARD, m);
      source.baseParameters().forEach((k, p) -> assertThat(loaded.baseParameters().get(k)
          .getArray().toFloatArray()).as(k).containsExactly(p.getArray().toFloatArray()));
      // an older file without the record: names and shapes decide
      SafetensorsContent c = Safetensors.read(file);
      Path old = tmp.resolve("old.safetensors");
      Safetensors.write(old, c.tensors(), Map.of("format", BaseWeights.FORMAT));
      Backbones.create(new BackboneSpec.Pretrained(old, BackboneSpec.TINY), null,
          ForwardMode.STANDARD, m);
      // same shapes, other heads: only the record tells
      assertThatThrownBy(() -> Backbones.create(new BackboneSpec.Pretrained(file,
          "dinov3_patch16_dim32_depth2_heads4"), null, ForwardMode.STANDARD, m))
          .isInstanceOf(CheckpointDataException.class).hasMessageContaining("heads 2")
          .hasMessageContaining("heads 4");
      assertThatThrownBy(() -> Backbones.create(new BackboneSpec.Pretrained(old,
          "dinov3_patch8_dim32_depth2_heads2"), null, ForwardMode.STANDARD, m))
          .isInstanceOf(CheckpointDataException.class)
          .hasMessageContaining("patch_embed.proj.weight has shape");
    }
  }
}
