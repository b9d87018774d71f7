package org.pain3d.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.pairs.ImageRef;
import org.pain3d.dataset.Sha256;
import org.pain3d.vitpain.BackboneMode;
import org.pain3d.vitpain.BackboneSpec;
import org.pain3d.vitpain.HeadOptions;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/** The on-disk token store: round trip, reopening, interrupted writes, foreign fingerprints. */
class DiskTokenStoreTest {
  private static final long[] SHAPE = {3, 4};
  @TempDir Path tmp;

  private static float[] values(int seed) {
    float[] v = new float[12];
    for (int i = 0; i < v.length; i++) {
      v[i] = seed * 100 + i + 0.25f;
    }
    return v;
  }

  @Test
  void tokensSurviveReopening() throws IOException {
    try (DiskTokenStore s = DiskTokenStore.open(tmp, "fp")) {
      assertThat(s.get("a")).isNull();
      s.put("a", values(1), SHAPE);
      s.put("b/c d.png", values(2), SHAPE);
      assertThat(s.get("a")).containsExactly(values(1));
      assertThatThrownBy(() -> s.put("x", new float[6], new long[] {2, 3}))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differs");
    }
    try (DiskTokenStore s = DiskTokenStore.open(tmp, "fp")) {
      assertThat(s.size()).isEqualTo(2);
      assertThat(s.shape()).containsExactly(SHAPE);
      assertThat(s.get("b/c d.png")).containsExactly(values(2));
      assertThat(s.get("a")).containsExactly(values(1));
    }
  }

