package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.testing.TinyFaceModel;

class FaceModelLoaderTest {
  @TempDir Path tmp;

  private final TinyFaceModel tiny = new TinyFaceModel(42);

  private static FaceModelLoader loader(Path cache) {
    return new FaceModelLoader(new FaceModelLoader.Options(cache, 2));
  }

  @Test
  void readsTheDirectoryLayout() throws Exception {
    FaceModel m = loader(null).load(tiny.writeDirectory(tmp.resolve("ict")));
    assertThat(m.vertexCount()).isEqualTo(TinyFaceModel.VERTICES);
    assertThat(m.identityCount()).isEqualTo(TinyFaceModel.IDENTITIES);
    List<String> expected = new ArrayList<>(TinyFaceModel.LISTED);
    expected.add(TinyFaceModel.EXTRA);
    assertThat(m.expressionNames()).containsExactlyElementsOf(expected);
    assertThat(m.landmarks()).containsExactly(TinyFaceModel.LANDMARKS);
    assertThat(m.vertexSets()).containsKeys("idx_to_landmark_verts", "idx_to_rigid_verts");
    assertThat(m.topology().faceCount()).isEqualTo(8);
    assertThat(m.topology().triangleCount()).isEqualTo(12);
    assertThat(m.topology().materials()).containsExactly("M_Face", "M_Teeth");
    assertThat(m.topology().uvCount()).isEqualTo(12);
    assertThat(m.neutral()).containsExactly(tiny.neutral);
    for (int i = 0; i < TinyFaceModel.IDENTITIES; i++) {
      float[] mode = m.identityMode(i);
      for (int j = 0; j < mode.length; j++) {
        assertThat(mode[j]).isEqualTo(tiny.identities.get(i)[j] - tiny.neutral[j]);
      }
    }
  }

  @Test
  void expressionsAreSparseAndExact() throws Exception {
    FaceModel m = loader(null).load(tiny.writeDirectory(tmp));
    for (ExpressionShape s : m.expressions()) {
      float[] full = tiny.expressions.get(s.name());
      float[] rebuilt = m.neutral();
      s.addTo(1f, rebuilt);
      for (int j = 0; j < full.length; j++) {
        assertThat(rebuilt[j]).isCloseTo(full[j], within(1e-6f));
      }
      assertThat(s.size()).isLessThan(TinyFaceModel.VERTICES);
    }
  }

  @Test
  void evaluationEqualsAPlainReferenceComputation() throws Exception {
    FaceModel m = loader(null).load(tiny.writeDirectory(tmp));
    float[] id = {0.7f, -1.3f, 0.25f};
    float[] exp = new float[m.expressionCount()];
    for (int j = 0; j < exp.length; j++) {
      exp[j] = (j % 3) * 0.35f;
    }
    float[] out = new float[3 * m.vertexCount()];
    m.evaluate(id, exp, out);
    List<String> names = m.expressionNames();
    for (int k = 0; k < out.length; k++) {
      double ref = tiny.neutral[k];
      for (int i = 0; i < id.length; i++) {
        ref += id[i] * ((double) tiny.identities.get(i)[k] - tiny.neutral[k]);
      }
      for (int j = 0; j < exp.length; j++) {
        ref += exp[j] * ((double) tiny.expressions.get(names.get(j))[k] - tiny.neutral[k]);
      }
      assertThat((double) out[k]).isCloseTo(ref, within(1e-5));
    }
  }

