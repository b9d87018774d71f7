package org.pain3d.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.tensor.TensorFormatException;

/**
 * Damaged, foreign and malicious files fail with one {@link TensorFormatException} naming the
 * file and the problem; nothing in a pickle is executed.
 */
class CheckpointErrorsTest {
  @TempDir Path dir;

  private static void fails(Path file, String... fragments) {
    assertThatThrownBy(() -> {
      try (TorchCheckpoint c = TorchCheckpoint.open(file)) {
        c.readStateDict();
      }
    }).isInstanceOf(TensorFormatException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContainingAll(fragments);
  }

  @Test
  void truncatedCheckpoint() throws IOException {
    byte[] all = Files.readAllBytes(CheckpointFixtures.resource("vitpain_f32.ckpt"));
    Path half = Files.write(dir.resolve("half.ckpt"), Arrays.copyOf(all, all.length / 2));
    fails(half, "not a complete zip archive (truncated or damaged)");
    byte[] legacy = Files.readAllBytes(CheckpointFixtures.resource("legacy.pt"));
    Path cut = Files.write(dir.resolve("cut.pt"), Arrays.copyOf(legacy, legacy.length - 10));
    fails(cut, "truncated");
  }

  @Test
  void foreignFiles() throws IOException {
    fails(Files.writeString(dir.resolve("notes.ckpt"), "hello"), "not a PyTorch checkpoint",
        "no zip or pickle signature");
    fails(Files.write(dir.resolve("empty.ckpt"), new byte[0]), "the file is empty");
    fails(CheckpointFixtures.resource("vitpain_expected.safetensors"), "a safetensors file");
    Path pickle = Files.write(dir.resolve("plain.pkl"), new PickleBytes().integer(3).stop());
    fails(pickle, "a plain Python pickle");
    assertThatThrownBy(() -> TorchCheckpoint.open(dir.resolve("missing.ckpt")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void zipWithoutDataPkl() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
    fails(PickleBytes.zip(dir.resolve("nopkl.ckpt"), e), "without <folder>/data.pkl");
    e.clear();
    e.put("model/code/__torch__.py", new byte[] {1});
    e.put("model/constants.pkl", new byte[] {1});
    fails(PickleBytes.zip(dir.resolve("script.pt"), e), "TorchScript archive");
  }

  @Test
  void forbiddenGlobalsAreRefusedNotRun() throws IOException {
    byte[] system = new PickleBytes().global("posix", "system").mark().str("touch /tmp/owned")
        .tuple().reduce().stop();
    fails(PickleBytes.torchZip(dir.resolve("evil.ckpt"), system, Map.of()),
        "archive/data.pkl", "refuses the pickle global posix.system");
    byte[] eval = new PickleBytes().global("builtins", "eval").mark().str("1+1").tuple()
        .reduce().stop();
    fails(PickleBytes.torchZip(dir.resolve("eval.ckpt"), eval, Map.of()),
        "refuses the pickle global builtins.eval");
  }

  @Test
  void unknownClassesStayInertAndAreNamedWhenTheWeightsNeedThem() throws IOException {
    byte[] p = new PickleBytes().raw('}').str("w").global("mylib.models", "Fancy")
        .mark().integer(1).tuple().reduce().raw('s').stop();
    Path file = PickleBytes.torchZip(dir.resolve("odd.ckpt"), p, Map.of());
    try (TorchCheckpoint c = TorchCheckpoint.open(file)) {
      PickledObject o = (PickledObject) c.find("w");
      assertThat(o.type().qualifiedName()).isEqualTo("mylib.models.Fancy");
      assertThat(o.args()).containsExactly(1);
    }
    byte[] sd = new PickleBytes().raw('}').str("state_dict").raw('}').mark().str("ok")
        .tensor("0", 2, 2).str("odd").global("mylib.models", "Fancy").raw(')').reduce()
        .raw('u').raw('s').stop();
    Path withOdd = PickleBytes.torchZip(dir.resolve("sd.ckpt"), sd,
        Map.of("0", PickleBytes.floats(ByteOrder.LITTLE_ENDIAN, 1, 2)));
    fails(withOdd, "1 state_dict entries are not readable tensors: odd (mylib.models.Fancy)");
  }

  @Test
  void missingShortAndOverrunStorages() throws IOException {
    byte[] p = PickleBytes.dictWithTensor("w", 2, 2).stop();
    fails(PickleBytes.torchZip(dir.resolve("nodata.ckpt"), p, Map.of()),
        "storage archive/data/0 is missing");
    fails(PickleBytes.torchZip(dir.resolve("short.ckpt"), p, Map.of("0", new byte[5])),
        "storage archive/data/0 holds 5 bytes, its tensors need 8");
    byte[] overrun = PickleBytes.dictWithTensor("w", 2, 3).stop();
    fails(PickleBytes.torchZip(dir.resolve("overrun.ckpt"), overrun,
        Map.of("0", new byte[8])), "element 2 is outside the storage");
  }

  @Test
  void lengthsBeyondTheFileAreRefusedBeforeAllocating() throws IOException {
    byte[] p = new PickleBytes().raw('X', 0xff, 0xff, 0xff, 0x7f).raw('a', 'b').stop();
    fails(PickleBytes.torchZip(dir.resolve("huge.ckpt"), p, Map.of()),
        "claims 2147483647 bytes");
    byte[] cut = new PickleBytes().raw('}').str("w").stop();
    byte[] noStop = Arrays.copyOf(cut, cut.length - 1);
    fails(PickleBytes.torchZip(dir.resolve("nostop.ckpt"), noStop, Map.of()),
        "archive/data.pkl is malformed or truncated");
  }

  @Test
  void bigEndianFilesAreSwapped() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("archive/data.pkl", PickleBytes.dictWithTensor("w", 2, 2).stop());
    e.put("archive/byteorder", "big".getBytes(StandardCharsets.US_ASCII));
    e.put("archive/data/0", PickleBytes.floats(ByteOrder.BIG_ENDIAN, 1.5f, -2.25f));
    try (TorchCheckpoint c = TorchCheckpoint.open(PickleBytes.zip(dir.resolve("be.pt"), e))) {
      assertThat(c.readStateDict().get("w").data()).containsExactly(1.5f, -2.25f);
    }
    e.put("archive/byteorder", "middle".getBytes(StandardCharsets.US_ASCII));
    fails(PickleBytes.zip(dir.resolve("odd.pt"), e), "unknown byteorder 'middle'");
  }
}
