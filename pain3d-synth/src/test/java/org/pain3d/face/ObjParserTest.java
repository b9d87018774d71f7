package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ObjParserTest {
  private static ObjMesh parse(String text, boolean topology) throws FaceModelFormatException {
    return new ObjParser().parse(text.getBytes(StandardCharsets.UTF_8), "t.obj", topology);
  }

  @Test
  void readsVerticesUvsFacesAndMaterials() throws Exception {
    ObjMesh m = parse("""
        # comment
        mtllib x.mtl
        v 0 0 0
        v 1 0 0\r
        v 1 1 0 0.5 0.5 0.5
        v 0 1 1e-1
        vt 0 0
        vt 1 0
        vt 1 1
        vn 0 0 1
        usemtl A
        f 1/1 2/2 3/3 4/1
        usemtl B
        f 1//1 3//1 4//1
        f -4/-3/1 -3/-2/1 -2/-1/1
        """, true);
    assertThat(m.positions()).containsExactly(0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0.1f);
    MeshTopology t = m.topology();
    assertThat(t.faceCount()).isEqualTo(3);
    assertThat(t.faceStarts()).containsExactly(0, 4, 7, 10);
    assertThat(t.cornerVertices()).containsExactly(0, 1, 2, 3, 0, 2, 3, 0, 1, 2);
    assertThat(t.cornerUvs()).containsExactly(0, 1, 2, 0, -1, -1, -1, 0, 1, 2);
    assertThat(t.materials()).containsExactly("A", "B");
    assertThat(t.faceMaterials()).containsExactly(0, 1, 1);
    assertThat(t.triangleCount()).isEqualTo(4);
    MeshTopology.Triangles tri = t.triangulate();
    assertThat(tri.vertices()).containsExactly(0, 1, 2, 0, 2, 3, 0, 2, 3, 0, 1, 2);
    assertThat(tri.materials()).containsExactly(0, 0, 1, 1);
  }

  @Test
  void positionsOnlySkipsTheRest() throws Exception {
    ObjMesh m = parse("v 1 2 3\nvt 0 0\nf 1 1 1\n", false);
    assertThat(m.topology()).isNull();
    assertThat(m.positions()).containsExactly(1, 2, 3);
  }

  @Test
  void namesFileAndLineOfAMalformedNumber() {
    assertThatThrownBy(() -> parse("v 0 0 0\nv 1 x 0\n", false))
        .isInstanceOf(FaceModelFormatException.class)
        .hasMessageStartingWith("t.obj:2: expected 3 numbers");
  }

  @Test
  void rejectsMissingCoordinates() {
    assertThatThrownBy(() -> parse("v 0 0\n", false)).hasMessageStartingWith("t.obj:1:");
  }

  @Test
  void rejectsOutOfRangeIndices() {
    assertThatThrownBy(() -> parse("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n", true))
        .hasMessageStartingWith("t.obj:4: vertex index 4 out of range");
    assertThatThrownBy(() -> parse("v 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nf 1/1 2/2 3/1\n", true))
        .hasMessageStartingWith("t.obj:5: texture coordinate index 2 out of range");
  }

  @Test
  void rejectsDegenerateFaces() {
    assertThatThrownBy(() -> parse("v 0 0 0\nv 1 0 0\nf 1 2\n", true))
        .hasMessageStartingWith("t.obj:3: a face needs at least 3 corners");
  }

  @Test
  void rejectsAFileWithoutVertices() {
    assertThatThrownBy(() -> parse("# nothing\n", false)).hasMessage("t.obj: no vertices ('v' lines)");
  }
}