  @Test
  void everyArchiveFormGivesTheSameModel() throws Exception {
    FaceModel dir = loader(null).load(tiny.writeDirectory(tmp.resolve("d")));
    List<Path> archives = List.of(
        tiny.writeTarXz(tmp.resolve("m.tar.xz"), 1L << 20),
        tiny.writeTarXz(tmp.resolve("multi.tar.xz"), 1500),
        tiny.writeTarGz(tmp.resolve("m.tar.gz")),
        tiny.writeZip(tmp.resolve("m.zip")));
    for (Path a : archives) {
      FaceModel m = loader(null).load(a);
      assertThat(m.neutral()).as(a.toString()).containsExactly(dir.neutral());
      assertThat(m.expressionNames()).containsExactlyElementsOf(dir.expressionNames());
      assertThat(m.topology().cornerVertices()).containsExactly(dir.topology().cornerVertices());
      for (int i = 0; i < dir.identityCount(); i++) {
        assertThat(m.identityMode(i)).containsExactly(dir.identityMode(i));
      }
      for (int j = 0; j < dir.expressionCount(); j++) {
        assertThat(m.expressions().get(j).deltas()).containsExactly(dir.expressions().get(j).deltas());
      }
    }
  }

  @Test
  void secondLoadComesFromTheCacheAndEqualsTheFirst() throws Exception {
    Path src = tiny.writeTarXz(tmp.resolve("m.tar.xz"), 1L << 20);
    Path cache = tmp.resolve("cache");
    FaceModel first = loader(cache).load(src);
    assertThat(TinyFaceModel.filesUnder(cache)).hasSize(1);
    Path file = TinyFaceModel.filesUnder(cache).get(0);
    FileTime written = Files.getLastModifiedTime(file);
    FaceModel second = loader(cache).load(src);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    assertThat(second.neutral()).containsExactly(first.neutral());
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(second.topology().uvs()).containsExactly(first.topology().uvs());
    assertThat(second.expressions().get(3).vertices()).containsExactly(first.expressions().get(3).vertices());
    assertThat(second.vertexSets().get("idx_to_rigid_verts")).containsExactly(0, 3);
  }

  @Test
  void cacheIsInvalidatedWhenASourceFileChanges() throws Exception {
    Path root = tiny.writeDirectory(tmp.resolve("d"));
    Path cache = tmp.resolve("cache");
    loader(cache).load(root);
    Path neutral = root.resolve("FaceXModel/generic_neutral_mesh.obj");
    String text = Files.readString(neutral).replaceFirst("v -1\\.500000", "v -1.750000");
    Files.writeString(neutral, text);
    Files.setLastModifiedTime(neutral, FileTime.fromMillis(Files.getLastModifiedTime(neutral).toMillis() + 5000));
    FaceModel changed = loader(cache).load(root);
    assertThat(changed.neutral()[0]).isEqualTo(-1.75f);
  }

  @Test
  void aCorruptCacheIsIgnoredAndRewritten() throws Exception {
    Path root = tiny.writeDirectory(tmp.resolve("d"));
    Path cache = tmp.resolve("cache");
    FaceModel first = loader(cache).load(root);
    Path file = TinyFaceModel.filesUnder(cache).get(0);
    byte[] b = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
    FaceModel again = loader(cache).load(root);
    assertThat(again.neutral()).containsExactly(first.neutral());
    assertThat(Files.size(file)).isEqualTo(b.length);
  }