  @Test
  void anInterruptedWriteIsDroppedOnReopening() throws IOException {
    try (DiskTokenStore s = DiskTokenStore.open(tmp, "fp")) {
      s.put("a", values(1), SHAPE);
      s.put("b", values(2), SHAPE);
    }
    // half of a third image's data and an index line cut in the middle
    Files.write(tmp.resolve(DiskTokenStore.DATA), new byte[20], StandardOpenOption.APPEND);
    Files.writeString(tmp.resolve(DiskTokenStore.INDEX), "96\tc", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (DiskTokenStore s = DiskTokenStore.open(tmp, "fp")) {
      assertThat(s.size()).isEqualTo(2);
      assertThat(s.get("c")).isNull();
      assertThat(Files.size(tmp.resolve(DiskTokenStore.DATA))).isEqualTo(2 * 48);
      s.put("c", values(3), SHAPE);
    }
    // an index line pointing past the data's end (tokens never written)
    Files.writeString(tmp.resolve(DiskTokenStore.INDEX), "144\td\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (DiskTokenStore s = DiskTokenStore.open(tmp, "fp")) {
      assertThat(s.size()).isEqualTo(3);
      assertThat(s.get("c")).containsExactly(values(3));
      assertThat(s.get("d")).isNull();
    }
  }

  @Test
  void aStoreOfOtherTokensIsRefusedAndLeftAlone() throws IOException {
    try (DiskTokenStore s = DiskTokenStore.open(tmp, "backbone A")) {
      s.put("a", values(1), SHAPE);
    }
    assertThatThrownBy(() -> DiskTokenStore.open(tmp, "backbone B"))
        .isInstanceOf(RunFormatException.class).hasMessageContaining("backbone A");
    try (DiskTokenStore s = DiskTokenStore.open(tmp, "backbone A")) {
      assertThat(s.get("a")).containsExactly(values(1));
    }
  }

  private static VitPainConfig frozenOn(Path backbone) {
    return new VitPainConfig(backbone.toString(), BackboneSpec.TINY, BackboneMode.FROZEN,
        HeadOptions.full(), 0, 2, 0.1, 0, 1, 32);
  }

  /**
   * The fingerprint names the backbone's weights by their SHA-256, not by their path: other
   * weights written at the same path make the store refuse its tokens, the same weights moved
   * elsewhere keep them; a Hugging Face directory counts its config and weights.
   */
  @Test
  void theFingerprintIsTheWeightsChecksumNotThePath() throws IOException {
    Path file = Files.createDirectories(tmp.resolve("a")).resolve("backbone.safetensors");
    Files.write(file, new byte[] {1, 2, 3});
    String before = TokenCache.fingerprint(frozenOn(file), "px");
    assertThat(before).startsWith("weights sha256 " + Sha256.hex(file) + " | arch "
        + BackboneSpec.TINY + " | 32 px | px").doesNotContain(file.toString());
    Path moved = Files.createDirectories(tmp.resolve("b")).resolve("renamed.safetensors");
    Files.copy(file, moved);
    assertThat(TokenCache.fingerprint(frozenOn(moved), "px")).isEqualTo(before);
    Path cache = tmp.resolve("cache");
    try (DiskTokenStore s = DiskTokenStore.open(cache, before)) {
      s.put("a", values(1), SHAPE);
    }
    Files.write(file, new byte[] {1, 2, 4});
    String after = TokenCache.fingerprint(frozenOn(file), "px");
    assertThat(after).isNotEqualTo(before).contains(Sha256.hex(file));
    assertThatThrownBy(() -> DiskTokenStore.open(cache, after))
        .isInstanceOf(RunFormatException.class).hasMessageContaining("token cache holds tokens of")
        .hasMessageContaining(Sha256.hex(moved));
    Path hf = Files.createDirectories(tmp.resolve("hf"));
    Files.writeString(hf.resolve("config.json"), "{}");
    Files.write(hf.resolve("model.safetensors"), new byte[] {5});
    VitPainConfig dir = new VitPainConfig(hf.toString(), null, BackboneMode.FROZEN,
        HeadOptions.full(), 0, 2, 0.1, 0, 1, 32);
    String hfBefore = TokenCache.fingerprint(dir, "px");
    Files.write(hf.resolve("model.safetensors"), new byte[] {6});
    assertThat(TokenCache.fingerprint(dir, "px")).isNotEqualTo(hfBefore)
        .contains("model.safetensors sha256 " + Sha256.hex(hf.resolve("model.safetensors")));
    assertThat(TokenCache.fingerprint(TinySynthetic.config(BackboneMode.FROZEN), "px"))
        .startsWith("weights random:");
  }

  @Test
  void theCacheComputesEachImageOnceAcrossStoresOpenings() throws IOException {
    AtomicInteger loads = new AtomicInteger();
    SplittableRandom r = new SplittableRandom(1);
    List<ImageRef> refs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      float[] px = new float[3 * TinySynthetic.SIZE * TinySynthetic.SIZE];
      for (int j = 0; j < px.length; j++) {
        px[j] = (float) r.nextGaussian();
      }
      refs.add(new ImageRef("img" + i, () -> {
        loads.incrementAndGet();
        return px;
      }));
    }
    float[] inMemory;
    float[] first;
    float[] again;
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = VitPainModel.create(TinySynthetic.config(BackboneMode.FROZEN), m);
      String fp = TokenCache.fingerprint(model.config(), "test");
      inMemory = new TokenCache(model, new InMemoryTokenStore()).tokens(refs, m).toFloatArray();
      loads.set(0);
      try (DiskTokenStore s = DiskTokenStore.open(tmp, fp)) {
        first = new TokenCache(model, s).tokens(refs, m).toFloatArray();
      }
      assertThat(loads.get()).isEqualTo(3);
      try (DiskTokenStore s = DiskTokenStore.open(tmp, fp)) {
        again = new TokenCache(model, s).tokens(List.of(refs.get(2), refs.get(0), refs.get(1)), m)
            .toFloatArray();
      }
      assertThat(loads.get()).isEqualTo(3);
    }
    assertThat(first).containsExactly(inMemory);
    int per = inMemory.length / 3;
    for (int i = 0; i < per; i++) {
      assertThat(again[i]).isEqualTo(inMemory[2 * per + i]);
    }
  }
}