  @Test
  void aMissingSourceIsNamed() {
    assertThatThrownBy(() -> loader(null).load(tmp.resolve("nope")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void aFolderWithoutTheNeutralMeshIsRejected() {
    assertThatThrownBy(() -> loader(null).load(tmp))
        .isInstanceOf(FaceModelFormatException.class)
        .hasMessageContaining("no generic_neutral_mesh.obj");
  }

  @Test
  void aFileThatIsNoArchiveIsRejected() throws Exception {
    Path f = Files.writeString(tmp.resolve("model.tar.xz"), "hello");
    assertThatThrownBy(() -> loader(null).load(f))
        .isInstanceOf(FaceModelFormatException.class)
        .hasMessageContaining("not a face model directory");
  }

  @Test
  void aTruncatedArchiveIsRejectedAndNothingIsCached() throws Exception {
    Path a = tiny.writeTarXz(tmp.resolve("m.tar.xz"), 1L << 20);
    byte[] b = Files.readAllBytes(a);
    Path cut = Files.write(tmp.resolve("cut.tar.xz"), java.util.Arrays.copyOf(b, b.length * 2 / 3));
    Path cache = tmp.resolve("cache");
    assertThatThrownBy(() -> loader(cache).load(cut)).isInstanceOf(FaceModelFormatException.class)
        .hasMessageContaining("cut.tar.xz");
    assertThat(TinyFaceModel.filesUnder(cache)).isEmpty();
  }

  /** Finding 10 of issue 11: a truncated tar inside a valid .tar.xz gave exit 4 and no path. */
  @Test
  void aTruncatedTarInsideAValidXzNamesTheArchiveAndEntry() throws Exception {
    Path a = tiny.writeTarXz(tmp.resolve("m.tar.xz"), 1L << 20);
    byte[] tar;
    try (java.io.InputStream in = new org.tukaani.xz.XZInputStream(Files.newInputStream(a))) {
      tar = in.readAllBytes();
    }
    Path cut = tmp.resolve("cut.tar.xz");
    try (java.io.OutputStream os = Files.newOutputStream(cut);
        org.tukaani.xz.XZOutputStream xz = new org.tukaani.xz.XZOutputStream(os, new org.tukaani.xz.LZMA2Options(1))) {
      xz.write(tar, 0, tar.length / 2 + 100);
    }
    assertThatThrownBy(() -> loader(tmp.resolve("cache")).load(cut))
        .isInstanceOfSatisfying(FaceModelFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(org.pain3d.error.ErrorKind.BAD_INPUT))
        .hasMessageStartingWith(cut + "!ICT-FaceKit-test/")
        .hasMessageContaining("the archive is truncated or corrupt");
  }

  @Test
  void aVertexCountMismatchNamesTheFile() throws Exception {
    Path root = tiny.writeDirectory(tmp.resolve("d"));
    Path id1 = root.resolve("FaceXModel/identity001.obj");
    Files.writeString(id1, Files.readString(id1).replaceFirst("(?m)^v .*\\R", ""));
    Path cache = tmp.resolve("cache");
    assertThatThrownBy(() -> loader(cache).load(root))
        .isInstanceOf(FaceModelFormatException.class)
        .hasMessageContaining("identity001.obj: 11 vertices, but")
        .hasMessageContaining("generic_neutral_mesh.obj has 12");
    assertThat(TinyFaceModel.filesUnder(cache)).isEmpty();
  }

  @Test
  void aMalformedLineNamesFileAndLine() throws Exception {
    Path root = tiny.writeDirectory(tmp.resolve("d"));
    Path f = root.resolve("FaceXModel/browDown_R.obj");
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    lines.set(5, "v 0.1 oops 0.3");
    Files.write(f, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> loader(null).load(root))
        .isInstanceOf(FaceModelFormatException.class)
        .hasMessageContaining("browDown_R.obj:6: expected 3 numbers, got 'oops 0.3'");
  }

  @Test
  void aMissingListedExpressionIsNamed() throws Exception {
    Path root = tiny.writeDirectory(tmp.resolve("d"));
    Files.delete(root.resolve("FaceXModel/eyeBlink_R.obj"));
    assertThatThrownBy(() -> loader(null).load(root))
        .hasMessageContaining("eyeBlink_R.obj is missing (listed in vertex_indices.json)");
  }

  @Test
  void aGapInTheIdentitiesIsRejected() throws Exception {
    Path root = tiny.writeDirectory(tmp.resolve("d"));
    Files.delete(root.resolve("FaceXModel/identity001.obj"));
    assertThatThrownBy(() -> loader(null).load(root)).hasMessageContaining("without gaps");
  }

  @Test
  void aMissingOrBrokenVertexIndexFileIsNamed() throws Exception {
    Path root = tiny.writeDirectory(tmp.resolve("d"));
    Path json = root.resolve("FaceXModel/vertex_indices.json");
    Files.writeString(json, "{\"expressions\": [\"browDown_L\"");
    assertThatThrownBy(() -> loader(null).load(root)).hasMessageContaining("vertex_indices.json: not valid JSON");
    Files.delete(json);
    assertThatThrownBy(() -> loader(null).load(root)).hasMessageContaining("vertex_indices.json is missing");
  }
}
